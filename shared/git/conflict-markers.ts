/** The two sides of a file git left with conflict markers: the local branch's ("ours") and the incoming one's ("theirs"). */
export interface ConflictSides {
  ours: string;
  theirs: string;
  /** How many conflicting hunks the file holds. */
  hunks: number;
}

const START = /^<{7}(?: |\r?\n|$)/;
const BASE = /^\|{7}(?: |\r?\n|$)/;
const SPLIT = /^={7}(?:\r?\n|$)/;
const END = /^>{7}(?: |\r?\n|$)/;

/**
 * Whether the text holds a conflict git wrote into it (a merge, a pull, a rebase or a stash that
 * stopped): a `<<<<<<<` line and a `>>>>>>>` line after it, at the start of lines, as git writes them.
 * Such a file is never a record to import: its markers would become the decision's content.
 */
export function hasConflictMarkers(text: string): boolean {
  const lines = splitLines(text);
  const start = lines.findIndex((line) => START.test(line));
  return start >= 0 && lines.slice(start + 1).some((line) => END.test(line));
}

/**
 * Splits a file with conflict markers into its two sides: the text outside the hunks goes to both,
 * each hunk's first part to "ours" and its last to "theirs" (the common ancestor of the diff3 style,
 * after `|||||||`, to neither). Line endings are kept as they are. Null when the file holds no
 * complete hunk (a start marker with no end is not something to split).
 */
export function splitConflict(text: string): ConflictSides | null {
  let ours = '';
  let theirs = '';
  let hunks = 0;
  let side: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  for (const line of splitLines(text)) {
    if (side === 'both' && START.test(line)) side = 'ours';
    else if (side === 'ours' && BASE.test(line)) side = 'base';
    else if ((side === 'ours' || side === 'base') && SPLIT.test(line)) side = 'theirs';
    else if (side === 'theirs' && END.test(line)) {
      side = 'both';
      hunks += 1;
    } else if (side === 'both') {
      ours += line;
      theirs += line;
    } else if (side === 'ours') ours += line;
    else if (side === 'theirs') theirs += line;
  }
  return hunks > 0 && side === 'both' ? { ours, theirs, hunks } : null;
}

/** The lines of the text, each with its own line ending. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * What git wrote after the first hunk's markers: the name of "ours" (`<<<<<<< HEAD`) and of "theirs"
 * (`>>>>>>> origin/main`), for the conflict screen to say which side is which. Null where git wrote none.
 */
export function conflictSideNames(text: string): { ours: string | null; theirs: string | null } {
  const lines = splitLines(text);
  const start = lines.findIndex((line) => START.test(line));
  const end = start < 0 ? -1 : lines.findIndex((line, index) => index > start && END.test(line));
  const label = (index: number) => (index < 0 ? null : (lines[index] as string).slice(7).trim() || null);
  return { ours: label(start), theirs: label(end) };
}
