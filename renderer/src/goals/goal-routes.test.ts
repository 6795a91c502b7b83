import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../router';

describe('goal routes', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('reads the goal list, a goal, its editor and a new goal', () => {
    expect(parseRoute('#/goals')).toEqual({ name: 'goals' });
    expect(parseRoute(`#/goals/${id}`)).toEqual({ name: 'goal', id });
    expect(parseRoute(`#/goals/${id}/edit`)).toEqual({ name: 'goal-editor', id });
    expect(parseRoute('#/goals/new')).toEqual({ name: 'goal-editor', id: null });
  });

  it('round-trips with routeHash', () => {
    const routes: Route[] = [{ name: 'goals' }, { name: 'goal', id }, { name: 'goal-editor', id }, { name: 'goal-editor', id: null }];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
