/**
 * The sections of a rendered decision without its "# title" line and metadata list: everything
 * from the first "## " heading on. Empty when nothing has been written yet.
 */
export function markdownBody(markdown: string): string {
  const match = /^## /m.exec(markdown);
  return match ? markdown.slice(match.index) : '';
}
