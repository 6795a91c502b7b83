import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/api-result';
import { call } from '../core/testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../core/testing/temp-core';
import { warmFirstSearch } from './warm-first-search';

const cores: TempCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

/** The core's dispatch, noting each call it carries. */
function recording(core: TempCore) {
  const calls: { operation: string; input: unknown; result: ApiResult<unknown> }[] = [];
  const dispatch = async (operation: string, input: unknown) => {
    const result = await core.dispatch(operation, input);
    calls.push({ operation, input, result });
    return result;
  };
  return { calls, dispatch };
}

describe('making the decision list’s first search ready', () => {
  it('runs the list’s search for the workspace a page opens on, the first by name', async () => {
    const core = await openTempCore();
    cores.push(core);
    await createWorkspace(core, 'Beta');
    const alpha = await createWorkspace(core, 'Alpha');
    await call(core, 'createDecision', { workspaceId: alpha.id, content: { title: 'Use Kafka', context: 'Events.', outcome: 'Kafka.' } });
    const { calls, dispatch } = recording(core);
    const errors: unknown[] = [];

    await warmFirstSearch(dispatch, (error) => errors.push(error));

    expect(errors).toEqual([]);
    const search = calls.find((c) => c.operation === 'searchDecisions');
    expect(search?.input).toEqual({ workspaceId: alpha.id, limit: 1 });
    expect(search?.result.ok && (search.result.value as { total: number }).total).toBe(1);
  });

  it('searches nothing while there is no workspace', async () => {
    const core = await openTempCore();
    cores.push(core);
    const { calls, dispatch } = recording(core);
    const errors: unknown[] = [];

    await warmFirstSearch(dispatch, (error) => errors.push(error));

    expect(calls.map((c) => c.operation)).toEqual(['listWorkspaces']);
    expect(errors).toEqual([]);
  });

  it('reports a failure instead of throwing it', async () => {
    const core = await openTempCore();
    cores.push(core);
    await createWorkspace(core);
    core.close();
    const errors: unknown[] = [];

    await expect(warmFirstSearch((operation, input) => core.dispatch(operation, input), (error) => errors.push(error))).resolves.toBeUndefined();

    expect(errors).toHaveLength(1);
  });
});
