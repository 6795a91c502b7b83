import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { CommandPalette } from '../palette/command-palette';
import { usePaletteStore } from '../palette/palette-store';
import { ShortcutHelp } from '../palette/shortcut-help';
import { navigate } from '../router';
import { useToastStore } from '../stores/toast-store';
import { useUiStore } from '../stores/ui-store';
import { useWorkspaces } from '../workspace/use-workspaces';

/**
 * The keys that work on every page: N for a new decision, / for search, Ctrl/Cmd+Z to undo a delete,
 * Ctrl/Cmd+K for the command palette and ? for the list of shortcuts (both shown from here).
 */
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
  useKeyShortcut('k', () => usePaletteStore.getState().setPaletteOpen(true), { mod: true, inFields: true, enabled: hasWorkspace });
  useKeyShortcut('?', () => usePaletteStore.getState().setShortcutsOpen(true));
  const paletteOpen = usePaletteStore((state) => state.paletteOpen);
  const shortcutsOpen = usePaletteStore((state) => state.shortcutsOpen);
  const workspaceId = useWorkspaces().workspace?.id ?? null;
  return (
    <>
      {paletteOpen && workspaceId && <CommandPalette workspaceId={workspaceId} />}
      {shortcutsOpen && <ShortcutHelp />}
    </>
  );
}
