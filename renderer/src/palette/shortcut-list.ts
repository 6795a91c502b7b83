/** A key or key combination and what it does; "Mod" reads Ctrl, or ⌘ on a Mac. */
export interface Shortcut {
  keys: string[];
  meaning: string;
}

export interface ShortcutGroup {
  where: string;
  shortcuts: Shortcut[];
}

/** Every keyboard shortcut of the app, by where it works: the help overlay lists these. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    where: 'Everywhere',
    shortcuts: [
      { keys: ['Mod', 'K'], meaning: 'Find a decision, goal, rotation, page or action' },
      { keys: ['?'], meaning: 'Show these shortcuts' },
      { keys: ['N'], meaning: 'Start a decision' },
      { keys: ['/'], meaning: 'Search decisions' },
      { keys: ['Mod', 'Z'], meaning: 'Undo the last delete' },
      { keys: ['Esc'], meaning: 'Close a dialog' },
    ],
  },
  {
    where: 'Decision list',
    shortcuts: [
      { keys: ['↑', '↓'], meaning: 'Move in the list' },
      { keys: ['↓'], meaning: 'From the search field, into the results' },
    ],
  },
  {
    where: 'A decision or goal',
    shortcuts: [
      { keys: ['E'], meaning: 'Edit it' },
      { keys: ['C'], meaning: 'Check in on a goal' },
    ],
  },
  {
    where: 'Editor',
    shortcuts: [
      { keys: ['Mod', 'S'], meaning: 'Save' },
      { keys: ['Esc'], meaning: 'Cancel editing' },
    ],
  },
  {
    where: 'Decision session',
    shortcuts: [
      { keys: [']'], meaning: 'Next phase' },
      { keys: ['['], meaning: 'Previous phase' },
      { keys: ['P'], meaning: 'Pause or resume the timer' },
    ],
  },
  {
    where: 'Graph',
    shortcuts: [
      { keys: ['+', '−'], meaning: 'Zoom in and out' },
      { keys: ['0'], meaning: 'Fit the graph in the window' },
      { keys: ['←', '→', '↑', '↓'], meaning: 'Move the graph' },
    ],
  },
];

/** "Mod" as this platform's key. */
export function modKeyName(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
