/**
 * The (0-based) line of an offset in `source`. Callers ask in the order things are written (the keys
 * of a front matter), so the search goes on from the line it last found, and back when asked out of
 * order: reading n keys takes time linear in the text, not keys × lines, which made a front matter of
 * 88,000 keys take 17 s and stalled the sync that read it.
 */
export function lineFinder(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  let line = 0;
  return (offset) => {
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    while (line > 0 && (starts[line] as number) > offset) line--;
    return line;
  };
}
