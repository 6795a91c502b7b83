import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import type { DecisionRow } from '../../../shared/api/decision-list-operations';
import { call, callError } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let scratch: string;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore();
  scratch = makeTempDir();
  workspace = await call(core, 'createWorkspace', { name: 'Platform' });
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** What the rows must say, read the slow way: one getDecision per decision and the sync file list. */
async function rowsTheSlowWay(ids: string[]): Promise<DecisionRow[]> {
  const files = new Map((await call(core, 'listDecisionFiles', { workspaceId: workspace.id })).map((f) => [f.decisionId, f.file]));
  const rows: DecisionRow[] = [];
  for (const id of ids) {
    const d = await call(core, 'getDecision', { id });
    rows.push({
      id: d.id,
      number: d.number,
      title: d.title,
      status: d.status,
      statusSource: d.statusSource,
      date: d.date,
      dateSource: d.dateSource,
      tags: d.tags,
      links: d.links.map((l) => ({ kind: l.kind, direction: l.direction, number: l.otherNumber, id: l.otherId })),
      file: files.get(d.id) ?? null,
    });
  }
  return rows;
}

describe('listDecisionRows', () => {
  it('lists every live decision by number with its links and file; one without a file has null, one in the trash is left out', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await call(core, 'importFolder', { workspaceId: workspace.id, folder });
    const before = await call(core, 'listDecisionRows', { workspaceId: workspace.id });
    const amended = before.find((r) => r.number === 5) as DecisionRow;
    const amending = before.find((r) => r.number === 9) as DecisionRow;
    // Created after the import and not synced yet: no file.
    const fresh = await call(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: 'Fresh', tags: ['cli'] },
      links: [
        { kind: 'supersedes', toId: amended.id },
        { kind: 'relates-to', toId: amending.id },
      ],
    });
    const trashed = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Trashed' }, links: [{ kind: 'relates-to', toId: fresh.id }] });
    await call(core, 'deleteDecision', { id: trashed.id });

    const rows = await call(core, 'listDecisionRows', { workspaceId: workspace.id });
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.some((r) => r.id === trashed.id)).toBe(false);
    expect(rows[0]).toEqual({
      id: rows[0]?.id,
      number: 1,
      title: 'Record architecture decisions',
      status: 'accepted',
      statusSource: 'file',
      date: '2016-02-12',
      dateSource: 'file',
      tags: [],
      links: [],
      file: '0001-record-architecture-decisions.md',
    });
    expect(rows.find((r) => r.id === fresh.id)).toEqual({
      id: fresh.id,
      number: 10,
      title: 'Fresh',
      status: 'proposed',
      statusSource: 'file',
      date: fresh.date,
      dateSource: 'file',
      tags: ['cli'],
      // The link from the decision in the trash is left out; kinds in order, outgoing first.
      links: [
        { kind: 'supersedes', direction: 'outgoing', number: 5, id: amended.id },
        { kind: 'relates-to', direction: 'outgoing', number: 9, id: amending.id },
      ],
      file: null,
    });
    expect(rows.find((r) => r.id === amended.id)?.links).toEqual([
      { kind: 'supersedes', direction: 'incoming', number: 10, id: fresh.id },
      { kind: 'amends', direction: 'incoming', number: 9, id: amending.id },
    ]);
    // Every row, links and file included, says what the per-decision reads say.
    expect(rows).toEqual(await rowsTheSlowWay(rows.map((r) => r.id)));
  });

  it('filters by status and, with a query, lists the matches most relevant first as searchDecisions does', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await call(core, 'importFolder', { workspaceId: workspace.id, folder });
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Markdown everywhere', status: 'proposed' } });

    const proposed = await call(core, 'listDecisionRows', { workspaceId: workspace.id, status: 'proposed' });
    expect(proposed.map((r) => r.title)).toEqual(['Markdown everywhere']);

    for (const query of ['markdown', 'adr conf', 'help', 'nothing-matches-this', '!!!']) {
      const found = await call(core, 'listDecisionRows', { workspaceId: workspace.id, query });
      const searched = await call(core, 'searchDecisions', { workspaceId: workspace.id, query, sort: 'relevance', order: 'desc', limit: 1000 });
      expect(found.map((r) => r.id)).toEqual(searched.items.map((i) => i.id));
      expect(found).toEqual(await rowsTheSlowWay(found.map((r) => r.id)));
    }
    // A query with no word in it matches everything, newest number first (as searchDecisions by relevance does).
    expect((await call(core, 'listDecisionRows', { workspaceId: workspace.id, query: '!!!' })).map((r) => r.number)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('keeps to its workspace and says when the workspace does not exist', async () => {
    const other = await call(core, 'createWorkspace', { name: 'Other' });
    await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Elsewhere' } });
    expect(await call(core, 'listDecisionRows', { workspaceId: workspace.id })).toEqual([]);
    expect(await callError(core, 'listDecisionRows', { workspaceId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not_found', field: 'workspaceId' });
  });
});
