import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './router';

describe('parseRoute', () => {
  it('shows the team\'s home for an empty hash', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/home')).toEqual({ name: 'home' });
    expect(parseRoute('#/decisions')).toEqual({ name: 'decisions' });
  });

  it('reads every page the app has', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseRoute(`#/decisions/${id}`)).toEqual({ name: 'decision', id });
    expect(parseRoute(`#/decisions/${id}/edit`)).toEqual({ name: 'edit', id });
    expect(parseRoute(`#/decisions/${id}/history`)).toEqual({ name: 'history', id });
    expect(parseRoute('#/decisions/new')).toEqual({ name: 'new-decision' });
    expect(parseRoute('#/review')).toEqual({ name: 'review' });
    expect(parseRoute('#/graph')).toEqual({ name: 'graph' });
    expect(parseRoute('#/graph/abc')).toEqual({ name: 'graph', id: 'abc' });
    expect(parseRoute('#/timeline')).toEqual({ name: 'timeline' });
  });

  it('reads the sessions list and one session', () => {
    expect(parseRoute('#/sessions')).toEqual({ name: 'sessions' });
    expect(parseRoute('#/sessions/abc')).toEqual({ name: 'session', id: 'abc' });
    expect(parseRoute(routeHash({ name: 'session', id: 'a b' }))).toEqual({ name: 'session', id: 'a b' });
  });

  it('names an unknown path rather than guessing', () => {
    expect(parseRoute('#/preferences')).toEqual({ name: 'not-found', path: '/preferences' });
  });

  it('round-trips with routeHash', () => {
    const routes: Route[] = [{ name: 'home' }, { name: 'graph' }, { name: 'graph', id: 'abc' }, { name: 'timeline' }, { name: 'decisions' }, { name: 'edit', id: 'abc' }, { name: 'new-decision' }, { name: 'review' }, { name: 'settings' }];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
