import { useId } from 'react';
import type { Route } from '../router';
import { NAV_PANEL_ID } from './nav-menu';

const SHORTCUTS = [
  ['Ctrl K', 'Go to anything'],
  ['?', 'All shortcuts'],
  ['N', 'Start a decision'],
  ['/', 'Search'],
  ['E', 'Edit the open one'],
  ['↑ ↓', 'Move in the list'],
] as const;

/** The sidebar: where the person can go, and the keys that help them get there. `open` matters only in a narrow window, where it is a menu. */
export function AppNav({ route, open }: { route: Route; open: boolean }) {
  const titleId = useId();
  const inDecisions = route.name === 'decisions' || route.name === 'decision' || route.name === 'edit' || route.name === 'new-decision' || route.name === 'history';
  return (
    <div id={NAV_PANEL_ID} className="app-sidebar" data-open={open || undefined}>
      <nav aria-label="Main" className="app-nav">
        <a href="#/home" className="nav-link" aria-current={route.name === 'home' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2.5 7.5 8 3l5.5 4.5M4 6.5V13h8V6.5" />
          </svg>
          Home
        </a>
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
        <a href="#/graph" className="nav-link" aria-current={route.name === 'graph' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="4" cy="4" r="2" />
            <circle cx="12" cy="6" r="2" />
            <circle cx="6" cy="12.5" r="2" />
            <path d="M5.8 4.6 10.2 5.5M4.6 5.9 5.5 10.6" />
          </svg>
          Graph
        </a>
        <a href="#/timeline" className="nav-link" aria-current={route.name === 'timeline' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2 8h12M4.5 5.5v5M8 4v8M11.5 6v4" />
          </svg>
          Timeline
        </a>
        <a href="#/sync" className="nav-link" aria-current={route.name === 'sync' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 2.5h5l3 3v8H4z" />
            <path d="M9 2.5v3h3M6 9h4M6 11.5h4" />
          </svg>
          Markdown files
        </a>
        <a href="#/sessions" className="nav-link" aria-current={route.name === 'sessions' || route.name === 'session' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="5" cy="6" r="2" />
            <circle cx="11" cy="6" r="2" />
            <path d="M1.5 13c.5-2 2-3 3.5-3s3 1 3.5 3M7.5 13c.5-2 2-3 3.5-3s3 1 3.5 3" />
          </svg>
          Sessions
        </a>
        <a href="#/goals" className="nav-link" aria-current={route.name === 'goals' || route.name === 'goal' || route.name === 'goal-editor' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="5.5" />
            <circle cx="8" cy="8" r="2.5" />
            <path d="M8 8l5-5" />
          </svg>
          Goals
        </a>
        <a href="#/rotations" className="nav-link" aria-current={route.name === 'rotations' || route.name === 'rotation' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" />
            <path d="M13.5 2.5v2.5H11" />
          </svg>
          Rotations
        </a>
        <a href="#/settings" className="nav-link" aria-current={route.name === 'settings' ? 'page' : undefined}>
          <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 4.5h10M3 8h10M3 11.5h10" />
            <circle cx="6" cy="4.5" r="1.5" />
            <circle cx="10.5" cy="8" r="1.5" />
            <circle cx="5" cy="11.5" r="1.5" />
          </svg>
          Settings
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
