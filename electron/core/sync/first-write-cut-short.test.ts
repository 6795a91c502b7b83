import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { call } from '../testing/call';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
afterEach(() => core.dispose());

// The crash harness found it: a kill between writing a decision's first file and committing its row
// left the file in place with no record of it. The next sync took it for "a copy?", reported it, and
// wrote the decision again as 0002-…-2.md.
it('takes a first write a crash cut short for the decision’s file: no copy reported, no second file', async () => {
  core = await openTempCore();
  const folder = makeTempDir();
  const workspace = await createWorkspace(core, 'Synced');
  await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: null });
  await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Synced one' } });
  const second = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Synced two' } });
  await call(core, 'syncWorkspace', { workspaceId: workspace.id });
  // What the kill leaves: the file written, its row never committed.
  const db = new SqliteDatabase(core.dbPath);
  db.prepare('DELETE FROM decision_files WHERE decision_id = ?').run(second.id);
  db.close();

  const result = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
  expect(result.problems).toEqual([]);
  expect(fs.readdirSync(folder).sort()).toEqual(['0001-synced-one.md', '0002-synced-two.md']);
  const again = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
  expect({ pushed: again.pushed, pulled: again.pulled, problems: again.problems }).toEqual({ pushed: [], pulled: [], problems: [] });
});
