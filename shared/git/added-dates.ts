import { CalendarDate } from '../domain/calendar-date';
import { RECORD } from './file-log';

/**
 * The `git log` arguments (after `log`) whose output `parseAddedDates` reads: every commit that added
 * or renamed a file, newest first, each opened by RECORD and its author date (strict ISO, in the
 * commit's own zone), then its files as `-z` prints them (status, path, and for a rename the new path).
 * Renames are asked for explicitly, so a person's `diff.renames = false` cannot make a moved file look new.
 */
export const ADDED_DATES_LOG_ARGS = ['--diff-filter=AR', '--find-renames', '--name-status', '-z', '--no-color', `--format=${RECORD}%aI`] as const;

/**
 * Reads `git log ADDED_DATES_LOG_ARGS -- <folder>`: each file's date is the day (in the zone of the
 * commit) of the commit that first added it, carried through renames as `git log --follow` would; a
 * path added again after a delete keeps its first date. Paths are as git gives them, from the
 * repository's root. Anything that is not a date and a file list (a malformed commit) is skipped.
 */
export function parseAddedDates(output: string): Map<string, CalendarDate> {
  const commits = output
    .split(RECORD)
    .map(readCommit)
    .filter((commit): commit is Commit => commit !== null);
  const added = new Map<string, CalendarDate>();
  // Oldest first, so a file's first addition is seen before the renames that carry it on.
  for (const { date, changes } of commits.reverse()) {
    for (const change of changes) {
      if (change.kind === 'added') {
        if (!added.has(change.path)) added.set(change.path, date);
        continue;
      }
      if (added.has(change.to)) continue;
      // A rename out of a path the log never saw added (it came from outside the folder) is a new file here, added by this commit.
      added.set(change.to, added.get(change.from) ?? date);
    }
  }
  return added;
}

type Change = { kind: 'added'; path: string } | { kind: 'renamed'; from: string; to: string };

interface Commit {
  date: CalendarDate;
  changes: Change[];
}

function readCommit(text: string): Commit | null {
  const fields = text.split('\0');
  const day = (fields[0] ?? '').trim().slice(0, 10);
  if (!CalendarDate.safeParse(day).success) return null;
  const changes: Change[] = [];
  let i = 1;
  while (i < fields.length) {
    // git ends the format line with a newline before the first status.
    const status = (fields[i] ?? '').trim();
    if (status.startsWith('A') && fields[i + 1]) {
      changes.push({ kind: 'added', path: fields[i + 1] as string });
      i += 2;
    } else if (/^[RC]\d*$/.test(status) && fields[i + 1] && fields[i + 2]) {
      if (status.startsWith('R')) changes.push({ kind: 'renamed', from: fields[i + 1] as string, to: fields[i + 2] as string });
      else changes.push({ kind: 'added', path: fields[i + 2] as string });
      i += 3;
    } else i += 1;
  }
  return { date: day, changes };
}
