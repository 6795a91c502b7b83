import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/domain/decision';
import { call, callError } from '../testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let decision: Decision;

beforeEach(async () => {
  core = await openTempCore();
  const workspace = await createWorkspace(core);
  decision = await call(core, 'createDecision', {
    workspaceId: workspace.id,
    content: { title: 'Use PostgreSQL', context: 'We need a database.' },
  });
  await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { status: 'accepted', context: 'We need a relational database.' } });
});
afterEach(() => core.dispose());

describe('revisions', () => {
  it('lists the history newest first', async () => {
    const history = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(history.map((r) => r.revision)).toEqual([2, 1]);
  });

  it('keeps each revision as it was saved', async () => {
    const first = await call(core, 'getRevision', { decisionId: decision.id, revision: 1 });
    expect(first.summary).toMatchObject({ revision: 1, summary: 'Created from MADR 4' });
    expect(first.content).toMatchObject({ status: 'proposed', context: 'We need a database.' });
    expect(first.markdown).toContain('# 0001. Use PostgreSQL');
  });

  it('diffs the Markdown of two revisions line by line with line numbers on each side', async () => {
    const diff = await call(core, 'diffRevisions', { decisionId: decision.id, from: 1, to: 2 });
    expect(diff.from.revision).toBe(1);
    expect(diff.to.summary).toBe('Status: proposed → accepted; edited context');
    const changed = diff.lines.filter((l) => l.kind !== 'same');
    expect(changed).toEqual([
      { kind: 'removed', text: '* Status: Proposed', oldLine: 3, newLine: null },
      { kind: 'added', text: '* Status: Accepted', oldLine: null, newLine: 3 },
      { kind: 'removed', text: 'We need a database.', oldLine: 8, newLine: null },
      { kind: 'added', text: 'We need a relational database.', oldLine: null, newLine: 8 },
    ]);
    expect(diff.lines[0]).toEqual({ kind: 'same', text: '# 0001. Use PostgreSQL', oldLine: 1, newLine: 1 });
    expect(diff.lines.at(-1)).toMatchObject({ kind: 'added', newLine: 8 });
  });

  it('reports unknown revisions and decisions as not found', async () => {
    expect(await callError(core, 'getRevision', { decisionId: decision.id, revision: 9 })).toMatchObject({
      code: 'not_found',
      field: 'revision',
    });
    expect(await callError(core, 'diffRevisions', { decisionId: decision.id, from: 1, to: 3 })).toMatchObject({
      code: 'not_found',
      field: 'to',
    });
    expect(await callError(core, 'listRevisions', { decisionId: crypto.randomUUID() })).toMatchObject({ code: 'not_found' });
  });
});
