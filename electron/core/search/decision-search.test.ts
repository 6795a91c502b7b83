import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDecisionsInput, Workspace } from '../../../shared/api/contract';
import type { Decision } from '../../../shared/domain/decision';
import { call, callError } from '../testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;
const ids: Record<string, string> = {};

async function add(key: string, content: Record<string, unknown>): Promise<Decision> {
  const decision = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: key, ...content } });
  ids[key] = decision.id;
  return decision;
}

beforeAll(async () => {
  core = await openTempCore();
  workspace = await createWorkspace(core);
  await add('Use PostgreSQL for storage', {
    status: 'accepted',
    date: '2025-01-10',
    tags: ['database', 'backend'],
    decisionMakers: ['Ada'],
    consulted: ['Grace'],
    context: 'We need a relational store with strong consistency.',
  });
  await add('Cache sessions in Redis', {
    date: '2025-02-20',
    tags: ['cache', 'backend'],
    decisionMakers: ['grace'],
    context: 'Session lookups hit PostgreSQL too often, and the database suffers.',
  });
  await add('Adopt trunk-based development', {
    status: 'accepted',
    date: '2025-03-05',
    tags: ['process'],
    informed: ['Linus'],
    context: 'Long-lived branches (older than a week) cause merge pain. Café talk says "merge daily".',
  });
  await add('Use MongoDB', { status: 'deprecated', date: '2024-12-01', tags: ['database'], context: 'Documents without a schema.' });
  const trashed = await add('Use PostgreSQL replicas', { tags: ['database'], decisionMakers: ['Ada'] });
  await call(core, 'deleteDecision', { id: trashed.id });
  const other = await createWorkspace(core, 'Other team');
  await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Use PostgreSQL elsewhere' } });
});
afterAll(() => core.dispose());

function search(input: Omit<SearchDecisionsInput, 'workspaceId'> = {}) {
  return call(core, 'searchDecisions', { workspaceId: workspace.id, ...input });
}

describe('searchDecisions without text', () => {
  it('lists the live decisions of the workspace, newest number first, without snippets', async () => {
    const result = await search();
    expect(result.total).toBe(4);
    expect(result.items.map((i) => i.number)).toEqual([4, 3, 2, 1]);
    expect(result.items[3]).toEqual({
      id: ids['Use PostgreSQL for storage'],
      number: 1,
      title: 'Use PostgreSQL for storage',
      status: 'accepted',
      date: '2025-01-10',
      dateSource: 'file',
      reviewBy: null,
      tags: ['database', 'backend'],
      decisionMakers: ['Ada'],
      snippet: null,
    });
  });

  it('counts facets over live decisions, most frequent first, then by name', async () => {
    const { facets } = await search();
    expect(facets.statuses).toEqual([
      { value: 'accepted', count: 2 },
      { value: 'deprecated', count: 1 },
      { value: 'proposed', count: 1 },
    ]);
    expect(facets.tags).toEqual([
      { value: 'backend', count: 2 },
      { value: 'database', count: 2 },
      { value: 'cache', count: 1 },
      { value: 'process', count: 1 },
    ]);
    expect(facets.people).toEqual([
      { value: 'Grace', count: 2 },
      { value: 'Ada', count: 1 },
      { value: 'Linus', count: 1 },
    ]);
  });

  it('sorts by title, date or number in either order, and pages with a total', async () => {
    const byTitle = await search({ sort: 'title', order: 'asc' });
    expect(byTitle.items.map((i) => i.title)).toEqual([
      'Adopt trunk-based development',
      'Cache sessions in Redis',
      'Use MongoDB',
      'Use PostgreSQL for storage',
    ]);
    const byDate = await search({ sort: 'date', order: 'asc' });
    expect(byDate.items.map((i) => i.date)).toEqual(['2024-12-01', '2025-01-10', '2025-02-20', '2025-03-05']);
    const page = await search({ sort: 'number', order: 'asc', offset: 1, limit: 2 });
    expect(page.items.map((i) => i.number)).toEqual([2, 3]);
    expect(page.total).toBe(4);
    const textPage = await search({ query: 'use', sort: 'number', order: 'asc', offset: 1, limit: 1 });
    expect(textPage.items.map((i) => [i.number, i.snippet])).toEqual([[4, '«Use» MongoDB']]);
    expect(textPage.total).toBe(2);
  });
});

describe('searchDecisions with text', () => {
  it('ranks a title match above a body match and marks the match in the snippet', async () => {
    const result = await search({ query: 'postgresql', sort: 'relevance' });
    expect(result.total).toBe(2);
    expect(result.items.map((i) => i.title)).toEqual(['Use PostgreSQL for storage', 'Cache sessions in Redis']);
    expect(result.items[0]?.snippet).toContain('«PostgreSQL»');
    expect(result.items[1]?.snippet).toContain('lookups hit «PostgreSQL» too often');
  });

  it('matches the last word as a prefix, and every word must match', async () => {
    expect((await search({ query: 'postg' })).items.map((i) => i.number)).toEqual([2, 1]);
    expect((await search({ query: 'session postg' })).items.map((i) => i.number)).toEqual([2]);
    expect((await search({ query: 'postg nothingmatches' })).total).toBe(0);
  });

  it('finds words written with accents when typed without them', async () => {
    expect((await search({ query: 'cafe' })).items.map((i) => i.number)).toEqual([3]);
  });

  it('treats FTS syntax characters as plain text instead of failing', async () => {
    const queries = ['"merge', 'merge"', 'merge*', '(older', 'older)', 'merge AND', 'NOT merge', '-merge', 'merge -', 'NEAR(merge', 'context:merge', '^merge', '"', '*', '(', ')', 'AND', '-', '+'];
    for (const query of queries) {
      const result = await core.dispatch('searchDecisions', { workspaceId: workspace.id, query });
      expect(result, query).toMatchObject({ ok: true });
    }
    expect((await search({ query: '"merge daily"' })).items.map((i) => i.number)).toEqual([3]);
    expect((await search({ query: '(older than' })).items.map((i) => i.number)).toEqual([3]);
    expect((await search({ query: '-' })).total).toBe(4);
  });

  it('counts facets over the text matches before the status, tag and person filters', async () => {
    const result = await search({ query: 'postgresql', statuses: ['accepted'] });
    expect(result.items.map((i) => i.number)).toEqual([1]);
    expect(result.total).toBe(1);
    expect(result.facets.statuses).toEqual([
      { value: 'accepted', count: 1 },
      { value: 'proposed', count: 1 },
    ]);
    expect(result.facets.tags).toEqual([
      { value: 'backend', count: 2 },
      { value: 'cache', count: 1 },
      { value: 'database', count: 1 },
    ]);
  });

  it('leaves out deleted decisions and other workspaces', async () => {
    const result = await search({ query: 'replicas' });
    expect(result.total).toBe(0);
    expect((await search({ query: 'elsewhere' })).total).toBe(0);
  });
});

describe('searchDecisions filters', () => {
  it('matches any of the chosen statuses', async () => {
    const result = await search({ statuses: ['accepted', 'deprecated'] });
    expect(result.items.map((i) => i.number)).toEqual([4, 3, 1]);
  });

  it('matches any of the chosen tags', async () => {
    expect((await search({ tags: ['cache', 'process'] })).items.map((i) => i.number)).toEqual([3, 2]);
    expect((await search({ tags: ['database'], statuses: ['accepted'] })).items.map((i) => i.number)).toEqual([1]);
  });

  it('matches a person in any role, ignoring case', async () => {
    expect((await search({ person: 'GRACE' })).items.map((i) => i.number)).toEqual([2, 1]);
    expect((await search({ person: 'linus' })).items.map((i) => i.number)).toEqual([3]);
    expect((await search({ person: 'Gra' })).total).toBe(0);
  });

  it('matches a person by whole words of the name, and takes % and _ as letters', async () => {
    const team = await createWorkspace(core, 'People team');
    const create = (title: string, content: Record<string, unknown>) => call(core, 'createDecision', { workspaceId: team.id, content: { title, ...content } });
    const find = async (person: string) => (await call(core, 'searchDecisions', { workspaceId: team.id, person })).items.map((i) => i.id);
    const knuth = await create('Use literate programming', { decisionMakers: ['Ada Knuth'] });
    const odd = await create('Use percent signs', { consulted: ['100%_sure Team'] });
    expect(await find('Knuth')).toEqual([knuth.id]);
    expect(await find('ada knuth')).toEqual([knuth.id]);
    expect(await find('Knu')).toEqual([]);
    expect(await find('100%_sure')).toEqual([odd.id]);
    expect(await find('%')).toEqual([]);
  });

  it('keeps dates within an inclusive range, and the facets with them', async () => {
    const result = await search({ dateFrom: '2025-01-10', dateTo: '2025-02-20' });
    expect(result.items.map((i) => i.number)).toEqual([2, 1]);
    expect(result.total).toBe(2);
    expect((await search({ dateFrom: '2025-01-10', dateTo: '2025-02-20', tags: ['cache'] })).total).toBe(1);
    expect(result.facets.statuses).toEqual([
      { value: 'accepted', count: 1 },
      { value: 'proposed', count: 1 },
    ]);
  });

  it('reports an unknown workspace as not found', async () => {
    expect(await callError(core, 'searchDecisions', { workspaceId: crypto.randomUUID() })).toMatchObject({
      code: 'not_found',
      field: 'workspaceId',
    });
  });
});
