import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDecisionsOutput, Workspace } from '../../../shared/api/contract';
import { openCore, type Core } from '../core';
import { call, callError } from '../testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore();
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

async function facets(on: Core = core, query = ''): Promise<SearchDecisionsOutput['facets']> {
  return (await call(on, 'searchDecisions', { workspaceId: workspace.id, query })).facets;
}

function create(title: string, content: Record<string, unknown> = {}) {
  return call(core, 'createDecision', { workspaceId: workspace.id, content: { title, ...content } });
}

describe('facet counts after the data changes', () => {
  it('follow creates, edits, deletes and restores made after a search', async () => {
    const a = await create('A', { tags: ['db'], decisionMakers: ['Ada'] });
    expect(await facets()).toEqual({
      statuses: [{ value: 'proposed', count: 1 }],
      tags: [{ value: 'db', count: 1 }],
      people: [{ value: 'Ada', count: 1 }],
      undated: 0,
    });

    const b = await create('B', { tags: ['db', 'ops'], consulted: ['ada'] });
    await call(core, 'updateDecision', { id: a.id, baseRevision: 1, changes: { status: 'accepted', tags: ['ops'] } });
    expect(await facets()).toEqual({
      statuses: [
        { value: 'accepted', count: 1 },
        { value: 'proposed', count: 1 },
      ],
      tags: [
        { value: 'ops', count: 2 },
        { value: 'db', count: 1 },
      ],
      people: [{ value: 'Ada', count: 2 }],
      undated: 0,
    });

    await call(core, 'deleteDecision', { id: b.id });
    expect((await facets()).tags).toEqual([{ value: 'ops', count: 1 }]);
    await call(core, 'restoreDecision', { id: b.id });
    expect((await facets(core, 'b')).tags).toEqual([
      { value: 'db', count: 1 },
      { value: 'ops', count: 1 },
    ]);
  });

  it('count an unknown status and an unknown date, and those decisions are found by them', async () => {
    const known = await create('Known');
    const unknown = await create('Unknown');
    await call(core, 'updateDecision', { id: unknown.id, baseRevision: 1, changes: { status: null, date: null } });
    expect((await facets()).statuses).toEqual([
      { value: null, count: 1 },
      { value: 'proposed', count: 1 },
    ]);
    expect((await facets()).undated).toBe(1);
    const found = (input: Record<string, unknown>) =>
      call(core, 'searchDecisions', { workspaceId: workspace.id, ...input }).then((r) => r.items.map((item) => item.title));
    expect(await found({ statuses: [null] })).toEqual(['Unknown']);
    expect(await found({ statuses: ['proposed', null] })).toEqual(['Unknown', 'Known']);
    expect(await found({ undated: true })).toEqual(['Unknown']);
    expect(await found({ sort: 'date', order: 'desc' })).toEqual(['Known', 'Unknown']);
    expect(await found({ sort: 'date', order: 'asc' })).toEqual(['Known', 'Unknown']);
    const row = await call(core, 'getDecision', { id: unknown.id });
    expect([row.status, row.statusSource, row.date, row.dateSource]).toEqual([null, null, null, null]);
    expect((await call(core, 'getDecision', { id: known.id })).dateSource).toBe('file');
    // A date range leaves every undated decision out; "No date" still says how many it would show.
    const ranged = await call(core, 'searchDecisions', { workspaceId: workspace.id, dateFrom: '2000-01-01' });
    expect([ranged.total, ranged.facets.undated]).toEqual([1, 1]);
    const rangedText = await call(core, 'searchDecisions', { workspaceId: workspace.id, query: 'Known', dateFrom: '2000-01-01' });
    expect(rangedText.facets.undated).toBe(0);
  });

  it('stay as they were when a write is refused and rolled back', async () => {
    const old = await create('Old', { status: 'accepted' });
    const before = await facets();
    await callError(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: 'New', tags: ['x'] },
      links: [
        { kind: 'supersedes', toId: old.id },
        { kind: 'relates-to', toId: crypto.randomUUID() },
      ],
    });
    expect(await facets()).toEqual(before);
  });

  it('see decisions another process saved to the same database', async () => {
    await create('Mine', { tags: ['mine'] });
    expect((await facets()).tags).toEqual([{ value: 'mine', count: 1 }]);

    const other = await openCore(core.dataDir);
    try {
      await call(other, 'createDecision', { workspaceId: workspace.id, content: { title: 'Theirs', tags: ['theirs'] } });
    } finally {
      other.close();
    }
    expect((await facets()).tags).toEqual([
      { value: 'mine', count: 1 },
      { value: 'theirs', count: 1 },
    ]);
  });
});
