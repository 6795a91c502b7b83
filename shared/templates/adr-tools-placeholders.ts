/** What adr-tools puts in place of a template's words when it makes a new record. */
export interface AdrToolsValues {
  number: number;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** As adr-tools writes it, e.g. "Accepted". */
  status: string;
}

/**
 * A template's text with adr-tools' placeholders filled as `adr new` fills them: its sed script turns
 * `# NUMBER. TITLE` into `# 2. Aaa Bbb`, then, on every line, the first `TITLE`, `NUMBER`, `DATE` and
 * `STATUS` in that order (sed's `s` without `g`). The number is not zero-padded (`ADR Number: 2`).
 * Other placeholders, such as MADR's `{short title of solved problem and solution}`, are left for the
 * person to write over.
 */
export function fillAdrToolsPlaceholders(text: string, values: AdrToolsValues): string {
  const number = String(values.number);
  return text
    .split('\n')
    .map((line) => {
      const headingEnd = line.endsWith('\r') ? '\r' : '';
      let out = line === `# NUMBER. TITLE${headingEnd}` ? `# ${number}. ${values.title}${headingEnd}` : line;
      // A function as the replacement: a title with `$&` in it is written as typed.
      out = out.replace('TITLE', () => values.title);
      out = out.replace('NUMBER', () => number);
      out = out.replace('DATE', () => values.date);
      out = out.replace('STATUS', () => values.status);
      return out;
    })
    .join('\n');
}
