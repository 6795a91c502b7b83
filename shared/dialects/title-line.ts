import type { TitleBlock } from './adr-document';
import { readStatusText } from './status-text';
import { matchGroup } from '../text/match-group';

type Numbering = NonNullable<TitleBlock['numbering']>;

const NUMBERED = /^()(\d{1,7})(\.[ \t]+|\)[ \t]+|[ \t]*[:–—-][ \t]+)(\S.*)$/;
const ADR_NUMBERED = /^(ADR[-_ ]?)(\d{1,7}|[nx]{1,4})([ \t]*[:.–—-][ \t]*|[ \t]+)(\S.*)$/i;
/** A template's number never filled in: `n. Title` (adr-tools), `NNN. Title`, `XXXX - Title`. */
const PLACEHOLDER_NUMBERED = /^()([nx]{1,4})(\.[ \t]+|[ \t]*[:–—-][ \t]+)(\S.*)$/i;
/** "ADR: Title": the label without a number. */
const ADR_LABEL = /^(ADR)()([ \t]*[:–—-][ \t]*)(\S.*)$/i;
/** `6 Title`: a number and a space, only a number when the file name says the same number. */
const BARE_NUMBERED = /^()(\d{1,7})([ \t]+)(\S.*)$/;
/** `[Superseded by [ADR-0017](…)] Title`: a status in brackets before the title. */
const STATUS_PREFIX = /^(\[((?:[^[\]]|\[[^\]]*\])*)\][ \t]+)(\S.*)$/;

/**
 * Reads `41. Title`, `1) Title`, `ADR 041: Title`, `ADR-41 - Title`, `ADRNNN: Title`, `n. Title`,
 * `6 Title` (when the file is number 6) or a plain `Title` (the text of the first heading). A status
 * in brackets before it (`[Superseded by …] Title`) is the prefix, not the title.
 */
export function parseTitleText(
  text: string,
  fileNumber: number | null = null,
): { numbering: Numbering | null; number: number | null; title: string; prefix: string } {
  const status = STATUS_PREFIX.exec(text);
  const prefix = status && isStatus(matchGroup(status, 2)) ? matchGroup(status, 1) : '';
  const rest = text.slice(prefix.length);
  const bare = BARE_NUMBERED.exec(rest);
  const m =
    NUMBERED.exec(rest) ?? ADR_NUMBERED.exec(rest) ?? PLACEHOLDER_NUMBERED.exec(rest) ?? ADR_LABEL.exec(rest) ?? (bare && Number(bare[2]) === fileNumber ? bare : null);
  if (!m) return { numbering: null, number: null, title: rest, prefix };
  const numbering = { before: matchGroup(m, 1), digits: matchGroup(m, 2), after: matchGroup(m, 3) };
  const number = /^\d+$/.test(numbering.digits) ? Number(numbering.digits) : null;
  return { numbering, number, title: matchGroup(m, 4), prefix };
}

function isStatus(text: string): boolean {
  const read = readStatusText(text);
  return read.status !== null && read.note === '';
}

/** The number as the title writes it: unchanged digits when the number did not change, else padded like them. */
export function renderTitleNumber(numbering: Numbering, number: number, parsedNumber: number | null): string {
  if (number === parsedNumber) return numbering.before + numbering.digits + numbering.after;
  const width = numbering.digits.startsWith('0') ? numbering.digits.length : 1;
  return numbering.before + String(number).padStart(width, '0') + numbering.after;
}
