import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type OperationInput, type OperationName, type OperationOutput } from '../../shared/api/contract';
import { call } from './testing/call';
import { openTempCore, type TempCore } from './testing/temp-core';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(() => core.dispose());

describe('the core against the contract', () => {
  it('implements every operation and nothing else', () => {
    expect(Object.keys(core.services).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('answers every operation with output its schema accepts', async () => {
    const covered = new Set<OperationName>();
    // `call` parses every value with the operation's output schema and throws on a mismatch.
    const run = <K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>> => {
      covered.add(op);
      return call(core, op, input);
    };

    await run('getProfile', {});
    await run('setProfile', { name: 'Ada' });
    const workspace = await run('createWorkspace', { name: 'Platform' });
    await run('updateWorkspace', { id: workspace.id, customStatuses: ['on-hold'] });
    await run('listWorkspaces', {});
    const old = await run('createDecision', {
      workspaceId: workspace.id,
      content: { title: 'Old', reviewBy: '2000-01-01', tags: ['db'], decisionMakers: ['Ada'], options: [{ name: 'A' }], chosenOption: 'A' },
    });
    const next = await run('createDecision', { workspaceId: workspace.id, content: { title: 'Next' }, links: [{ kind: 'supersedes', toId: old.id }] });
    await run('getDecision', { id: old.id });
    await run('updateDecision', { id: next.id, baseRevision: 1, changes: { status: 'on-hold' } });
    await run('addDecisionLink', { fromId: next.id, kind: 'relates-to', toId: old.id });
    await run('removeDecisionLink', { fromId: next.id, kind: 'relates-to', toId: old.id });
    await run('searchDecisions', { workspaceId: workspace.id, query: 'old' });
    await run('searchDecisions', { workspaceId: workspace.id });
    await run('listDueForReview', { workspaceId: workspace.id, withinDays: 30 });
    await run('listRevisions', { decisionId: old.id });
    await run('getRevision', { decisionId: old.id, revision: 2 });
    await run('diffRevisions', { decisionId: old.id, from: 1, to: 2 });
    await run('deleteDecision', { id: next.id });
    await run('restoreDecision', { id: next.id });

    expect([...covered].sort()).toEqual([...OPERATION_NAMES].sort());
  });
});
