import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2026-12-02T10:00:00.000Z').now });
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

describe('getWorkspaceCheck', () => {
  it('finds what cairn check finds in the stored decisions, each finding naming its decision', async () => {
    const nygard = await call(core, 'createDecision', {
      workspaceId: workspace.id,
      template: 'nygard',
      content: { title: 'Use Kafka', context: 'Events.', outcome: 'Kafka.', reviewBy: '2026-06-01' },
    });
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Complete', context: 'C.', outcome: 'O.' } });
    const result = await call(core, 'getWorkspaceCheck', { workspaceId: workspace.id });
    expect(result).toMatchObject({ checked: 2, errors: 1 });
    expect(result.findings).toEqual([
      { severity: 'error', file: '0001', line: null, message: 'the required section "Consequences" is missing', decisionId: nygard.id },
      { severity: 'warning', file: '0001', line: null, message: 'the review date 2026-06-01 has passed', decisionId: nygard.id },
    ]);
  });

  it('follows the decisions: a fixed section is no longer found, a trashed decision is not checked', async () => {
    const decision = await call(core, 'createDecision', { workspaceId: workspace.id, template: 'nygard', content: { title: 'Use Kafka', context: 'E.', outcome: 'K.' } });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { consequences: 'More moving parts.' } });
    expect((await call(core, 'getWorkspaceCheck', { workspaceId: workspace.id })).findings).toEqual([]);
    const superseded = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Old', status: 'superseded', context: 'C.', outcome: 'O.' } });
    expect((await call(core, 'getWorkspaceCheck', { workspaceId: workspace.id })).errors).toBe(1);
    await call(core, 'deleteDecision', { id: superseded.id });
    expect(await call(core, 'getWorkspaceCheck', { workspaceId: workspace.id })).toMatchObject({ checked: 1, errors: 0 });
  });

  it('refuses an unknown workspace', async () => {
    expect(await callError(core, 'getWorkspaceCheck', { workspaceId: crypto.randomUUID() })).toMatchObject({ code: 'not_found', field: 'workspaceId' });
  });
});
