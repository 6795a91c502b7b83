/** How git sees one changed path (porcelain v2's XY, reduced to what a person acts on). */
export type ChangeKind = 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted';

export interface ChangedPath {
  /** Relative to the repository's root, with forward slashes, as git prints it. */
  path: string;
  /** The path before a rename or copy; null otherwise. */
  from: string | null;
  kind: ChangeKind;
  /** Whether the index holds a change of it (something `git add` already staged). */
  staged: boolean;
  /** Whether the working tree holds a change not staged yet. */
  unstaged: boolean;
}

/** `git status --porcelain=v2 --branch -z`, read. */
export interface PorcelainStatus {
  /** Null on a detached HEAD. */
  branch: string | null;
  /** Null before the first commit. */
  commit: string | null;
  upstream: string | null;
  /** Null without an upstream (or when git could not compare, the upstream being gone). */
  ahead: number | null;
  behind: number | null;
  changes: ChangedPath[];
}

/**
 * Reads the output of `git status --porcelain=v2 --branch -z` (documented in git-status(1), "Porcelain
 * Format Version 2"). With -z each entry ends in NUL and paths are not quoted, so a name with spaces,
 * quotes or newlines comes through as it is; a rename's entry is followed by its old path as an entry
 * of its own. Lines this reader does not know (a newer git's headers, ignored files) are skipped.
 */
export function parsePorcelainStatus(output: string): PorcelainStatus {
  const status: PorcelainStatus = { branch: null, commit: null, upstream: null, ahead: null, behind: null, changes: [] };
  const entries = output.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as string;
    if (entry.startsWith('# ')) {
      readHeader(status, entry.slice(2));
    } else if (entry.startsWith('1 ')) {
      const fields = splitFields(entry, 9);
      status.changes.push(changeOf(fields[1] as string, fields[8] as string, null));
    } else if (entry.startsWith('2 ')) {
      const fields = splitFields(entry, 10);
      const from = entries[i + 1] ?? null;
      i += 1;
      status.changes.push(changeOf(fields[1] as string, fields[9] as string, from));
    } else if (entry.startsWith('u ')) {
      const fields = splitFields(entry, 11);
      status.changes.push({ path: fields[10] as string, from: null, kind: 'conflicted', staged: false, unstaged: true });
    } else if (entry.startsWith('? ')) {
      status.changes.push({ path: entry.slice(2), from: null, kind: 'untracked', staged: false, unstaged: true });
    }
  }
  return status;
}

function readHeader(status: PorcelainStatus, header: string): void {
  const space = header.indexOf(' ');
  const name = space < 0 ? header : header.slice(0, space);
  const value = space < 0 ? '' : header.slice(space + 1);
  switch (name) {
    case 'branch.oid':
      status.commit = value === '(initial)' ? null : value;
      return;
    case 'branch.head':
      status.branch = value === '(detached)' ? null : value;
      return;
    case 'branch.upstream':
      status.upstream = value;
      return;
    case 'branch.ab': {
      const match = /^\+(\d+) -(\d+)$/.exec(value);
      if (match) {
        status.ahead = Number(match[1]);
        status.behind = Number(match[2]);
      }
      return;
    }
    default:
  }
}

/** The first `count - 1` space-separated fields, and the rest of the entry (the path, spaces and all) as the last. */
function splitFields(entry: string, count: number): string[] {
  const fields: string[] = [];
  let start = 0;
  for (let n = 1; n < count; n++) {
    const space = entry.indexOf(' ', start);
    if (space < 0) break;
    fields.push(entry.slice(start, space));
    start = space + 1;
  }
  fields.push(entry.slice(start));
  return fields;
}

function changeOf(xy: string, path: string, from: string | null): ChangedPath {
  const index = xy[0] ?? '.';
  const tree = xy[1] ?? '.';
  const staged = index !== '.';
  const unstaged = tree !== '.';
  let kind: ChangeKind = 'modified';
  if (from !== null) kind = 'renamed';
  else if (index === 'D' || tree === 'D') kind = 'deleted';
  else if (index === 'A') kind = 'added';
  return { path, from, kind, staged, unstaged };
}
