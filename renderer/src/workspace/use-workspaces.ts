import type { Workspace } from '../../../shared/api/contract';
import { mutate } from '../queries/run-mutation';
import { useServerQuery } from '../queries/server-query';
import { useWorkspaceStore } from '../stores/workspace-store';

/** Every workspace (undefined until read) and the one the person works in: the chosen one, else the first. */
export function useWorkspaces(): { workspaces: Workspace[] | undefined; workspace: Workspace | null; error: unknown } {
  const { data: workspaces, error } = useServerQuery('listWorkspaces', {});
  const chosenId = useWorkspaceStore((state) => state.chosenId);
  const workspace = workspaces ? (workspaces.find((w) => w.id === chosenId) ?? workspaces[0] ?? null) : null;
  return { workspaces, workspace, error };
}

/** Creates a workspace and works in it; throws ApiCallError for a bad name. */
export async function createWorkspace(name: string): Promise<Workspace> {
  const workspace = await mutate('createWorkspace', { name });
  useWorkspaceStore.getState().select(workspace.id);
  return workspace;
}

/** Adds a status a team uses beyond the built-in ones; throws ApiCallError for a bad name. */
export async function addCustomStatus(workspace: Workspace, status: string): Promise<void> {
  await mutate('updateWorkspace', { id: workspace.id, customStatuses: [...workspace.customStatuses, status] });
}
