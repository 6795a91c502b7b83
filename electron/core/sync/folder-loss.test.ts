import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

// Issue 21's scenario: a linked folder that is briefly empty or gone (an unmounted drive, a checkout
// of a branch without it) is not taken for "every decision deleted".

let core: TempCore;
let scratch: string;
let folder: string;
let aside: string;
let workspaceId: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
  scratch = makeTempDir();
  folder = copyCorpusFolder('adr-tools', path.join(scratch, 'doc', 'adr'));
  // Five files imported, as in the report.
  for (const name of fs.readdirSync(folder).sort().slice(5)) fs.rmSync(path.join(folder, name));
  aside = path.join(scratch, 'aside');
  fs.mkdirSync(aside);
  workspaceId = (await createWorkspace(core)).id;
  await call(core, 'importFolder', { workspaceId, folder });
  for (const title of ['Made in the app', 'Also made here', 'And a third']) {
    await call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title, context: 'Because.' } });
  }
  expect((await sync()).pushed).toHaveLength(3);
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const sync = (force = false) => call(core, 'syncWorkspace', { workspaceId, force });
const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
const moveAll = (from: string, to: string) => {
  for (const name of fs.readdirSync(from)) fs.renameSync(path.join(from, name), path.join(to, name));
};
// Sync never deletes a decision for good: one not live is in the trash.
const liveCount = async () => (await call(core, 'searchDecisions', { workspaceId, limit: 1000 })).total;

describe('a folder that vanishes', () => {
  it('changes nothing while the files are gone, says so plainly, and is in step again when they come back', async () => {
    const before = snapshot(folder);
    expect(Object.keys(before)).toHaveLength(8);
    moveAll(folder, aside);

    const result = await sync();
    expect(result.unavailable).toEqual({
      reason: 'lost-files',
      message: 'The folder lost 8 of 8 files since the last sync. Was it moved or unmounted? Nothing was changed.',
      lost: 8,
      synced: 8,
      canForce: true,
    });
    expect(result).toMatchObject({ pulled: [], pushed: [], deleted: [], renamed: [], conflicts: [] });
    expect(await liveCount()).toBe(8);
    expect(fs.readdirSync(folder)).toEqual([]);
    // The preview says the same before any sync, and a second sync still waits.
    expect(await call(core, 'previewSync', { workspaceId })).toMatchObject({ unavailable: result.unavailable, actions: [] });
    expect((await sync()).unavailable?.reason).toBe('lost-files');
    // A watcher's sync, which names the files it saw go, waits too.
    const paths = Object.keys(before);
    expect((await call(core, 'syncWorkspace', { workspaceId, paths })).unavailable?.lost).toBe(8);

    moveAll(aside, folder);
    expect(await sync()).toEqual({ pulled: [], pushed: [], deleted: [], renamed: [], conflicts: [], duplicates: [], problems: [] });
    expect(snapshot(folder)).toEqual(before);
    expect(await liveCount()).toBe(8);
    expect(await call(core, 'listSyncConflicts', { workspaceId })).toEqual([]);
    expect((await call(core, 'previewSync', { workspaceId })).actions).toEqual([]);
  });

  it('changes nothing when a watcher reports only a few of the files the folder lost', async () => {
    // A watcher's sync that comes late (the folder was moved after the edits it saw) names a file or
    // two; that they are gone says nothing about the folder, which only the whole listing shows.
    const before = snapshot(folder);
    const [first] = Object.keys(before);
    if (first === undefined) throw new Error('empty folder');
    moveAll(folder, aside);

    const result = await call(core, 'syncWorkspace', { workspaceId, paths: [first] });
    expect(result.unavailable).toMatchObject({ reason: 'lost-files', lost: 8, synced: 8 });
    expect(result.deleted).toEqual([]);
    expect(await liveCount()).toBe(8);
    expect((await sync()).unavailable?.lost).toBe(8);

    moveAll(aside, folder);
    expect((await sync()).unavailable).toBeUndefined();
    expect(snapshot(folder)).toEqual(before);
    expect(await liveCount()).toBe(8);
  });

  it('changes nothing while the folder itself is gone, and cannot be forced', async () => {
    const before = snapshot(folder);
    const moved = path.join(scratch, 'moved');
    fs.renameSync(folder, moved);

    const result = await sync(true);
    expect(result.unavailable).toMatchObject({ reason: 'missing', canForce: false, lost: 8, synced: 8 });
    expect(result.unavailable?.message).toBe(
      `The folder ${folder} is not there. Was it moved, renamed, or is it on a drive that is not connected? Nothing was changed: connect the drive or link the folder again.`,
    );
    expect((await call(core, 'previewSync', { workspaceId })).unavailable?.reason).toBe('missing');
    expect(await liveCount()).toBe(8);

    fs.renameSync(moved, folder);
    expect((await sync()).unavailable).toBeUndefined();
    expect(snapshot(folder)).toEqual(before);
  });

  it('moves the decisions to the trash when the person says the files were deleted on purpose, and takes them back with their history', async () => {
    const made = (await call(core, 'searchDecisions', { workspaceId, query: 'made in the app' })).items[0];
    if (!made) throw new Error('decision made in the app not found');
    await call(core, 'updateDecision', { id: made.id, baseRevision: 1, changes: { context: 'Edited once.' } });
    expect((await sync()).pushed).toHaveLength(1);
    const history = await call(core, 'listRevisions', { decisionId: made.id });

    moveAll(folder, aside);
    const forced = await sync(true);
    expect(forced.unavailable).toBeUndefined();
    expect(forced.deleted).toHaveLength(8);
    expect(await liveCount()).toBe(0);

    // The files come back: one holding a decision's Cairn id is that decision again, from the trash.
    moveAll(aside, folder);
    const back = await sync();
    expect(back.problems).toEqual([]);
    expect(back.pulled).toContain('0006-made-in-the-app.md');
    const restored = await call(core, 'getDecision', { id: made.id });
    expect(restored.context).toBe('Edited once.');
    expect((await call(core, 'listRevisions', { decisionId: made.id })).slice(0, history.length)).toEqual(history);
    const again = await call(core, 'searchDecisions', { workspaceId, query: 'made in the app' });
    expect(again.items.map((item) => item.id)).toEqual([made.id]);
    expect(await call(core, 'listSyncConflicts', { workspaceId })).toEqual([]);
    expect((await sync()).problems).toEqual([]);
  });

  it('still takes a few files deleted by hand for deletions', async () => {
    const [first, second] = Object.keys(snapshot(folder));
    fs.rmSync(path.join(folder, first as string));
    fs.rmSync(path.join(folder, second as string));
    const result = await sync();
    expect(result.unavailable).toBeUndefined();
    expect(result.deleted).toEqual([first, second]);
    expect(await liveCount()).toBe(6);
  });

  it('gives back, with its saved edit and history, a decision whose file was moved away just after the edit was written to it', async () => {
    // What the soak harness met after a kill: an edit saved and written to its file, then two files
    // moved out of the folder, the watcher's sync of those two (the rule: a few files gone are
    // deletions) and the files moved back. The decision waits in the trash, not lost, until a sync sees
    // its file again.
    const made = (await call(core, 'searchDecisions', { workspaceId, query: 'made in the app' })).items[0];
    if (!made) throw new Error('decision made in the app not found');
    const saved = await call(core, 'updateDecision', { id: made.id, baseRevision: 1, changes: { context: 'Saved before the files moved.' } });
    expect((await sync()).pushed).toHaveLength(1);
    const history = await call(core, 'listRevisions', { decisionId: made.id });
    const ownFile = (await call(core, 'listDecisionFiles', { workspaceId })).find((file) => file.decisionId === made.id)?.file;
    const other = Object.keys(snapshot(folder)).find((name) => name !== ownFile);
    if (!ownFile || !other) throw new Error('files of the folder not found');

    for (const name of [ownFile, other]) fs.renameSync(path.join(folder, name), path.join(aside, name));
    const gone = await call(core, 'syncWorkspace', { workspaceId, paths: [ownFile, other] });
    expect(gone.deleted.sort()).toEqual([ownFile, other].sort());
    expect(await liveCount()).toBe(6);

    moveAll(aside, folder);
    const back = await sync();
    expect({ pulled: back.pulled.sort(), deleted: back.deleted, problems: back.problems }).toEqual({ pulled: [ownFile, other].sort(), deleted: [], problems: [] });
    expect(await liveCount()).toBe(8);
    const restored = await call(core, 'getDecision', { id: made.id });
    expect(restored.revision).toBeGreaterThanOrEqual(saved.revision);
    expect((await call(core, 'getRevision', { decisionId: made.id, revision: saved.revision })).content.context).toBe('Saved before the files moved.');
    expect((await call(core, 'listRevisions', { decisionId: made.id })).slice(0, history.length)).toEqual(history);
    expect((await call(core, 'listDecisionFiles', { workspaceId })).filter((file) => file.decisionId === made.id).map((file) => file.file)).toEqual([ownFile]);
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], deleted: [], conflicts: [], problems: [] });
  });
});
