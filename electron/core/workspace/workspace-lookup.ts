import type { Workspace } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import type { CoreContext } from '../core-context';

export function requireWorkspace(ctx: CoreContext, id: string, field?: string): Workspace {
  const workspace = ctx.workspaces.find(id);
  if (!workspace) throw workspaceNotFound(id, field);
  return workspace;
}

/** Like requireWorkspace, without counting the workspace's decisions: for reads that only need it to exist. */
export function requireWorkspaceExists(ctx: CoreContext, id: string, field?: string): void {
  if (!ctx.workspaces.exists(id)) throw workspaceNotFound(id, field);
}

/** The custom statuses of the workspace, which must exist. */
export function requireCustomStatuses(ctx: CoreContext, id: string, field?: string): string[] {
  const statuses = ctx.workspaces.customStatusesOf(id);
  if (!statuses) throw workspaceNotFound(id, field);
  return statuses;
}

function workspaceNotFound(id: string, field?: string): AppError {
  return new AppError('not_found', `Workspace ${id} not found`, field);
}
