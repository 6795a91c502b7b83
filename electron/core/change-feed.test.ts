import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/api/change-event';
import { openCore, type CoreOptions } from './core';
import { createCoreContext } from './core-context';
import { closeDatabase, openDatabase } from './db';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from './testing/temp-core';

const opened: TempCore[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.dispose();
});

async function followedCore(options: CoreOptions = {}): Promise<{ core: TempCore; events: ChangeEvent[] }> {
  const core = await openTempCore(options);
  opened.push(core);
  const events: ChangeEvent[] = [];
  core.subscribe((event) => events.push(event));
  return { core, events };
}

describe('the change feed', () => {
  it('sends one event per committed write, after the commit, naming the kinds, workspace and record', async () => {
    const { core, events } = await followedCore();
    const workspace = await createWorkspace(core);
    expect(events).toEqual([{ seq: 1, scope: 'records', changes: [{ kind: 'workspace', workspaceId: null, ids: [] }] }]);

    const decision = await core.call('createDecision', { workspaceId: workspace.id, template: 'madr4', content: { title: 'Use SQLite' }, links: [] });
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({
      seq: 2,
      scope: 'records',
      changes: [
        { kind: 'decision', workspaceId: workspace.id, ids: [] },
        { kind: 'sync', workspaceId: workspace.id, ids: [] },
      ],
    });

    // Seen from the listener, the write is already there: the event comes after the commit.
    let seenTitle: string | null = null;
    core.subscribe(() => {
      void core.call('getDecision', { id: decision.id }).then((read) => (seenTitle ??= read.title));
    });
    await core.call('updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'Use SQLite everywhere' } });
    expect(events[2]?.changes[0]).toEqual({ kind: 'decision', workspaceId: null, ids: [decision.id] });
    await core.call('listWorkspaces', {});
    expect(seenTitle).toBe('Use SQLite everywhere');
  });

  it('sends nothing for reads or for a write that failed', async () => {
    const { core, events } = await followedCore();
    const workspace = await createWorkspace(core);
    events.length = 0;
    await core.call('listWorkspaces', {});
    await core.call('searchDecisions', { workspaceId: workspace.id });
    const decision = await core.call('createDecision', { workspaceId: workspace.id, template: 'madr4', content: { title: 'Use SQLite' }, links: [] });
    events.length = 0;
    // Saved on a revision someone else already replaced: refused inside the transaction, which rolls back.
    await core.call('updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'First' } });
    events.length = 0;
    await expect(core.call('updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'Second' } })).rejects.toThrow();
    await expect(core.call('updateDecision', { id: 'missing', baseRevision: 1, changes: { title: 'Nothing' } })).rejects.toThrow();
    expect(events).toEqual([]);
  });

  it('tells nobody of a rolled-back transaction, and exactly once of a committed one with savepoints inside', async () => {
    const dir = makeTempDir();
    const db = await openDatabase(path.join(dir, 'cairn.db'));
    try {
      let commits = 0;
      const ctx = createCoreContext(db, {
        now: () => new Date('2026-12-02T00:00:00Z'),
        backups: { backupDir: dir, restore: () => Promise.resolve(), checkCanRestore: () => undefined },
        imports: null,
        onCommit: () => (commits += 1),
      });
      expect(() =>
        ctx.write(() => {
          db.prepare("INSERT INTO workspaces (id, name, created_at) VALUES ('w1', 'Rolled back', '2026-12-02')").run();
          throw new Error('half-way');
        }),
      ).toThrow('half-way');
      expect(commits).toBe(0);
      expect(db.prepare('SELECT count(*) FROM workspaces').pluck().get()).toBe(0);

      ctx.write(() => ctx.write(() => ctx.write(() => undefined)));
      expect(commits).toBe(1);
    } finally {
      closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('notices a commit of another connection on the same database, once', async () => {
    const { core, events } = await followedCore();
    expect(core.noticeOtherWrites()).toBe(false);
    const other = await openCore(core.dataDir);
    try {
      await createWorkspace(other, 'Written by the CLI');
    } finally {
      other.close();
    }
    expect(events).toEqual([]);
    expect(core.noticeOtherWrites()).toBe(true);
    expect(events).toEqual([{ seq: 1, scope: 'everything', changes: [] }]);
    expect(core.noticeOtherWrites()).toBe(false);
    // What it reads now includes the other process's write.
    expect((await core.call('listWorkspaces', {})).map((workspace) => workspace.name)).toEqual(['Written by the CLI']);
  });

  it('keeps sending to the others when one listener fails', async () => {
    const reported: string[] = [];
    const { core, events } = await followedCore({ reportError: (message) => reported.push(message) });
    core.subscribe(() => {
      throw new Error('a closed window');
    });
    await createWorkspace(core);
    await createWorkspace(core, 'Second');
    expect(events.map((event) => event.seq)).toEqual([1, 2]);
    expect(reported).toEqual(['A change listener failed', 'A change listener failed']);
  });
});
