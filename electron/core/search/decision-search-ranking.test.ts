import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDecisionsInput, SearchDecisionsOutput, Workspace } from '../../../shared/api/contract';
import { call } from '../testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore();
  workspace = await createWorkspace(core);
  // Many decisions ranked alike (same words, same lengths), so ties straddle page ends, and a few that rank apart.
  for (let i = 0; i < 60; i++) {
    await call(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: `Queue ${String.fromCharCode(97 + (i % 26))}`, tags: [i % 2 ? 'even' : 'odd'], context: 'We route events through a queue.' },
    });
  }
  for (const title of ['Queue the queue', 'Events queue for billing events', 'Drop the queue']) {
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title, context: 'A queue of events.' } });
  }
  const trashed = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Queue in the trash' } });
  await call(core, 'deleteDecision', { id: trashed.id });
});
afterEach(() => core.dispose());

function search(input: Omit<SearchDecisionsInput, 'workspaceId'>): Promise<SearchDecisionsOutput> {
  return call(core, 'searchDecisions', { workspaceId: workspace.id, sort: 'relevance', ...input });
}

const CASES: Omit<SearchDecisionsInput, 'workspaceId'>[] = [
  { query: 'queue', limit: 5 },
  { query: 'queue', limit: 7, offset: 5 },
  { query: 'queue', limit: 1, offset: 12 },
  // The page ends among sixty alike, past the margin the index ranks: the joined query answers.
  { query: 'queue', limit: 1, offset: 3 },
  { query: 'queue', limit: 200 },
  { query: 'queue', order: 'asc', limit: 4 },
  { query: 'queue', order: 'asc', limit: 6, offset: 3 },
  { query: 'events qu', limit: 3 },
  { query: 'route', limit: 10, offset: 20 },
  { query: 'nothing here', limit: 5 },
];

describe('searchDecisions by relevance', () => {
  it('pages through equally ranked matches by number, newest first, without gaps or repeats', async () => {
    const all = (await search({ query: 'queue', limit: 1000 })).items;
    expect(all).toHaveLength(63);
    const paged = [];
    for (let offset = 0; offset < all.length; offset += 4) paged.push(...(await search({ query: 'queue', limit: 4, offset })).items);
    expect(paged.map((i) => i.id)).toEqual(all.map((i) => i.id));
    // The sixty alike decisions rank alike, so they come by number, newest first.
    const alike = all.filter((i) => /^Queue [a-z]$/.test(i.title)).map((i) => i.number);
    expect(alike).toEqual([...alike].sort((a, b) => b - a));
  });

  it('answers the same whether or not another workspace holds matching decisions too', async () => {
    // While only this workspace matches, the page is ranked from the full-text index alone; once another
    // workspace matches as well, from the index joined to the decisions. Both must give the same answer.
    const alone = [];
    for (const input of CASES) alone.push(await search(input));
    const other = await createWorkspace(core, 'Other team');
    for (const title of ['Queue elsewhere', 'Route events elsewhere', 'Queue queue queue']) {
      await call(core, 'createDecision', { workspaceId: other.id, content: { title, context: 'A queue of events.' } });
    }
    const shared = [];
    for (const input of CASES) shared.push(await search(input));
    expect(shared).toEqual(alone);
    expect(alone[0]).toMatchObject({ total: 63, facets: { tags: [{ value: 'even', count: 30 }, { value: 'odd', count: 30 }] } });
    expect(alone[0]?.items.map((i) => i.title)).toEqual(['Queue the queue', 'Drop the queue', 'Events queue for billing events', 'Queue h', 'Queue g']);
  });
});
