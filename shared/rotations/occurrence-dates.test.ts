import { describe, expect, it } from 'vitest';
import { daysBetween, nthWeekdayOfMonth, occurrenceDates, weekdayOf } from './occurrence-dates';
import type { Cadence } from './rotation-model';

function first(cadence: Cadence, start: string, n: number): string[] {
  const dates: string[] = [];
  for (const date of occurrenceDates(cadence, start)) {
    dates.push(date);
    if (dates.length === n) break;
  }
  return dates;
}

describe('occurrence dates', () => {
  it('meets weekly on the weekday, starting on the first one on or after the start date', () => {
    // 2026-01-07 is a Wednesday; Friday is weekday 5.
    expect(first({ kind: 'weekly', weekday: 5, everyWeeks: 1 }, '2026-01-07', 3)).toEqual(['2026-01-09', '2026-01-16', '2026-01-23']);
    expect(first({ kind: 'weekly', weekday: 3, everyWeeks: 1 }, '2026-01-07', 2)).toEqual(['2026-01-07', '2026-01-14']);
  });

  it('meets every N weeks', () => {
    expect(first({ kind: 'weekly', weekday: 1, everyWeeks: 2 }, '2026-01-01', 3)).toEqual(['2026-01-05', '2026-01-19', '2026-02-02']);
  });

  it('meets monthly on the nth or the last weekday, across a year end', () => {
    expect(first({ kind: 'monthly', weekday: 2, nth: 1 }, '2025-11-05', 3)).toEqual(['2025-12-02', '2026-01-06', '2026-02-03']);
    expect(first({ kind: 'monthly', weekday: 5, nth: -1 }, '2026-01-01', 3)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    expect(nthWeekdayOfMonth(2026, 3, 4, 4)).toBe('2026-03-26');
  });

  it('knows weekdays and day distances', () => {
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });
});
