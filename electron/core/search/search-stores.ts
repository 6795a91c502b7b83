import type { Database } from 'better-sqlite3';
import { DecisionSearch } from './decision-search';
import { FacetCounter } from './facet-counter';
import { SearchIndex } from './search-index';

/**
 * Search over one connection: the index the decision store writes through, the facet counts it keeps
 * fresh (the context tells them when a write begins and commits), and the search that reads both.
 */
export interface SearchStores {
  facets: FacetCounter;
  index: SearchIndex;
  search: DecisionSearch;
}

export function createSearchStores(db: Database): SearchStores {
  const facets = new FacetCounter(db);
  return { facets, index: new SearchIndex(db, (seq) => facets.changed(seq)), search: new DecisionSearch(db, facets) };
}
