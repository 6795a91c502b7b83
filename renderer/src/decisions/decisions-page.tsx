import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { KbdHint } from '../components/kbd-hint';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { useDecisionListStore } from '../stores/decision-list-store';
import { useUiStore } from '../stores/ui-store';
import { hasActiveFilters } from './decision-filters';
import { DecisionList } from './decision-list';
import { FiltersPanel } from './filters-panel';
import { useDecisionSearch } from './use-decision-search';
import { PlusIcon } from '../components/plus-icon';
import { WorkspaceFindings } from '../check/workspace-findings';

/** The decision log: search, facets and the (virtualised) list of every decision in the workspace. */
export function DecisionsPage({ workspaceId }: { workspaceId: string }) {
  const open = useDecisionListStore((state) => state.open);
  const filters = useDecisionListStore((state) => state.filters);
  const search = useDecisionSearch(workspaceId);
  const { total, firstLoad, error } = search;
  const openNewDecision = useUiStore((state) => state.openNewDecision);
  useDocumentTitle('Decisions');

  useEffect(() => open(workspaceId), [open, workspaceId]);

  const filtered = hasActiveFilters(filters);
  const noneYet = !firstLoad && !search.searching && !error && total === 0 && !filtered;

  const newDecisionButton = (
    <button type="button" className="button button-primary" onClick={() => openNewDecision()} aria-keyshortcuts="n">
      <PlusIcon />
      New decision
      <KbdHint keys="N" />
    </button>
  );

  return (
    <div className="page page-decisions">
      <PageHeader title="Decisions" subtitle={firstLoad ? '\u00a0' : countText(total)} subtitleLive actions={noneYet ? undefined : newDecisionButton} />
      <ErrorAlert message={error} />
      {noneYet ? (
        <EmptyState title="No decisions yet">
          <p className="empty-state-text">
            A decision record captures one significant choice: the context, the options weighed, and what the team
            chose and why. Start with a decision your team made recently — future you will thank you.
          </p>
          {newDecisionButton}
        </EmptyState>
      ) : (
        <>
          <SearchField />
          <WorkspaceFindings workspaceId={workspaceId} after={!firstLoad} />
          <div className="decisions-layout">
            <FiltersPanel facets={search.facets} />
            <section className="decisions-results" aria-label="Results">
              {firstLoad ? <Loading label="Loading decisions…" /> : total === 0 ? <NoMatch /> : <DecisionList search={search} />}
            </section>
          </div>
        </>
      )}
    </div>
  );
}

function countText(total: number): string {
  return `${total} ${total === 1 ? 'decision' : 'decisions'}`;
}

function SearchField() {
  const query = useDecisionListStore((state) => state.filters.query);
  const setQuery = useDecisionListStore((state) => state.setQuery);
  const focusRequested = useUiStore((state) => state.searchFocusRequested);
  const consumeFocus = useUiStore((state) => state.consumeSearchFocus);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusRequested) return;
    ref.current?.focus();
    consumeFocus();
  }, [focusRequested, consumeFocus]);

  return (
    <div className="search-field">
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" />
        <path d="M10.5 10.5L14 14" />
      </svg>
      <input
        ref={ref}
        type="search"
        className="input search-input"
        aria-label="Search decisions"
        aria-keyshortcuts="/"
        placeholder="Search titles, context, options…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // ↓ goes on into the results, to the row the list's own arrows would start from.
          if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
          const row = document.querySelector<HTMLAnchorElement>('.decision-list .decision-row-link[tabindex="0"]');
          if (!row) return;
          event.preventDefault();
          row.focus();
        }}
      />
      <KbdHint keys="/" />
    </div>
  );
}

function NoMatch() {
  const clearFilters = useDecisionListStore((state) => state.clearFilters);
  return (
    <EmptyState title="No decisions match">
      <p className="empty-state-text">Nothing fits this search and these filters. Try fewer words or fewer filters.</p>
      <button type="button" className="button" onClick={clearFilters}>
        Clear filters
      </button>
    </EmptyState>
  );
}
