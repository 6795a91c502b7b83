import type { TitleBlock } from './adr-document';

type Numbering = NonNullable<TitleBlock['numbering']>;

const NUMBERED = /^()(\d{1,7})(\.[ \t]+|[ \t]*[:–—-][ \t]+)(\S.*)$/;
const ADR_NUMBERED = /^(ADR[-_ ]?)(\d{1,7})([ \t]*[:.–—-][ \t]*|[ \t]+)(\S.*)$/i;

/** Reads `41. Title`, `ADR 041: Title`, `ADR-41 - Title` or a plain `Title` (the text of the first heading). */
export function parseTitleText(text: string): { numbering: Numbering | null; number: number | null; title: string } {
  const m = NUMBERED.exec(text) ?? ADR_NUMBERED.exec(text);
  if (!m) return { numbering: null, number: null, title: text };
  const numbering = { before: m[1] as string, digits: m[2] as string, after: m[3] as string };
  return { numbering, number: Number(numbering.digits), title: m[4] as string };
}

/** The number as the title writes it: unchanged digits when the number did not change, else padded like them. */
export function renderTitleNumber(numbering: Numbering, number: number, parsedNumber: number | null): string {
  if (number === parsedNumber) return numbering.before + numbering.digits + numbering.after;
  const width = numbering.digits.startsWith('0') ? numbering.digits.length : 1;
  return numbering.before + String(number).padStart(width, '0') + numbering.after;
}
