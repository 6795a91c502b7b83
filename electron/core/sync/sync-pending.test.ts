import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

// Sync renders only the decisions changed since the last sync (ADR 0013). These tests check that it
// still writes everything a change affects, and that a full look afterwards finds nothing left over.

let core: TempCore;
let folder: string;
let workspaceId: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
  folder = path.join(makeTempDir(), 'adr');
  fs.mkdirSync(folder);
  workspaceId = (await createWorkspace(core)).id;
  await call(core, 'linkSyncFolder', { workspaceId, path: folder });
});
afterEach(() => core.dispose());

const sync = () => call(core, 'syncWorkspace', { workspaceId });
const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
const create = (title: string) =>
  call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title, status: 'accepted', context: 'Why.', outcome: 'What.', consequences: 'Then.' } });

/** Makes the next sync look at every decision, as after linking a folder, and returns what it did. */
async function fullSync() {
  const db = new Database(core.dbPath);
  try {
    db.prepare("INSERT INTO sync_pending (workspace_id, decision_id) VALUES (?, '*')").run(workspaceId);
  } finally {
    db.close();
  }
  return sync();
}

describe('sync after changes in the app', () => {
  it('rewrites the edited decision and the files whose links show its number and file, and no other', async () => {
    const old = await create('Use MySQL');
    await create('Write logs as JSON');
    const next = await create('Use PostgreSQL');
    await call(core, 'addDecisionLink', { fromId: next.id, kind: 'supersedes', toId: old.id });
    expect((await sync()).pushed).toEqual(['0001-use-mysql.md', '0002-write-logs-as-json.md', '0003-use-postgresql.md']);
    const untouched = fs.statSync(path.join(folder, '0002-write-logs-as-json.md')).mtimeMs;

    // A new title goes to the decision's own file, and to the links Cairn wrote from the old one; the file keeps its name.
    await call(core, 'updateDecision', { id: next.id, baseRevision: 1, changes: { title: 'Use PostgreSQL 16' } });
    expect((await sync()).pushed).toEqual(['0001-use-mysql.md', '0003-use-postgresql.md']);
    expect(read('0003-use-postgresql.md')).toContain('# 3. Use PostgreSQL 16');
    expect(read('0001-use-mysql.md')).toContain('Superseded by [3. Use PostgreSQL 16](0003-use-postgresql.md)');

    // A new number moves the file, and the file that links to it follows.
    await call(core, 'renumberDecision', { id: next.id, number: 7 });
    const moved = await sync();
    expect(moved.renamed).toEqual([{ from: '0003-use-postgresql.md', to: '0007-use-postgresql-16.md' }]);
    expect(moved.pushed.sort()).toEqual(['0001-use-mysql.md', '0007-use-postgresql-16.md']);
    expect(read('0001-use-mysql.md')).toContain('Superseded by [7. Use PostgreSQL 16](0007-use-postgresql-16.md)');
    expect(fs.statSync(path.join(folder, '0002-write-logs-as-json.md')).mtimeMs).toBe(untouched);

    expect(await fullSync()).toMatchObject({ pulled: [], pushed: [], deleted: [], renamed: [], problems: [] });
  });

  it('deletes the file of a decision moved to the trash and writes a new one', async () => {
    const gone = await create('Use MySQL');
    await sync();
    await call(core, 'deleteDecision', { id: gone.id });
    await create('Use SQLite');
    expect(await sync()).toMatchObject({ deleted: ['0001-use-mysql.md'], pushed: ['0002-use-sqlite.md'] });
    expect(fs.readdirSync(folder).sort()).toEqual(['0002-use-sqlite.md']);
    expect(await fullSync()).toMatchObject({ pulled: [], pushed: [], deleted: [], problems: [] });
  });

  it('tries a file it could not write again at the next sync', async () => {
    await create('Use MySQL');
    await sync();
    // A folder where the file should go: not a record to read, and no file can be written there.
    const blocked = path.join(folder, '0002-use-sqlite.md');
    fs.mkdirSync(blocked);
    await create('Use SQLite');
    const refused = await sync();
    expect(refused.pushed).toEqual([]);
    expect(refused.problems).toEqual([{ file: '0002-use-sqlite.md', message: expect.stringMatching(/directory/i) as string }]);
    expect((await sync()).problems).toHaveLength(1);

    fs.rmdirSync(blocked);
    expect((await sync()).pushed).toEqual(['0002-use-sqlite.md']);
    expect(await fullSync()).toMatchObject({ pulled: [], pushed: [], problems: [] });
  });

  it('rewrites every file when the folder is linked with another dialect', async () => {
    await create('Use MySQL');
    await create('Use SQLite');
    await sync();
    await call(core, 'linkSyncFolder', { workspaceId, path: folder, dialect: 'madr4' });
    const result = await sync();
    expect(result.pushed.sort()).toEqual(['0001-use-mysql.md', '0002-use-sqlite.md']);
    expect(read('0001-use-mysql.md')).toMatch(/^---\n/);
  });

  it('drops a link from a file once the linked file states it, as a full sync would', async () => {
    const old = await create('Use MySQL');
    const next = await create('Use PostgreSQL');
    await call(core, 'addDecisionLink', { fromId: next.id, kind: 'supersedes', toId: old.id });
    await sync();
    expect(read('0001-use-mysql.md')).toContain('Superseded by [2. Use PostgreSQL](0002-use-postgresql.md)');
    expect(read('0002-use-postgresql.md')).toContain('Supersedes [1. Use MySQL](0001-use-mysql.md)');
    // Someone removes the line from 0002 by hand: the link goes, and 0001 follows.
    fs.writeFileSync(path.join(folder, '0002-use-postgresql.md'), read('0002-use-postgresql.md').replace('Supersedes [1. Use MySQL](0001-use-mysql.md)\n\n', ''));
    await sync();
    await sync();
    expect(await fullSync()).toMatchObject({ pulled: [], pushed: [], problems: [] });
  });

  it('takes a hand edit in without writing anything back', async () => {
    const old = await create('Use MySQL');
    const next = await create('Use PostgreSQL');
    await call(core, 'addDecisionLink', { fromId: next.id, kind: 'supersedes', toId: old.id });
    await sync();
    const linking = read('0001-use-mysql.md');
    fs.writeFileSync(path.join(folder, '0002-use-postgresql.md'), read('0002-use-postgresql.md').replace('What.', 'What, and why not MySQL.'));
    expect(await sync()).toMatchObject({ pulled: ['0002-use-postgresql.md'], pushed: [] });
    expect((await call(core, 'getDecision', { id: next.id })).outcome).toBe('What, and why not MySQL.');
    expect(await sync()).toMatchObject({ pulled: [], pushed: [] });
    expect(read('0001-use-mysql.md')).toBe(linking);
    expect(await fullSync()).toMatchObject({ pulled: [], pushed: [], problems: [] });
  });
});

describe('the first sync after an import', () => {
  it('reads no file the import just read, yet still sees one edited since', async () => {
    const imported = copyCorpusFolder('adr-tools', path.join(makeTempDir(), 'doc', 'adr'));
    const other = (await createWorkspace(core, 'Tools')).id;
    // A minute on, the copied files are old enough for their stats to stand for what was read.
    vi.useFakeTimers({ toFake: ['Date'] });
    const reads = vi.spyOn(fs, 'readFileSync');
    try {
      vi.setSystemTime(Date.now() + 60_000);
      await call(core, 'importFolder', { workspaceId: other, folder: imported });
      reads.mockClear();
      expect(await call(core, 'syncWorkspace', { workspaceId: other })).toMatchObject({ pulled: [], pushed: [], problems: [] });
      expect(reads.mock.calls.filter(([file]) => String(file).endsWith('.md'))).toEqual([]);

      const shell = path.join(imported, '0002-implement-as-shell-scripts.md');
      fs.writeFileSync(shell, fs.readFileSync(shell, 'utf8').replace('Accepted', 'Deprecated'));
      reads.mockClear();
      expect((await call(core, 'syncWorkspace', { workspaceId: other })).pulled).toEqual(['0002-implement-as-shell-scripts.md']);
      expect(reads.mock.calls.map(([file]) => path.basename(String(file)))).toContain('0002-implement-as-shell-scripts.md');
    } finally {
      reads.mockRestore();
      vi.useRealTimers();
    }
  });
});
