// The search feature's public entry: other features and the core's root import it from here only.
export { RANK, type DecisionSearch } from './decision-search';
export type { SearchIndex } from './search-index';
export { peopleOf, toSearchDocument } from './search-document';
export { toFtsQuery } from './search-query';
export { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './summary-row';
