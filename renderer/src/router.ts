import { useSyncExternalStore } from 'react';

/** The screens the app can show, as the hash names them. */
export type Route =
  | { name: 'home' }
  /** The whole graph's overview, or with `id` the neighbourhood of that decision. */
  | { name: 'graph'; id?: string }
  | { name: 'timeline' }
  | { name: 'decisions' }
  | { name: 'decision'; id: string }
  | { name: 'edit'; id: string }
  /** The editor of a new decision that is not saved yet (it has no id before its first save). */
  | { name: 'new-decision' }
  | { name: 'history'; id: string }
  | { name: 'review' }
  | { name: 'sync' }
  | { name: 'settings' }
  | { name: 'goals' }
  | { name: 'goal'; id: string }
  | { name: 'goal-editor'; id: string | null }
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'rotations' }
  | { name: 'rotation'; id: string }
  | { name: 'not-found'; path: string };

/** Reads a location hash ("#/decisions/<id>/edit") as a route; an empty hash is the team's home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/home') return { name: 'home' };
  if (path === '/graph') return { name: 'graph' };
  const graphFocus = /^\/graph\/([^/]+)$/.exec(path);
  if (graphFocus?.[1]) return { name: 'graph', id: decodeURIComponent(graphFocus[1]) };
  if (path === '/timeline') return { name: 'timeline' };
  if (path === '/decisions') return { name: 'decisions' };
  if (path === '/decisions/new') return { name: 'new-decision' };
  if (path === '/review') return { name: 'review' };
  if (path === '/sync') return { name: 'sync' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/rotations') return { name: 'rotations' };
  const rotation = /^\/rotations\/([^/]+)$/.exec(path);
  if (rotation?.[1]) return { name: 'rotation', id: decodeURIComponent(rotation[1]) };
  if (path === '/sessions') return { name: 'sessions' };
  const session = /^\/sessions\/([^/]+)$/.exec(path);
  if (session?.[1]) return { name: 'session', id: decodeURIComponent(session[1]) };
  if (path === '/goals') return { name: 'goals' };
  if (path === '/goals/new') return { name: 'goal-editor', id: null };
  const goal = /^\/goals\/([^/]+)(\/edit)?$/.exec(path);
  if (goal?.[1]) {
    const id = decodeURIComponent(goal[1]);
    return goal[2] ? { name: 'goal-editor', id } : { name: 'goal', id };
  }
  const match = /^\/decisions\/([^/]+)(?:\/(edit|history))?$/.exec(path);
  if (match?.[1]) {
    const id = decodeURIComponent(match[1]);
    if (match[2] === 'edit') return { name: 'edit', id };
    if (match[2] === 'history') return { name: 'history', id };
    return { name: 'decision', id };
  }
  return { name: 'not-found', path };
}

/** The hash that shows a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/home';
    case 'graph':
      return route.id ? `#/graph/${encodeURIComponent(route.id)}` : '#/graph';
    case 'timeline':
      return '#/timeline';
    case 'decisions':
      return '#/decisions';
    case 'review':
      return '#/review';
    case 'sync':
      return '#/sync';
    case 'settings':
      return '#/settings';
    case 'rotations':
      return '#/rotations';
    case 'rotation':
      return `#/rotations/${encodeURIComponent(route.id)}`;
    case 'sessions':
      return '#/sessions';
    case 'session':
      return `#/sessions/${encodeURIComponent(route.id)}`;
    case 'goals':
      return '#/goals';
    case 'goal':
      return `#/goals/${encodeURIComponent(route.id)}`;
    case 'goal-editor':
      return route.id === null ? '#/goals/new' : `#/goals/${encodeURIComponent(route.id)}/edit`;
    case 'decision':
      return `#/decisions/${encodeURIComponent(route.id)}`;
    case 'edit':
      return `#/decisions/${encodeURIComponent(route.id)}/edit`;
    case 'new-decision':
      return '#/decisions/new';
    case 'history':
      return `#/decisions/${encodeURIComponent(route.id)}/history`;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Shows a route; with replace, the current history entry is swapped so Back skips it. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeHash(route);
  if (options.replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
