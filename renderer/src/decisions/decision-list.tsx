import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDecisionListStore } from '../stores/decision-list-store';
import { DecisionRow } from './decision-row';
import type { DecisionSearch } from './use-decision-search';

const ROW_HEIGHT = 60;
/** Fetch the next page when the rendered rows come this close to the last loaded one. */
const LOAD_AHEAD_ROWS = 100;

/**
 * The list of decisions, virtualised: only the rows in view (plus a few either side) are in the
 * DOM, and further pages load as the view nears the end, so 10,000 decisions scroll smoothly.
 * ArrowUp/ArrowDown (and Home/End, PageUp/PageDown) move focus between rows; Enter opens one.
 */
export function DecisionList({ search }: { search: DecisionSearch }) {
  const { items, total, loadingMore, loadMore, resultsKey } = search;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  // The app does not use the React Compiler, so the virtualizer's unmemoisable API costs nothing here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset: () => useDecisionListStore.getState().scrollOffset,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.at(-1)?.index ?? -1;
  // The row Tab lands on: the last one used, or the first in view when that one scrolled away.
  const tabbableIndex = rows.some((row) => row.index === activeIndex) ? activeIndex : (rows[0]?.index ?? 0);

  useEffect(() => {
    if (lastRendered >= items.length - LOAD_AHEAD_ROWS && items.length < total) loadMore();
  }, [lastRendered, items.length, total, loadMore]);

  // New filters make a new list: show it from the top (a refresh of the same list keeps its place).
  const shownResults = useRef(resultsKey);
  useEffect(() => {
    if (resultsKey === null || shownResults.current === resultsKey) return;
    shownResults.current = resultsKey;
    virtualizer.scrollToOffset(0);
    setActiveIndex(0);
  }, [resultsKey, virtualizer]);

  // A row moved to by keyboard may not be rendered yet; focus it once it is.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const link = rowLink(scrollRef.current, pendingFocus.current);
    if (!link) return;
    pendingFocus.current = null;
    link.focus({ preventScroll: true });
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const link = rowLink(scrollRef.current, target);
    if (link) link.focus({ preventScroll: true });
    else pendingFocus.current = target;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div
      ref={scrollRef}
      className="decision-list-scroll"
      onKeyDown={onKeyDown}
      onScroll={(event) => useDecisionListStore.getState().setScrollOffset(event.currentTarget.scrollTop)}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
        if (row) setActiveIndex(Number(row.dataset.index));
      }}
    >
      <div role="list" aria-label="Decisions" className="decision-list" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const decision = items[row.index];
          if (!decision) return null;
          return (
            <div
              key={decision.id}
              role="listitem"
              className="decision-row"
              data-index={row.index}
              aria-posinset={row.index + 1}
              aria-setsize={total}
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              <DecisionRow decision={decision} tabbable={row.index === tabbableIndex} />
            </div>
          );
        })}
      </div>
      {loadingMore && <p className="list-more">Loading more decisions…</p>}
    </div>
  );
}

function rowLink(container: HTMLElement | null, index: number): HTMLAnchorElement | null {
  return container?.querySelector<HTMLAnchorElement>(`[data-index="${index}"] a`) ?? null;
}
