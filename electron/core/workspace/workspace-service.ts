import { randomUUID } from 'node:crypto';
import type { Services, Workspace } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import { BUILTIN_STATUSES } from '../../../shared/domain/decision-status';
import type { CoreContext } from '../core-context';
import { requireWorkspace } from './workspace-lookup';

export function workspaceServices(ctx: CoreContext): Pick<Services, 'listWorkspaces' | 'createWorkspace' | 'updateWorkspace'> {
  return {
    listWorkspaces: () => ctx.workspaces.list(),

    createWorkspace: ({ name }) =>
      ctx.write(() => {
        checkNameFree(ctx, name, null);
        const id = randomUUID();
        ctx.workspaces.insert({ id, name, createdAt: ctx.now().toISOString() });
        return requireWorkspace(ctx, id);
      }),

    updateWorkspace: ({ id, name, customStatuses, writeFilesOnSave }) =>
      ctx.write(() => {
        const current = requireWorkspace(ctx, id, 'id');
        if (name !== undefined) checkNameFree(ctx, name, id);
        if (customStatuses !== undefined) checkCustomStatuses(ctx, current, customStatuses);
        ctx.workspaces.update({
          id,
          name: name ?? current.name,
          customStatuses: customStatuses ?? current.customStatuses,
          writeFilesOnSave: writeFilesOnSave ?? current.writeFilesOnSave,
        });
        return requireWorkspace(ctx, id);
      }),
  };
}

// Two workspaces of the same name would be told apart only by their ids, which nobody sees.
function checkNameFree(ctx: CoreContext, name: string, ownId: string | null): void {
  const holder = ctx.workspaces.idByName(name);
  if (holder !== undefined && holder !== ownId) {
    throw new AppError('invalid_input', `a workspace named "${name}" already exists`, 'name');
  }
}

function checkCustomStatuses(ctx: CoreContext, workspace: Workspace, statuses: string[]): void {
  statuses.forEach((status, i) => {
    const field = `customStatuses.${i}`;
    if ((BUILTIN_STATUSES as readonly string[]).includes(status)) {
      throw new AppError('invalid_input', `"${status}" is a built-in status already; custom statuses add new ones`, field);
    }
    if (statuses.indexOf(status) !== i) throw new AppError('invalid_input', `"${status}" is listed twice`, field);
  });
  // Dropping a status still in use would leave those decisions with a status their workspace refuses.
  for (const removed of workspace.customStatuses.filter((s) => !statuses.includes(s))) {
    const inUse = ctx.workspaces.countWithStatus(workspace.id, removed);
    if (inUse > 0) {
      throw new AppError(
        'invalid_input',
        `${inUse} decision${inUse === 1 ? ' has' : 's have'} the status "${removed}"; give ${inUse === 1 ? 'it' : 'them'} another status before removing it`,
        'customStatuses',
      );
    }
  }
}
