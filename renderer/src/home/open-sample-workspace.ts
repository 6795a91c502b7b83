import { api } from '../api/api';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { useWorkspaceStore } from '../stores/workspace-store';

/** Creates the sample workspace, switches to it and shows its home. */
export async function openSampleWorkspace(): Promise<void> {
  const { workspaceId, name } = await api().openSampleWorkspace({});
  await useWorkspaceStore.getState().load();
  useWorkspaceStore.getState().select(workspaceId);
  navigate({ name: 'home' });
  showToast(`Opened "${name}". Switch back to your own workspace in the header.`);
}
