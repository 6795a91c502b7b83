import { useSyncExternalStore } from 'react';

/** The screens the app can show, as the hash names them. */
export type Route =
  | { name: 'decisions' }
  | { name: 'decision'; id: string }
  | { name: 'edit'; id: string }
  | { name: 'history'; id: string }
  | { name: 'review' }
  | { name: 'not-found'; path: string };

/** Reads a location hash ("#/decisions/<id>/edit") as a route; an empty hash is the decision list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/decisions') return { name: 'decisions' };
  if (path === '/review') return { name: 'review' };
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
    case 'decisions':
      return '#/decisions';
    case 'review':
      return '#/review';
    case 'decision':
      return `#/decisions/${encodeURIComponent(route.id)}`;
    case 'edit':
      return `#/decisions/${encodeURIComponent(route.id)}/edit`;
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
