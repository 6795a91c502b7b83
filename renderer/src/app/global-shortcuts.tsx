import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { navigate } from '../router';
import { useToastStore } from '../stores/toast-store';
import { useUiStore } from '../stores/ui-store';

/** The keys that work on every page: N for a new decision, / for search, Ctrl/Cmd+Z to undo a delete. */
export function GlobalShortcuts({ hasWorkspace }: { hasWorkspace: boolean }) {
  useKeyShortcut('n', () => useUiStore.getState().openNewDecision(), { enabled: hasWorkspace });
  useKeyShortcut(
    '/',
    () => {
      useUiStore.getState().requestSearchFocus();
      navigate({ name: 'decisions' });
    },
    { enabled: hasWorkspace },
  );
  useKeyShortcut('z', () => useToastStore.getState().undoLatest(), { mod: true });
  return null;
}
