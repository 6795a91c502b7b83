import { describe, expect, it } from 'vitest';
import { computeSchedule } from './fair-schedule';
import type { SchedulePlan } from './rotation-model';
import { defaultTurnLength, turnSpans } from './turn-span';

const weekly: SchedulePlan = {
  startDate: '2026-10-12',
  cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
  members: ['a', 'b'].map((id) => ({ id, name: id, activeFrom: null, activeUntil: null })),
  overrides: [{ id: 's', type: 'skip', date: '2026-10-26', reason: 'Offsite' }],
  cap: null,
};

function iso(spans: { startsAt: Date; endsAt: Date }[]): string[][] {
  return spans.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()]);
}

describe('turn spans', () => {
  it('holds a weekly role for a week, through a skipped date and across a clock change', () => {
    const { occurrences } = computeSchedule(weekly, { from: '2026-10-12', count: 3 });
    const spans = turnSpans(weekly, { time: '09:00', timeZone: 'Europe/Berlin', length: defaultTurnLength({ kind: 'role', durationMinutes: 480 }) }, occurrences);
    expect(iso(spans)).toEqual([
      ['2026-10-12T07:00:00.000Z', '2026-10-19T07:00:00.000Z'],
      // The 26th is skipped, so the holder keeps the role until 2 November; the clocks went back on 25 October.
      ['2026-10-19T07:00:00.000Z', '2026-11-02T08:00:00.000Z'],
      ['2026-10-26T08:00:00.000Z', '2026-11-02T08:00:00.000Z'],
    ]);
  });

  it('lasts the set minutes for a teaching session or a fixed role', () => {
    const { occurrences } = computeSchedule(weekly, { from: '2026-10-12', count: 1 });
    expect(iso(turnSpans(weekly, { time: '15:00', timeZone: 'UTC', length: defaultTurnLength({ kind: 'teaching', durationMinutes: 45 }) }, occurrences))).toEqual([
      ['2026-10-12T15:00:00.000Z', '2026-10-12T15:45:00.000Z'],
    ]);
    expect(iso(turnSpans(weekly, { time: '09:00', timeZone: 'UTC', length: { kind: 'fixed', minutes: 3 * 24 * 60 } }, occurrences))).toEqual([
      ['2026-10-12T09:00:00.000Z', '2026-10-15T09:00:00.000Z'],
    ]);
  });

  it('runs a monthly role to the next month’s meeting', () => {
    const monthly: SchedulePlan = { ...weekly, overrides: [], cadence: { kind: 'monthly', weekday: 4, nth: -1 } };
    const { occurrences } = computeSchedule(monthly, { from: '2026-10-12', count: 2 });
    expect(iso(turnSpans(monthly, { time: '10:00', timeZone: 'UTC', length: { kind: 'untilNextTurn' } }, occurrences))).toEqual([
      ['2026-10-29T10:00:00.000Z', '2026-11-26T10:00:00.000Z'],
      ['2026-11-26T10:00:00.000Z', '2026-12-31T10:00:00.000Z'],
    ]);
  });
});
