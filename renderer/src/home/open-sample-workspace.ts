import { focusWhenReady } from '../focus/focus-when-ready';
import { mutate } from '../queries/run-mutation';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { useWorkspaceStore } from '../stores/workspace-store';

/**
 * Creates the sample workspace, switches to it and shows its home, with the focus on its heading
 * (the page may not change address, so the main region's own move to the heading may not happen).
 */
export async function openSampleWorkspace(): Promise<void> {
  const { workspaceId, name } = await mutate('openSampleWorkspace', {});
  useWorkspaceStore.getState().select(workspaceId);
  navigate({ name: 'home' });
  showToast(`Opened "${name}". Switch back to your own workspace in the header.`);
  focusWhenReady(() => [...document.querySelectorAll<HTMLElement>('main h1')].find((heading) => heading.textContent === name));
}
