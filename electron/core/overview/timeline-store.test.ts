import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import { call } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';
import { TimelineStore } from './timeline-store';

let core: TempCore;
let workspace: Workspace;
let own: Database.Database;
let store: TimelineStore;
const clock = fixedClock('2026-03-02T09:00:00Z');

beforeEach(async () => {
  core = await openTempCore({ now: clock.now });
  workspace = await createWorkspace(core);
  // The store on a connection of its own: the core's writes are then another connection's commits.
  own = new Database(core.dbPath);
  store = new TimelineStore(own);
});
afterEach(() => {
  own.close();
  core.dispose();
});

const titles = () => store.sortedEvents(workspace.id, 'UTC').map((event) => `${event.title}: ${event.detail}`);

describe('the held timeline', () => {
  it('answers the same events again while nothing is written', async () => {
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL' } });
    const first = store.sortedEvents(workspace.id, 'UTC');
    expect(store.sortedEvents(workspace.id, 'UTC')).toBe(first);
    // Another zone files the same revisions under other days: a timeline of its own.
    expect(store.sortedEvents(workspace.id, 'Pacific/Kiritimati')).not.toBe(first);
  });

  it('is read again after a commit of another connection, a status change shown as one', async () => {
    const decision = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL' } });
    expect(titles()).toEqual(['0001 Use PostgreSQL: Proposed']);
    clock.set('2026-03-03T09:00:00Z');
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { status: 'accepted' } });
    expect(titles()).toEqual(['0001 Use PostgreSQL: Accepted', '0001 Use PostgreSQL: Proposed']);
    await call(core, 'deleteDecision', { id: decision.id });
    expect(titles()).toEqual([]);
  });

  it('is read again after a write of its own connection', async () => {
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL' } });
    expect(titles()).toEqual(['0001 Use PostgreSQL: Proposed']);
    own.prepare('UPDATE decisions SET title = ? WHERE workspace_id = ?').run('Use SQLite', workspace.id);
    expect(titles()).toEqual(['0001 Use SQLite: Proposed']);
  });
});
