import type { SearchDecisionsInput } from '../../../shared/api/contract';

/** What the person narrowed the decision list by, as the filter controls hold it. */
export interface DecisionFilters {
  query: string;
  /** null is "No status". */
  statuses: (string | null)[];
  tags: string[];
  person: string;
  dateFrom: string;
  dateTo: string;
  /** Only decisions whose date is unknown ("No date"); the date range is then empty. */
  undated: boolean;
}

export const NO_FILTERS: DecisionFilters = { query: '', statuses: [], tags: [], person: '', dateFrom: '', dateTo: '', undated: false };

/** Whether anything narrows the list, i.e. whether an empty list means "no match" rather than "none yet". */
export function hasActiveFilters(filters: DecisionFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.statuses.length > 0 ||
    filters.tags.length > 0 ||
    filters.person.trim() !== '' ||
    filters.dateFrom !== '' ||
    filters.dateTo !== '' ||
    filters.undated
  );
}

/** The searchDecisions input for one page of the list; a text query ranks by relevance. */
export function searchInput(workspaceId: string, filters: DecisionFilters, offset: number, limit: number): SearchDecisionsInput {
  const query = filters.query.trim();
  const person = filters.person.trim();
  return {
    workspaceId,
    query,
    statuses: filters.statuses,
    tags: filters.tags,
    undated: filters.undated,
    ...(person ? { person } : {}),
    ...(filters.dateFrom ? { dateFrom: filters.dateFrom } : {}),
    ...(filters.dateTo ? { dateTo: filters.dateTo } : {}),
    sort: query ? 'relevance' : 'number',
    order: 'desc',
    offset,
    limit,
  };
}

/** Adds the value when absent, removes it when present. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
