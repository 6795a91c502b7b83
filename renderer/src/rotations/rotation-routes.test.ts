import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../router';

describe('rotation routes', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('reads the rotation list and one rotation, and nothing deeper', () => {
    expect(parseRoute('#/rotations')).toEqual({ name: 'rotations' });
    expect(parseRoute('#/rotations/')).toEqual({ name: 'rotations' });
    expect(parseRoute(`#/rotations/${id}`)).toEqual({ name: 'rotation', id });
    expect(parseRoute(`#/rotations/${id}/log`)).toEqual({ name: 'not-found', path: `/rotations/${id}/log` });
  });

  it('round-trips with routeHash', () => {
    const routes: Route[] = [{ name: 'rotations' }, { name: 'rotation', id }];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
