import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './router';

describe('parseRoute', () => {
  it('shows the decision list for an empty hash', () => {
    expect(parseRoute('')).toEqual({ name: 'decisions' });
    expect(parseRoute('#/')).toEqual({ name: 'decisions' });
  });

  it('reads every page the app has', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseRoute(`#/decisions/${id}`)).toEqual({ name: 'decision', id });
    expect(parseRoute(`#/decisions/${id}/edit`)).toEqual({ name: 'edit', id });
    expect(parseRoute(`#/decisions/${id}/history`)).toEqual({ name: 'history', id });
    expect(parseRoute('#/review')).toEqual({ name: 'review' });
  });

  it('names an unknown path rather than guessing', () => {
    expect(parseRoute('#/settings')).toEqual({ name: 'not-found', path: '/settings' });
  });

  it('round-trips with routeHash', () => {
    const routes: Route[] = [{ name: 'decisions' }, { name: 'edit', id: 'abc' }, { name: 'review' }];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
