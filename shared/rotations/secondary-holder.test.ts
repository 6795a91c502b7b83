import { describe, expect, it } from 'vitest';
import { computeSchedule } from './fair-schedule';
import type { SchedulePlan } from './rotation-model';
import { secondaryHolders } from './secondary-holder';

const plan: SchedulePlan = {
  startDate: '2026-01-05',
  cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
  members: ['a', 'b', 'c'].map((id) => ({ id, name: id, activeFrom: null, activeUntil: null })),
  overrides: [],
  cap: null,
};

describe('secondary holders', () => {
  it('backs each turn up with the next holder', () => {
    const { occurrences } = computeSchedule(plan, { from: '2026-01-05', count: 4 });
    expect(secondaryHolders(plan, occurrences)).toEqual(['b', 'c', 'a', null]);
  });

  it('skips a next holder who is absent on the date, and leaves skipped dates without one', () => {
    const away: SchedulePlan = {
      ...plan,
      overrides: [
        { id: 'x', type: 'absence', memberId: 'b', from: '2026-01-05', to: '2026-01-05', reason: '' },
        { id: 's', type: 'skip', date: '2026-01-19', reason: 'Holiday' },
      ],
    };
    const { occurrences } = computeSchedule(away, { from: '2026-01-05', count: 5 });
    // b holds the next turn but is away on the 5th, so c backs a up that day.
    expect(occurrences.map((o) => (o.status === 'scheduled' ? o.memberId : o.status))).toEqual(['a', 'b', 'skipped', 'c', 'a']);
    expect(secondaryHolders(away, occurrences)).toEqual(['c', 'c', null, 'a', null]);
  });
});
