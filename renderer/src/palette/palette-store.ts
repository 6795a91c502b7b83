import { create } from 'zustand';

interface PaletteState {
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
}

/** Whether the command palette or the shortcut help is on screen. */
export const usePaletteStore = create<PaletteState>()((set) => ({
  paletteOpen: false,
  shortcutsOpen: false,
  setPaletteOpen: (open) => set({ paletteOpen: open, shortcutsOpen: false }),
  setShortcutsOpen: (open) => set({ shortcutsOpen: open, paletteOpen: false }),
}));
