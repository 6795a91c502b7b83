/**
 * `markdown` with `change` applied to each line outside fenced code blocks (the fences and the code
 * between them stay byte for byte), so a rewrite of links never touches an example in code.
 */
export function mapLinesOutsideFences(markdown: string, change: (line: string) => string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (opening && opening[1]?.[0] === fence[0] && (opening[1]?.length ?? 0) >= fence.length && line.trim() === opening[1]) fence = null;
        return line;
      }
      if (opening?.[1]) {
        fence = opening[1];
        return line;
      }
      return change(line);
    })
    .join('\n');
}

/** `line` with `change` applied to the text between inline code spans only. */
export function outsideCode(line: string, change: (text: string) => string): string {
  let out = '';
  let rest = line;
  for (let span = /(`+)[^`]*?\1/.exec(rest); span; span = /(`+)[^`]*?\1/.exec(rest)) {
    out += change(rest.slice(0, span.index)) + span[0];
    rest = rest.slice(span.index + span[0].length);
  }
  return out + change(rest);
}
