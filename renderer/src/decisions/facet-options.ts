import { BUILTIN_STATUSES } from '../../../shared/domain/decision-status';

/** A facet value with how many decisions have it. */
export interface FacetOption {
  value: string;
  count: number;
}

/** A status facet value; null counts the decisions with no status. */
export interface StatusOption {
  value: string | null;
  count: number;
}

/**
 * The status checkboxes: every status present plus any checked one (so a checked box never
 * vanishes), built-in statuses in their lifecycle order, then custom ones by name, then "No status".
 */
export function statusOptions(counts: readonly StatusOption[], checked: readonly (string | null)[]): StatusOption[] {
  const options = withChecked(counts, checked);
  const rank = (status: string | null) => {
    if (status === null) return BUILTIN_STATUSES.length + 1;
    const builtin = (BUILTIN_STATUSES as readonly string[]).indexOf(status);
    return builtin === -1 ? BUILTIN_STATUSES.length : builtin;
  };
  return options.sort((a, b) => rank(a.value) - rank(b.value) || (a.value ?? '').localeCompare(b.value ?? ''));
}

/** The tag checkboxes: most used first, then by name; checked tags always included. */
export function tagOptions(counts: readonly FacetOption[], checked: readonly string[]): FacetOption[] {
  return withChecked(counts, checked).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function withChecked<T extends string | null>(counts: readonly { value: T; count: number }[], checked: readonly T[]): { value: T; count: number }[] {
  const present = new Set(counts.map((c) => c.value));
  return [...counts, ...checked.filter((value) => !present.has(value)).map((value) => ({ value, count: 0 }))];
}
