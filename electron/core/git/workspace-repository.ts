import { AppError } from '../../../shared/api/api-result';
import type { CoreContext } from '../core-context';
import { syncFolderPath } from '../sync';
import { requireWorkspaceExists } from '../workspace';
import { findRepository, type LinkedRepository } from './git-repository';

/** The repository of the workspace's linked folder, for an operation that needs one; why there is none otherwise. */
export async function requireRepository(ctx: CoreContext, workspaceId: string): Promise<LinkedRepository> {
  requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
  const folder = syncFolderPath(ctx, workspaceId);
  if (folder === null) throw new AppError('invalid_input', 'This workspace is not linked to a folder yet; link one (or import one) first.', 'workspaceId');
  const lookup = await findRepository(folder);
  if (lookup.state !== 'ready') throw new AppError('invalid_input', lookup.message, 'workspaceId');
  return lookup.repository;
}
