import { describe, expect, it } from 'vitest';
import { fitViewport, MAX_SCALE, MIN_SCALE, panBy, zoomAt } from './viewport';

describe('fitViewport', () => {
  it('shrinks a large graph to fit the canvas and centres it', () => {
    const view = fitViewport({ width: 4000, height: 2000 }, { width: 1000, height: 600 });
    expect(view.scale).toBeCloseTo(952 / 4000);
    expect(view.x).toBeCloseTo((1000 - 4000 * view.scale) / 2);
  });

  it('never enlarges a small graph past 100 %', () => {
    expect(fitViewport({ width: 200, height: 60 }, { width: 1000, height: 600 }).scale).toBe(1);
  });
});

describe('zoomAt', () => {
  it('keeps the point under the pointer where it was', () => {
    const before = { scale: 1, x: 10, y: 20 };
    const after = zoomAt(before, 2, 110, 220);
    // The graph point under (110, 220) was (100, 200) before and must still be there.
    expect((110 - after.x) / after.scale).toBeCloseTo(100);
    expect((220 - after.y) / after.scale).toBeCloseTo(200);
  });

  it('stays within the zoom limits', () => {
    expect(zoomAt({ scale: 1, x: 0, y: 0 }, 100, 0, 0).scale).toBe(MAX_SCALE);
    expect(zoomAt({ scale: 1, x: 0, y: 0 }, 0.0001, 0, 0).scale).toBe(MIN_SCALE);
  });
});

describe('panBy', () => {
  it('moves the graph with the pointer', () => {
    expect(panBy({ scale: 2, x: 5, y: 5 }, 10, -3)).toEqual({ scale: 2, x: 15, y: 2 });
  });
});
