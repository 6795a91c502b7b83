import { THEME_WORDS, useThemeStore } from './theme-store';

/** The header's theme button: says the current theme and moves to the next (light, dark, system). */
export function ThemeToggle() {
  const theme = useThemeStore((state) => state.theme);
  const toggleTheme = useThemeStore((state) => state.toggleTheme);
  return (
    // The name stays "Theme: …" when a narrow window shows only the icon.
    <button
      type="button"
      className="button button-ghost button-small theme-toggle"
      aria-label={`Theme: ${THEME_WORDS[theme]}`}
      title="Change the theme (light, dark, system)"
      onClick={() => toggleTheme()}
    >
      <span aria-hidden="true" className="theme-toggle-icon">
        {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
      </span>
      <span className="theme-toggle-words">Theme: {THEME_WORDS[theme]}</span>
    </button>
  );
}
