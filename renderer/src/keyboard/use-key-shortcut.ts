import { useEffect, useEffectEvent } from 'react';
import { isTypingTarget, type KeyTarget } from './is-typing-target';

interface ShortcutOptions {
  /** Also fire while typing in a field (Ctrl/Cmd+S, Esc in the editor). */
  inFields?: boolean;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod?: boolean;
  enabled?: boolean;
}

/**
 * Runs the handler when the key is pressed anywhere in the app, except while a dialog is open
 * (it owns the keyboard then) and, unless told otherwise, while typing in a field. The handler
 * returns false when it had nothing to do, leaving the key to the browser.
 */
export function useKeyShortcut(
  key: string,
  handler: (event: KeyboardEvent) => boolean | void,
  options: ShortcutOptions = {},
) {
  const { inFields = false, mod = false, enabled = true } = options;
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.key.toLowerCase() !== key.toLowerCase()) return;
    const modPressed = event.ctrlKey || event.metaKey;
    if (mod !== modPressed || event.altKey || (mod && event.shiftKey)) return;
    if (document.querySelector('dialog[open]')) return;
    if (!inFields && isTypingTarget(event.target as KeyTarget | null)) return;
    if (handler(event) !== false) event.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
