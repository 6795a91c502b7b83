/** One item of a role's checklist, as a holder ticks it off for their turn. */
export interface ChecklistItem {
  /** Stable while the checklist's text of the item stays the same, so ticks survive other edits. */
  key: string;
  text: string;
  done: boolean;
}

/**
 * The items of a checklist written in Markdown: each list line ("- ", "* ", "1. ", "- [ ] ") is an
 * item; other lines are prose and not ticked. `ticked` holds the keys ticked for one turn, so every
 * turn starts with a fresh list. An item's key is its text (trimmed, case kept), numbered when the
 * same text appears twice.
 */
export function checklistItems(markdown: string, ticked: ReadonlySet<string> = new Set()): ChecklistItem[] {
  const seen = new Map<string, number>();
  const items: ChecklistItem[] = [];
  for (const line of markdown.split('\n')) {
    const found = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*\S)\s*$/.exec(line);
    if (!found) continue;
    const text = found[1]!;
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    const key = n === 1 ? text : `${text} (${n})`;
    items.push({ key, text, done: ticked.has(key) });
  }
  return items;
}

/** "2 of 5 done", or null for a checklist without items. */
export function checklistProgressText(items: readonly ChecklistItem[]): string | null {
  if (items.length === 0) return null;
  return `${items.filter((i) => i.done).length} of ${items.length} done`;
}
