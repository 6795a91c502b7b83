import type { DiffLine } from '../api/diff-line';
import type { GitDiffHunk, GitFileCommit } from '../api/git-operations';

/** Starts each commit of the log; ends each field of its header. Neither is in a name, a date or a hash. */
export const RECORD = '\x1e';
export const FIELD = '\x1f';

/**
 * The `--format` that `parseFileLog` reads: hash, author, email, author date (strict ISO) and the
 * raw message, each closed by FIELD, the commit opened by RECORD; the patch follows the last FIELD.
 */
export const FILE_LOG_FORMAT = `${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%B${FIELD}`;

/**
 * Reads `git log --follow -p --format=FILE_LOG_FORMAT -- <file>`: each commit with its author, date
 * and message, and the file's diff in it (its name then, a rename, its hunks with the lines numbered
 * as the hunk headers say). `fallbackPath` names the file where a commit shows no patch (a merge).
 */
export function parseFileLog(output: string, fallbackPath: string): GitFileCommit[] {
  return output
    .split(RECORD)
    .filter((record) => record.trim().length > 0)
    .flatMap((record): GitFileCommit[] => {
      const fields = record.split(FIELD);
      if (fields.length < 6) return [];
      const [commit = '', author = '', email = '', date = '', message = ''] = fields;
      const patch = fields.slice(5).join(FIELD);
      const lines = message.replace(/\s+$/, '').split('\n');
      const diff = parsePatch(patch);
      return [
        {
          commit: commit.trim(),
          author,
          email,
          date: date.trim(),
          subject: lines[0] ?? '',
          body: lines.slice(1).join('\n').trim(),
          path: diff.path ?? fallbackPath,
          renamedFrom: diff.renamedFrom,
          binary: diff.binary,
          hunks: diff.hunks,
        },
      ];
    });
}

interface FilePatch {
  path: string | null;
  renamedFrom: string | null;
  binary: boolean;
  hunks: GitDiffHunk[];
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
// `diff --git a/<name> b/<name>` of a file whose name is the same on both sides (unquoted): the name.
const DIFF_LINE = /^diff --git a\/(.+) b\/\1$/;


/** One file's patch as git prints it: the header lines, then hunks of ' ', '+' and '-' lines. */
function parsePatch(patch: string): FilePatch {
  // The file's name, from the most telling header line git wrote: a rename's target, the new side, the old side, the diff line.
  const named: { renameTo?: string; plus?: string; minus?: string; diffLine?: string } = {};
  const read: FilePatch = { path: null, renamedFrom: null, binary: false, hunks: [] };
  let hunk: GitDiffHunk | null = null;
  let oldLine = 0;
  let newLine = 0;
  for (const line of patch.split('\n')) {
    const header = HUNK.exec(line);
    if (header) {
      hunk = { header: line, lines: [] };
      read.hunks.push(hunk);
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      continue;
    }
    if (line.startsWith('diff --git ')) {
      hunk = null;
      named.diffLine ??= DIFF_LINE.exec(line)?.[1];
      continue;
    }
    if (hunk === null) {
      if (line.startsWith('rename from ')) read.renamedFrom = unquote(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) named.renameTo = unquote(line.slice('rename to '.length));
      else if (line.startsWith('+++ ') && line !== '+++ /dev/null') named.plus = unquote(line.slice(4)).replace(/^b\//, '');
      else if (line.startsWith('--- ') && line !== '--- /dev/null') named.minus = unquote(line.slice(4)).replace(/^a\//, '');
      else if (line.startsWith('Binary files ')) read.binary = true;
      continue;
    }
    const kind = line[0];
    const text = line.slice(1);
    let diffLine: DiffLine | null = null;
    if (kind === ' ') diffLine = { kind: 'same', text, oldLine: oldLine++, newLine: newLine++ };
    else if (kind === '+') diffLine = { kind: 'added', text, oldLine: null, newLine: newLine++ };
    else if (kind === '-') diffLine = { kind: 'removed', text, oldLine: oldLine++, newLine: null };
    // "\ No newline at end of file" and the blank line that ends the patch are not lines of the file.
    if (diffLine) hunk.lines.push(diffLine);
  }
  read.path = named.renameTo ?? named.plus ?? named.minus ?? named.diffLine ?? null;
  return read;
}

/** A path as git prints it: in double quotes with C escapes when it holds unusual characters. */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const inner = path.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] as string;
    if (char !== '\\') {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const next = inner[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(inner.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
