import type { DecisionContent } from '../../../shared/domain/decision';
import { formatDecisionNumber } from '../../../shared/domain/decision';

type Field = keyof DecisionContent;

const FIELD_WORDS: Record<Field, string> = {
  title: 'title',
  status: 'status',
  date: 'date',
  reviewBy: 'review-by date',
  decisionMakers: 'decision-makers',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
  context: 'context',
  drivers: 'drivers',
  options: 'options',
  chosenOption: 'chosen option',
  outcome: 'outcome',
  consequences: 'consequences',
  confirmation: 'confirmation',
  moreInformation: 'more information',
  extraSections: 'extra sections',
};
const FIELDS = Object.keys(FIELD_WORDS) as Field[];

/** The content fields whose values differ, in the order a decision shows them. */
export function changedFields(before: DecisionContent, after: DecisionContent): Field[] {
  return FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
}

/**
 * A revision's summary in words: "Status: proposed → accepted", "Edited title, context and options",
 * or both joined by "; ". Null when nothing changed, because such a save makes no revision.
 */
export function describeChanges(before: DecisionContent, after: DecisionContent): string | null {
  const changed = changedFields(before, after);
  if (changed.length === 0) return null;
  const parts: string[] = [];
  if (changed.includes('status')) parts.push(describeStatusChange(before.status, after.status));
  const edited = changed.filter((f) => f !== 'status').map((f) => FIELD_WORDS[f]);
  if (edited.length > 0) parts.push(`${parts.length > 0 ? 'edited' : 'Edited'} ${joinWords(edited)}`);
  return parts.join('; ');
}

/** "Status: proposed → accepted"; an unknown status is "no status". */
export function describeStatusChange(from: string | null, to: string | null): string {
  return `Status: ${from ?? 'no status'} → ${to ?? 'no status'}`;
}

/** "Status: accepted → superseded (superseded by 0002)", for the revision superseding makes. */
export function describeSupersede(from: string | null, successorNumber: number): string {
  return `${describeStatusChange(from, 'superseded')} (superseded by ${formatDecisionNumber(successorNumber)})`;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// Key order must not count as a change: stored JSON and freshly parsed input may order keys differently.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
