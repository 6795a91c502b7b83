import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecord } from '../../../../shared/dialects/adr-dialects';
import { readByOlderRules, type AdrLayout } from '../../../../shared/dialects/adr-document';
import { openCore, type Core } from '../../core';
import { call } from '../../testing/call';
import { CORPUS_ROOT } from '../../testing/corpus-folders';
import { fixedClock, makeTempDir } from '../../testing/temp-core';

/*
 * A database as the Cairn before reader version 2 left it (scripts/make-migration-fixture.mjs --corpus):
 * corpus files imported, each folder synced, one record edited and synced, one edited and not synced.
 * Its documents are cut by the older rules; after the upgrade, a sync or an export must change no file.
 */
interface Fixture {
  version: number;
  workspaces: { id: string; folder: string; files: string[] }[];
  edits: Record<'pushed' | 'unsynced', { workspaceId: string; decisionId: string; file: string; changes: Record<string, string>; text?: string }>;
}

const fixturesDir = path.join(__dirname, 'fixtures');
const fixture = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'corpus-v8.json'), 'utf8')) as Fixture;

let dir: string;
let core: Core | null = null;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  core?.close();
  core = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The fixture as the data directory's database, synced with copies of its folders as that Cairn left them. */
async function upgradedFixture(): Promise<{ core: Core; folderOf: (workspaceId: string) => string }> {
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, 'cairn.db'), zlib.gunzipSync(fs.readFileSync(path.join(fixturesDir, 'corpus-v8.db.gz'))));
  const folders = new Map<string, string>();
  for (const workspace of fixture.workspaces) {
    const copy = path.join(dir, 'corpus', workspace.folder);
    fs.mkdirSync(copy, { recursive: true });
    for (const file of workspace.files) fs.copyFileSync(path.join(CORPUS_ROOT, workspace.folder, file), path.join(copy, file));
    folders.set(workspace.id, copy);
  }
  const pushed = fixture.edits.pushed;
  fs.writeFileSync(path.join(folders.get(pushed.workspaceId) as string, pushed.file), pushed.text as string);
  const db = new SqliteDatabase(path.join(dataDir, 'cairn.db'));
  const relink = db.prepare('UPDATE sync_folders SET path = ? WHERE workspace_id = ?');
  for (const [id, copy] of folders) relink.run(copy, id);
  db.close();
  core = await openCore(dataDir, { now: fixedClock('2026-06-01T10:00:00.000Z').now });
  return { core, folderOf: (id) => folders.get(id) as string };
}

function filesIn(folder: string): Map<string, string> {
  return new Map(fs.readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

describe('documents stored by the reader before version 2, after the upgrade', () => {
  it('a sync writes back only the edit not synced yet, and an export in each file\'s own dialect changes no file', async () => {
    const { core, folderOf } = await upgradedFixture();
    const unsynced = fixture.edits.unsynced;
    for (const workspace of fixture.workspaces) {
      const folder = folderOf(workspace.id);
      const before = filesIn(folder);
      const result = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
      expect(result, workspace.folder).toMatchObject({ pulled: [], deleted: [], renamed: [], conflicts: [], problems: [] });
      expect(result.pushed).toEqual(workspace.id === unsynced.workspaceId ? [unsynced.file] : []);
      const after = filesIn(folder);
      for (const [name, text] of before) {
        if (workspace.id === unsynced.workspaceId && name === unsynced.file) continue;
        expect(after.get(name), `${workspace.folder}/${name}`).toBe(text);
      }

      const exported = path.join(dir, 'export', workspace.folder);
      await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder: exported, dialect: null });
      const written = filesIn(exported);
      for (const [name, text] of after) expect(written.get(name), `exported ${workspace.folder}/${name}`).toBe(text);
    }
  });

  it('writes an edit made before the upgrade into the file and keeps every other line', async () => {
    const { core, folderOf } = await upgradedFixture();
    const unsynced = fixture.edits.unsynced;
    const original = fs.readFileSync(path.join(CORPUS_ROOT, 'podos/docs/decisions', unsynced.file), 'utf8');
    await call(core, 'syncWorkspace', { workspaceId: unsynced.workspaceId });
    const written = fs.readFileSync(path.join(folderOf(unsynced.workspaceId), unsynced.file), 'utf8');
    const context = 'We want to make the PodOS browser available to the Solid Community for testing\nand exploration. Other PodOS apps might follow in the future.';
    expect(original).toContain(context);
    expect(written).toBe(original.replace(context, unsynced.changes.context as string));
  });

  it('reads every stored document again by today\'s rules: a date the older rules left as a stand-in, the edits kept', async () => {
    const { core } = await upgradedFixture();
    const pushed = fixture.edits.pushed;
    // "Date: 2023-13-10" was a date the older rules could not read; they took the file's time instead.
    expect(await call(core, 'getDecision', { id: pushed.decisionId })).toMatchObject({ status: 'deprecated', date: '2023-10-13' });
    const unsynced = fixture.edits.unsynced;
    const edited = await call(core, 'getDecision', { id: unsynced.decisionId });
    expect(edited.context).toBe(unsynced.changes.context);
    // What the older rules dropped from an option is in the decision now.
    expect(edited.options.map((o) => o.name)).toContain('Deploy [immutable web app](https://github.com/ImmutableWebApps/immutablewebapps.github.io) to Netlify and use static assets from CDN');

    const revisions = await call(core, 'listRevisions', { decisionId: pushed.decisionId });
    expect(revisions[0]).toMatchObject({ author: 'Cairn', summary: `Read again from ${pushed.file} by newer reading rules: Edited date, options and extra sections` });

    const db = new SqliteDatabase(core.dbPath, { readonly: true });
    const documents = db.prepare<[], string>('SELECT document FROM decision_files').pluck().all();
    db.close();
    expect(documents).toHaveLength(fixture.workspaces.reduce((n, w) => n + w.files.length, 0));
    for (const json of documents) expect(readByOlderRules(JSON.parse(json) as { layout: AdrLayout | null })).toBe(false);
  });

  it('keeps no stand-in: a status or date no file gives is unknown, and each known one names its source', async () => {
    const { core } = await upgradedFixture();
    const edited = new Set([fixture.edits.pushed.decisionId, fixture.edits.unsynced.decisionId]);
    let unknown = 0;
    for (const workspace of fixture.workspaces) {
      for (const row of await call(core, 'listDecisionRows', { workspaceId: workspace.id })) {
        if (edited.has(row.id) || row.file === null) continue;
        const file = readRecord(fs.readFileSync(path.join(CORPUS_ROOT, workspace.folder, row.file), 'utf8'), row.file);
        const where = `${workspace.folder}/${row.file}`;
        expect({ status: row.status, statusSource: row.statusSource }, where).toEqual({ status: file.content.status, statusSource: file.sources.status });
        expect({ date: row.date, dateSource: row.dateSource }, where).toEqual({ date: file.content.date, dateSource: file.sources.date });
        if (row.status === null || row.date === null) unknown += 1;
      }
    }
    expect(unknown).toBeGreaterThan(0);
  });

  it('finds words search did not know before: an option\'s description', async () => {
    const { core } = await upgradedFixture();
    const kubernetes = fixture.workspaces.find((w) => w.folder.startsWith('compliantkubernetes/')) as Fixture['workspaces'][number];
    const found = await call(core, 'searchDecisions', { workspaceId: kubernetes.id, query: 'themselves independently' });
    expect(found.items.map((item) => item.number)).toEqual([33]);
  });
});
