import { useId } from 'react';
import type { Route } from '../router';

const SHORTCUTS = [
  ['N', 'Start a decision'],
  ['/', 'Search'],
  ['E', 'Edit the open one'],
  ['↑ ↓', 'Move in the list'],
] as const;

/** The sidebar: where the person can go, and the keys that help them get there. */
export function AppNav({ route }: { route: Route }) {
  const titleId = useId();
  const inDecisions = route.name === 'decisions' || route.name === 'decision' || route.name === 'edit' || route.name === 'history';
  return (
    <div className="app-sidebar">
      <nav aria-label="Main" className="app-nav">
        <a href="#/decisions" className="nav-link" aria-current={inDecisions ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 4h10M3 8h10M3 12h6" />
          </svg>
          Decisions
        </a>
        <a href="#/review" className="nav-link" aria-current={route.name === 'review' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="5.5" />
            <path d="M8 5v3.2l2 1.3" />
          </svg>
          Due for review
        </a>
      </nav>
      <section className="shortcut-list" aria-labelledby={titleId}>
        <h2 id={titleId} className="shortcut-title">
          Shortcuts
        </h2>
        <dl>
          {SHORTCUTS.map(([keys, meaning]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
