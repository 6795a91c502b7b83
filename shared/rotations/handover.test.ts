import { describe, expect, it } from 'vitest';
import { computeSchedule } from './fair-schedule';
import { handoverToNext } from './handover';
import type { SchedulePlan } from './rotation-model';

const plan: SchedulePlan = {
  startDate: '2026-01-05',
  cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
  members: ['Ada', 'Grace', 'Linus'].map((name) => ({ id: name.toLowerCase(), name, activeFrom: null, activeUntil: null })),
  overrides: [],
  cap: null,
};
const nameOf = (id: string) => plan.members.find((m) => m.id === id)?.name;

describe('handover to the next holder', () => {
  it('gives the latest handover to whoever holds the next turn now, after a swap too', () => {
    const log = [
      { date: '2026-01-05', holderName: 'Ada', handover: 'Rotate the API keys' },
      { date: '2026-01-12', holderName: 'Grace', handover: '  Pager is flaky; see ticket 42  ' },
      { date: '2026-01-13', holderName: 'Grace', handover: '' },
    ];
    const plain = computeSchedule(plan, { from: '2026-01-12', count: 4 }).occurrences;
    expect(handoverToNext(log, plain, nameOf)).toEqual({
      fromDate: '2026-01-12',
      fromName: 'Grace',
      text: 'Pager is flaky; see ticket 42',
      toDate: '2026-01-19',
      toMemberId: 'linus',
    });
    const swapped = computeSchedule({ ...plan, overrides: [{ id: 's', type: 'swap', dateA: '2026-01-19', dateB: '2026-01-26' }] }, { from: '2026-01-12', count: 4 }).occurrences;
    expect(handoverToNext(log, swapped, nameOf)).toMatchObject({ toDate: '2026-01-19', toMemberId: 'ada' });
  });

  it('passes over a next turn the writer holds again, and has nothing without a handover', () => {
    const covered = computeSchedule({ ...plan, overrides: [{ id: 'c', type: 'cover', date: '2026-01-19', memberId: 'grace' }] }, { from: '2026-01-12', count: 4 }).occurrences;
    expect(handoverToNext([{ date: '2026-01-12', holderName: 'grace', handover: 'x' }], covered, nameOf)).toMatchObject({ toDate: '2026-01-26' });
    expect(handoverToNext([{ date: '2026-01-12', holderName: 'Grace', handover: ' ' }], covered, nameOf)).toBeNull();
  });
});
