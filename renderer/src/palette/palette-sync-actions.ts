import { errorMessage } from '../api/error-message';
import { focusWhenReady } from '../focus/focus-when-ready';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { EXPORT_FOLDER_FIELD } from '../sync/export-panel';
import { useSyncStore } from '../sync/sync-store';

/**
 * "Sync now" from the palette: the Markdown page, where the sync's result and any conflict show,
 * runs the same sync as its own button. Without a linked folder it says where to link one.
 */
export async function syncFromPalette(workspaceId: string): Promise<void> {
  navigate({ name: 'sync' });
  try {
    await useSyncStore.getState().load(workspaceId);
    if (useSyncStore.getState().folder === null) {
      showToast('No folder is linked yet: link one under Synced folder, then sync.');
      return;
    }
    await useSyncStore.getState().sync();
  } catch (error) {
    showToast(`Could not sync: ${errorMessage(error)}`);
  }
}

/** "Export to a folder": the export form, with the focus in its folder field. */
export function exportFromPalette(): void {
  navigate({ name: 'sync' });
  focusWhenReady(() => document.querySelector<HTMLInputElement>(`input[name="${EXPORT_FOLDER_FIELD}"]`));
}
