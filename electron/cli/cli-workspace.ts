import type { Workspace } from '../../shared/api/contract';
import type { Core } from '../core/core';
import { CliFailure } from './cli-io';

/** The name a workspace gets when a command needs one and none exists yet. */
export const DEFAULT_WORKSPACE_NAME = 'Decisions';

/**
 * The workspace a command works on: the one named by `--workspace`, else the only one. With
 * `create`, a missing workspace is created (so `cairn import dir` works on a fresh data directory).
 */
export async function chooseWorkspace(core: Core, name: string | undefined, create: boolean): Promise<Workspace> {
  const all = await core.call('listWorkspaces', {});
  if (name !== undefined) {
    const found = all.find((w) => w.name.toLowerCase() === name.trim().toLowerCase());
    if (found) return found;
    if (create) return core.call('createWorkspace', { name: name.trim() });
    throw new CliFailure(`No workspace named "${name}". Workspaces: ${all.map((w) => w.name).join(', ') || 'none yet'}`);
  }
  if (all.length === 1) return all[0] as Workspace;
  if (all.length === 0) {
    if (create) return core.call('createWorkspace', { name: DEFAULT_WORKSPACE_NAME });
    throw new CliFailure('There is no workspace yet: run `cairn init` or `cairn import <dir>` first.');
  }
  throw new CliFailure(`There are ${all.length} workspaces (${all.map((w) => w.name).join(', ')}); choose one with --workspace <name>.`);
}
