import type { Route } from '../router';

/** Something the palette can do: open a page or run an action. */
export interface PaletteItem {
  id: string;
  group: 'Decisions' | 'Goals' | 'Rotations' | 'Pages' | 'Actions';
  label: string;
  /** A second, quieter line: a status, a hint. */
  detail?: string;
  /** Other words the item is found by ("adr" finds Decisions). */
  keywords?: string;
  run: { route: Route } | { action: PaletteAction };
}

export type PaletteAction = 'new-decision' | 'open-sample' | 'show-shortcuts' | 'sync-now' | 'export' | 'toggle-theme';

export const PAGE_ITEMS: PaletteItem[] = [
  { id: 'page:home', group: 'Pages', label: 'Home', keywords: 'dashboard start overview', run: { route: { name: 'home' } } },
  { id: 'page:decisions', group: 'Pages', label: 'Decisions', keywords: 'adr log list records', run: { route: { name: 'decisions' } } },
  { id: 'page:graph', group: 'Pages', label: 'Decision graph', keywords: 'links supersedes map', run: { route: { name: 'graph' } } },
  { id: 'page:timeline', group: 'Pages', label: 'Timeline', keywords: 'history when changes', run: { route: { name: 'timeline' } } },
  { id: 'page:review', group: 'Pages', label: 'Due for review', keywords: 'revisit reminders', run: { route: { name: 'review' } } },
  { id: 'page:sessions', group: 'Pages', label: 'Sessions', keywords: 'facilitate meeting vote', run: { route: { name: 'sessions' } } },
  { id: 'page:goals', group: 'Pages', label: 'Goals', keywords: 'results behaviors check-in', run: { route: { name: 'goals' } } },
  { id: 'page:rotations', group: 'Pages', label: 'Rotations', keywords: 'teaching roles schedule', run: { route: { name: 'rotations' } } },
  { id: 'page:sync', group: 'Pages', label: 'Markdown sync', keywords: 'import export git folder', run: { route: { name: 'sync' } } },
  { id: 'page:settings', group: 'Pages', label: 'Workspace settings', keywords: 'templates team madr adr-tools', run: { route: { name: 'settings' } } },
];

export const ACTION_ITEMS: PaletteItem[] = [
  { id: 'action:new-decision', group: 'Actions', label: 'New decision', detail: 'N', keywords: 'create write adr', run: { action: 'new-decision' } },
  { id: 'action:new-goal', group: 'Actions', label: 'New goal', keywords: 'create define', run: { route: { name: 'goal-editor', id: null } } },
  { id: 'action:sync-now', group: 'Actions', label: 'Sync now', detail: 'The linked folder', keywords: 'markdown files folder git pull write', run: { action: 'sync-now' } },
  { id: 'action:import', group: 'Actions', label: 'Import a folder of ADRs', keywords: 'markdown git adr-tools madr', run: { route: { name: 'sync' } } },
  { id: 'action:export', group: 'Actions', label: 'Export to a folder', keywords: 'markdown write files dialect', run: { action: 'export' } },
  { id: 'action:toggle-theme', group: 'Actions', label: 'Toggle theme', detail: 'Light, dark or system', keywords: 'dark light mode colour color appearance', run: { action: 'toggle-theme' } },
  { id: 'action:open-sample', group: 'Actions', label: 'Open the sample workspace', keywords: 'example demo', run: { action: 'open-sample' } },
  { id: 'action:shortcuts', group: 'Actions', label: 'Keyboard shortcuts', detail: '?', keywords: 'help keys', run: { action: 'show-shortcuts' } },
];

/**
 * The items whose label or keywords hold every word of the query, in any order, labels that start
 * with the query first. An empty query keeps them all.
 */
export function matchItems(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const q = query.trim().toLowerCase();
  return items
    .filter((item) => {
      const text = `${item.label} ${item.keywords ?? ''}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => Number(b.label.toLowerCase().startsWith(q)) - Number(a.label.toLowerCase().startsWith(q)));
}

/** The items of one group, with each one's place in the whole list (the arrows move through all of them). */
export interface PaletteGroup {
  group: PaletteItem['group'];
  entries: { item: PaletteItem; index: number }[];
}

/** The list cut into its groups, in the order they first appear, so each group is labelled once. */
export function groupItems(items: readonly PaletteItem[]): PaletteGroup[] {
  const groups: PaletteGroup[] = [];
  items.forEach((item, index) => {
    const last = groups.at(-1);
    if (last?.group === item.group) last.entries.push({ item, index });
    else groups.push({ group: item.group, entries: [{ item, index }] });
  });
  return groups;
}
