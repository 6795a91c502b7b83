import type { DecisionContent } from '../../../shared/domain/decision';

const FIELDS = [
  'title',
  'status',
  'date',
  'reviewBy',
  'decisionMakers',
  'consulted',
  'informed',
  'tags',
  'context',
  'drivers',
  'options',
  'chosenOption',
  'outcome',
  'consequences',
  'confirmation',
  'moreInformation',
  'extraSections',
] as const satisfies readonly (keyof DecisionContent)[];

/**
 * The fields of `next` that differ from `saved`, and only those: Save sends just these, so the
 * revision summary says what really changed and an untouched field never overwrites a newer value.
 */
export function changedFields(saved: DecisionContent, next: DecisionContent): Partial<DecisionContent> {
  const changes: Partial<DecisionContent> = {};
  for (const field of FIELDS) {
    if (!sameValue(saved[field], next[field])) Object.assign(changes, { [field]: next[field] });
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
