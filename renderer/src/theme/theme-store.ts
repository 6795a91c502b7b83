import { z } from 'zod';
import { create } from 'zustand';

const THEME_KEY = 'cairn.theme';

/** The person's theme: the system's (the default), or always light or dark. */
export const ThemeChoice = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** The order "Toggle theme" goes through. */
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

export const THEME_WORDS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

interface ThemeState {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  /** Light, then dark, then the system's again; answers the new choice. */
  toggleTheme: () => ThemeChoice;
}

export const useThemeStore = create<ThemeState>()((set, get) => ({
  theme: readTheme(),
  setTheme: (theme) => {
    writeTheme(theme);
    applyTheme(theme);
    set({ theme });
  },
  toggleTheme: () => {
    const next = NEXT[get().theme];
    get().setTheme(next);
    return next;
  },
}));

/**
 * Puts the choice on the root element, where tokens.css reads it: no attribute follows the system.
 * Called once at start, before the first paint, and on every change.
 */
export function applyTheme(theme: ThemeChoice = useThemeStore.getState().theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

// A stored value from another version, or a hand-edited one, falls back to the system's theme.
function readTheme(): ThemeChoice {
  try {
    const parsed = ThemeChoice.safeParse(window.localStorage.getItem(THEME_KEY));
    return parsed.success ? parsed.data : 'system';
  } catch {
    return 'system';
  }
}

function writeTheme(theme: ThemeChoice): void {
  try {
    window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be disabled; the choice then lasts for this session only.
  }
}
