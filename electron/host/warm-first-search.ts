import type { ApiResult } from '../../shared/api/api-result';
import type { Workspace } from '../../shared/api/contract';

/**
 * Runs, once the host is listening, the search the decision list opens with, for the workspace a
 * page opens on unless another was chosen (the first by name). The first search of a process reads
 * the workspace's facet values into memory (facet-counter.ts) and compiles its statements: about
 * 0.25 s at 10,000 decisions, which the list's first rows waited for. The host is otherwise idle
 * while a page loads its script, so that is done then. Nothing is returned or kept: a failure is
 * only logged, and the page's own search reads everything again if the data moved meanwhile.
 */
export async function warmFirstSearch(dispatch: (operation: string, input: unknown) => Promise<ApiResult<unknown>>, onError: (error: unknown) => void): Promise<void> {
  try {
    const workspaces = await dispatch('listWorkspaces', {});
    const first = workspaces.ok ? (workspaces.value as Workspace[])[0] : undefined;
    if (!workspaces.ok) onError(workspaces.error);
    if (!first) return;
    const searched = await dispatch('searchDecisions', { workspaceId: first.id, limit: 1 });
    if (!searched.ok) onError(searched.error);
  } catch (error) {
    onError(error);
  }
}
