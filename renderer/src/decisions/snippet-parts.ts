/** A piece of a search snippet: plain text, or a part that matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** "uses «Postgres» for…" → parts with the «…» pieces marked as matches (markers removed). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /«([^»]*)»/g;
  let last = 0;
  for (const found of snippet.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: snippet.slice(last, found.index), match: false });
    if (found[1]) parts.push({ text: found[1], match: true });
    last = found.index + found[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}
