import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { mutate } from '../queries/run-mutation';
import { showToast } from '../stores/toast-store';
import { useWorkspaces } from '../workspace/use-workspaces';

/** The workspace's "Write files on save": on, a save writes its file at once; off, changes wait for "Sync now". */
export function WriteOnSaveSetting() {
  const { workspace } = useWorkspaces();
  const [saving, setSaving] = useState(false);
  if (!workspace) return null;
  const change = async (writeFilesOnSave: boolean) => {
    setSaving(true);
    try {
      await mutate('updateWorkspace', { id: workspace.id, writeFilesOnSave });
    } catch (error) {
      showToast(`The setting was not changed: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <p className="section-text">
      <label className="check-label">
        <input
          type="checkbox"
          className="checkbox"
          checked={workspace.writeFilesOnSave}
          disabled={saving}
          onChange={(event) => void change(event.target.checked)}
        />{' '}
        Write files on save
      </label>
      <br />
      {workspace.writeFilesOnSave
        ? 'A save in Cairn writes that decision’s file at once.'
        : 'Saves in Cairn wait for Sync now (or the next sync after a file changes in the folder).'}
    </p>
  );
}
