/** One entry per non-empty line: how an option's pros and cons are typed. */
export function parseLineList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/^[-*]\s+/, ''))
    .filter((line) => line !== '');
}
