import type { Database } from 'better-sqlite3';
import { ProfileStore } from './profile-store';
import { WorkspaceStore } from './workspace-store';

/** The workspaces and the local profile, which every feature reads. */
export interface WorkspaceStores {
  profile: ProfileStore;
  workspaces: WorkspaceStore;
}

export function createWorkspaceStores(db: Database): WorkspaceStores {
  return { profile: new ProfileStore(db), workspaces: new WorkspaceStore(db) };
}
