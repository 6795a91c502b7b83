import type { ReactNode } from 'react';
import { BackupButton } from '../backup/backup-button';
import { CairnMark } from '../components/cairn-mark';
import { navigate } from '../router';
import { useProfileName } from '../profile/use-profile-name';
import { useUiStore } from '../stores/ui-store';
import { useWorkspaceStore } from '../stores/workspace-store';
import { useWorkspaces } from '../workspace/use-workspaces';
import { PlusIcon } from '../components/plus-icon';
import { SyncIndicator } from '../sync/sync-indicator';
import { ThemeToggle } from '../theme/theme-toggle';

/** The window's top bar: the menu (in a narrow window), the app, the workspace being worked in, and who is working. */
export function AppHeader({ menuButton }: { menuButton: ReactNode }) {
  const { workspaces = [], workspace } = useWorkspaces();
  const select = useWorkspaceStore((state) => state.select);
  const openNewWorkspace = useUiStore((state) => state.setNewWorkspaceOpen);
  const name = useProfileName();

  return (
    <header className="app-header">
      {menuButton}
      <div className="brand">
        <CairnMark className="brand-mark" />
        <span className="brand-name">Cairn</span>
      </div>
      {workspaces.length > 0 && (
        <div className="workspace-switcher">
          <label className="workspace-label" htmlFor="workspace-select">
            Workspace
          </label>
          <select
            id="workspace-select"
            className="select select-quiet"
            value={workspace?.id ?? ''}
            onChange={(event) => {
              select(event.target.value);
              navigate({ name: 'decisions' });
            }}
          >
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={workspace.id}>
                {workspace.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button-ghost" onClick={() => openNewWorkspace(true)}>
            <PlusIcon />
            New workspace
          </button>
        </div>
      )}
      <div className="header-spacer" />
      <SyncIndicator />
      <ThemeToggle />
      <BackupButton />
      {name && (
        <div className="profile-chip" title="Your name authors the revisions you save">
          <span className="avatar" aria-hidden="true">
            {initials(name)}
          </span>
          <span className="profile-name">{name}</span>
        </div>
      )}
    </header>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
