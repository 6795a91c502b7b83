/** A keyboard shortcut shown beside a control; hidden from its accessible name (the shortcut is also in aria-keyshortcuts). */
export function KbdHint({ keys }: { keys: string }) {
  return (
    <kbd className="kbd-hint" aria-hidden="true">
      {keys}
    </kbd>
  );
}

/** "Ctrl" or "⌘", whichever this platform's shortcuts use. */
export function modKeyLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
}
