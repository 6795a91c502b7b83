import { Id } from '../domain/decision';
import { isBlank } from './markdown-lines';
import { matchGroup } from '../text/match-group';

const ID_COMMENT = /^\s*<!--\s*cairn-id:\s*([0-9a-fA-F-]{36})\s*-->\s*$/;

/**
 * Cairn's id as an HTML comment, which adr-tools, Log4brains and MADR tooling all ignore. It is
 * written last, after a blank line, so adr-tools still finds the title on the first line.
 */
export function identityCommentLines(id: string): string[] {
  return ['', `<!-- cairn-id: ${id} -->`];
}

/**
 * Takes the id comment out of the lines (with the blank line Cairn writes before it). A comment
 * found elsewhere is taken out too; it is written back at the end.
 */
export function takeIdentityComment(lines: readonly string[], textLines: readonly boolean[]): { lines: string[]; id: string | null } {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = textLines[i] ? ID_COMMENT.exec(lines[i] as string) : null;
    if (!m || !Id.safeParse(matchGroup(m, 1).toLowerCase()).success) continue;
    const atEnd = i === lines.length - 1 && i > 0 && isBlank(lines[i - 1] as string);
    const kept = [...lines];
    kept.splice(atEnd ? i - 1 : i, atEnd ? 2 : 1);
    return { lines: kept, id: matchGroup(m, 1).toLowerCase() };
  }
  return { lines: [...lines], id: null };
}
