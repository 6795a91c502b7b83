import { describe, expect, it } from 'vitest';
import { FIELD, parseFileLog, RECORD } from './file-log';

const commit = (hash: string, message: string, patch: string) => `${RECORD}${hash}${FIELD}Ada Lovelace${FIELD}ada@example.com${FIELD}2024-03-02T10:15:00+01:00${FIELD}${message}${FIELD}\n${patch}`;

const EDIT = [
  'diff --git a/docs/decisions/0001-use-postgresql.md b/docs/decisions/0001-use-postgresql.md',
  'index 1111111..2222222 100644',
  '--- a/docs/decisions/0001-use-postgresql.md',
  '+++ b/docs/decisions/0001-use-postgresql.md',
  '@@ -2,3 +2,3 @@ title',
  ' ---',
  '-status: proposed',
  '+status: accepted',
  ' date: 2024-03-02',
  '@@ -10 +10,2 @@',
  ' end',
  '+more',
  '\\ No newline at end of file',
  '',
].join('\n');

const RENAME = [
  'diff --git a/docs/decisions/postgres.md b/docs/decisions/0001-use-postgresql.md',
  'similarity index 100%',
  'rename from docs/decisions/postgres.md',
  'rename to docs/decisions/0001-use-postgresql.md',
  '',
].join('\n');

const ADD = ['diff --git a/docs/decisions/postgres.md b/docs/decisions/postgres.md', 'new file mode 100644', '--- /dev/null', '+++ b/docs/decisions/postgres.md', '@@ -0,0 +1 @@', '+# Use PostgreSQL', ''].join('\n');

describe('parseFileLog', () => {
  it('reads each commit’s author, date and message, and the file’s hunks with their line numbers', () => {
    const [edit] = parseFileLog(commit('abc123', 'Accept PostgreSQL\n\nThe team agreed.\n', EDIT), 'fallback.md');
    expect(edit).toMatchObject({ commit: 'abc123', author: 'Ada Lovelace', email: 'ada@example.com', date: '2024-03-02T10:15:00+01:00', subject: 'Accept PostgreSQL', body: 'The team agreed.', path: 'docs/decisions/0001-use-postgresql.md', renamedFrom: null, binary: false });
    expect(edit?.hunks.map((hunk) => hunk.header)).toEqual(['@@ -2,3 +2,3 @@ title', '@@ -10 +10,2 @@']);
    expect(edit?.hunks[0]?.lines).toEqual([
      { kind: 'same', text: '---', oldLine: 2, newLine: 2 },
      { kind: 'removed', text: 'status: proposed', oldLine: 3, newLine: null },
      { kind: 'added', text: 'status: accepted', oldLine: null, newLine: 3 },
      { kind: 'same', text: 'date: 2024-03-02', oldLine: 4, newLine: 4 },
    ]);
    expect(edit?.hunks[1]?.lines).toEqual([
      { kind: 'same', text: 'end', oldLine: 10, newLine: 10 },
      { kind: 'added', text: 'more', oldLine: null, newLine: 11 },
    ]);
  });

  it('follows a rename, and reads the commit that added the file under its first name', () => {
    const commits = parseFileLog(commit('c2', 'Rename', RENAME) + commit('c1', 'Add', ADD), 'x.md');
    expect(commits.map((found) => [found.commit, found.path, found.renamedFrom, found.hunks.length])).toEqual([
      ['c2', 'docs/decisions/0001-use-postgresql.md', 'docs/decisions/postgres.md', 0],
      ['c1', 'docs/decisions/postgres.md', null, 1],
    ]);
    expect(commits[1]?.hunks[0]?.lines).toEqual([{ kind: 'added', text: '# Use PostgreSQL', oldLine: null, newLine: 1 }]);
  });

  it('names the file where a commit shows no patch (a merge), and marks a binary change', () => {
    const binary = 'diff --git a/a.md b/a.md\nindex 1..2 100644\nBinary files a/a.md and b/a.md differ\n';
    const commits = parseFileLog(commit('m1', 'Merge branch', '') + commit('b1', 'Binary', binary), 'docs/decisions/a.md');
    expect(commits.map((found) => [found.path, found.binary, found.hunks])).toEqual([
      ['docs/decisions/a.md', false, []],
      ['a.md', true, []],
    ]);
  });

  it('reads a path git quoted for its unusual characters', () => {
    const quoted = 'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"\n--- "a/caf\\303\\251.md"\n+++ "b/caf\\303\\251.md"\n@@ -1 +1 @@\n-a\n+b\n';
    expect(parseFileLog(commit('q1', 'Quoted', quoted), 'x.md')[0]?.path).toBe('café.md');
  });

  it('reads nothing from an empty log', () => {
    expect(parseFileLog('', 'x.md')).toEqual([]);
  });
});
