import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from './fair-schedule';
import type { PlanMember, PlanOverride, ScheduledOccurrence, SchedulePlan } from './rotation-model';

function member(id: string, activeFrom: string | null = null, activeUntil: string | null = null): PlanMember {
  return { id, name: id.toUpperCase(), activeFrom, activeUntil };
}

/** Fridays from 2026-01-02. */
function fridays(members: PlanMember[], overrides: PlanOverride[] = [], cap: SchedulePlan['cap'] = null): SchedulePlan {
  return { startDate: '2026-01-02', cadence: { kind: 'weekly', weekday: 5, everyWeeks: 1 }, members, overrides, cap };
}

function holders(occurrences: readonly ScheduledOccurrence[]): string[] {
  return occurrences.map((o) => (o.status === 'scheduled' ? o.memberId : `(${o.status})`));
}

const abc = [member('a'), member('b'), member('c')];

describe('fair schedule', () => {
  it('rotates through members in order', () => {
    const { occurrences, ledger } = computeSchedule(fridays(abc), { from: '2026-01-02', count: 6 });
    expect(occurrences.map((o) => o.date)).toEqual(['2026-01-02', '2026-01-09', '2026-01-16', '2026-01-23', '2026-01-30', '2026-02-06']);
    expect(holders(occurrences)).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
    expect(ledger.map((l) => [l.memberId, l.held, l.upcoming])).toEqual([
      ['a', 0, 2],
      ['b', 0, 2],
      ['c', 0, 2],
    ]);
  });

  it('counts turns before the window as held, and continues the rotation from the past', () => {
    const { occurrences, ledger } = computeSchedule(fridays(abc), { from: '2026-01-20', count: 3 });
    expect(holders(occurrences)).toEqual(['a', 'b', 'c']);
    expect(ledger.map((l) => l.held)).toEqual([1, 1, 1]);
  });

  it('skips a holiday without using anybody’s turn', () => {
    const plan = fridays(abc, [{ id: 's', type: 'skip', date: '2026-01-09', reason: 'Holiday' }]);
    const { occurrences } = computeSchedule(plan, { from: '2026-01-02', count: 4 });
    expect(holders(occurrences)).toEqual(['a', '(skipped)', 'b', 'c']);
    expect(occurrences[1]).toMatchObject({ status: 'skipped', reason: 'Holiday' });
  });

  it('passes over an absent member and gives them the next turn after they return', () => {
    const plan = fridays(abc, [{ id: 'x', type: 'absence', memberId: 'b', from: '2026-01-05', to: '2026-01-20', reason: '' }]);
    const { occurrences, ledger } = computeSchedule(plan, { from: '2026-01-02', count: 6 });
    // b is away on the 9th and 16th; b keeps the place at the front and takes the 23rd.
    expect(holders(occurrences)).toEqual(['a', 'c', 'a', 'b', 'c', 'a']);
    expect(occurrences[1]).toMatchObject({ passedOver: ['b'] });
    expect(ledger.map((l) => l.upcoming)).toEqual([3, 1, 2]);
  });

  it('leaves a turn unassigned when everyone is away', () => {
    const away = abc.map((m, i): PlanOverride => ({ id: `x${i}`, type: 'absence', memberId: m.id, from: '2026-01-09', to: '2026-01-09', reason: '' }));
    const { occurrences } = computeSchedule(fridays(abc, away), { from: '2026-01-02', count: 3 });
    expect(holders(occurrences)).toEqual(['a', '(unassigned)', 'b']);
  });

  it('swaps two holders and moves nobody else', () => {
    const plan = fridays(abc, [{ id: 'w', type: 'swap', dateA: '2026-01-09', dateB: '2026-01-23' }]);
    const { occurrences, ledger } = computeSchedule(plan, { from: '2026-01-02', count: 6 });
    expect(holders(occurrences)).toEqual(['a', 'a', 'c', 'b', 'b', 'c']);
    expect(occurrences[1]).toMatchObject({ source: 'swap' });
    expect(ledger.map((l) => l.upcoming)).toEqual([2, 2, 2]);
  });

  it('drops a swap once a holder is away on the date it would give them, and says why', () => {
    // b swapped into the 23rd, then marked the 23rd away: the plain turns stand.
    const plan = fridays(abc, [
      { id: 'w', type: 'swap', dateA: '2026-01-09', dateB: '2026-01-23' },
      { id: 'x', type: 'absence', memberId: 'b', from: '2026-01-23', to: '2026-01-23', reason: '' },
    ]);
    const schedule = computeSchedule(plan, { from: '2026-01-02', count: 4 });
    expect(holders(schedule.occurrences)).toEqual(['a', 'b', 'c', 'a']);
    expect(schedule.unapplied).toEqual([{ overrideId: 'w', reason: 'B is away on 2026-01-23' }]);
  });

  it('applies a swap whose second date lies beyond the window', () => {
    // 2026-03-13 is the eleventh Friday, b's turn in the plain rotation.
    const plan = fridays(abc, [{ id: 'w', type: 'swap', dateA: '2026-01-02', dateB: '2026-03-13' }]);
    expect(holders(computeSchedule(plan, { from: '2026-01-02', count: 2 }).occurrences)).toEqual(['b', 'b']);
  });

  it('records a cover as owed and repays it on the coverer’s next turn', () => {
    // c takes b's turn on the 9th; b then takes c's next turn (the 16th), and the queue goes on as before.
    const plan = fridays(abc, [{ id: 'v', type: 'cover', date: '2026-01-09', memberId: 'c' }]);
    const { occurrences } = computeSchedule(plan, { from: '2026-01-02', count: 6 });
    expect(holders(occurrences)).toEqual(['a', 'c', 'b', 'a', 'b', 'c']);
    expect(occurrences.map((o) => (o.status === 'scheduled' ? o.source : ''))).toEqual(['queue', 'cover', 'repay', 'queue', 'queue', 'queue']);
    const owed = computeSchedule(plan, { from: '2026-01-10', count: 1 }).ledger;
    expect(owed.find((l) => l.memberId === 'b')?.coversOwed).toBe(1);
    const repaid = computeSchedule(plan, { from: '2026-01-17', count: 1 }).ledger;
    expect(repaid.every((l) => l.coversOwed === 0)).toBe(true);
  });

  it('adds a joining member at the back from their first day', () => {
    const plan = fridays([...abc, member('d', '2026-01-15')]);
    const { occurrences, ledger } = computeSchedule(plan, { from: '2026-01-02', count: 8 });
    // d joins on the 15th behind c, a and b, so d's first turn comes after theirs.
    expect(holders(occurrences)).toEqual(['a', 'b', 'c', 'a', 'b', 'd', 'c', 'a']);
    // d has a turn in the window, so d is active in it, and the table can say from when.
    expect(ledger.find((l) => l.memberId === 'd')).toMatchObject({ active: true, joinsOn: '2026-01-15', upcoming: 1 });
    expect(computeSchedule(plan, { from: '2026-01-02', count: 2 }).ledger.find((l) => l.memberId === 'd')).toMatchObject({ active: false, upcoming: 0 });
  });

  it('takes a leaving member out from their leaving day', () => {
    const plan = fridays([member('a'), member('b', null, '2026-01-16'), member('c')]);
    expect(holders(computeSchedule(plan, { from: '2026-01-02', count: 6 }).occurrences)).toEqual(['a', 'b', 'c', 'a', 'c', 'a']);
  });

  it('respects a cap of turns per period', () => {
    // Only a and b; b may hold one turn in any four weeks, so a fills in.
    const plan = fridays([member('a'), member('b')], [], { maxTurns: 1, periodWeeks: 4 });
    expect(holders(computeSchedule(plan, { from: '2026-01-02', count: 6 }).occurrences)).toEqual(['a', 'b', '(unassigned)', '(unassigned)', 'a', 'b']);
  });

  it('shows a round of members past `until`', () => {
    const { occurrences } = computeSchedule(fridays(abc), { from: '2026-01-02', count: 2, until: '2026-03-01' });
    expect(occurrences.at(-1)?.date).toBe('2026-03-27');
  });
});

const memberCount = fc.integer({ min: 1, max: 8 });

describe('fair schedule properties', () => {
  it('gives every member the same number of turns, give or take one, over any prefix of a year', () => {
    fc.assert(
      fc.property(memberCount, fc.integer({ min: 1, max: 3 }), (n, everyWeeks) => {
        const members = Array.from({ length: n }, (_, i) => member(`m${i}`));
        const plan: SchedulePlan = { ...fridays(members), cadence: { kind: 'weekly', weekday: 5, everyWeeks } };
        const { occurrences } = computeSchedule(plan, { from: '2026-01-02', count: 52 });
        const counts = new Map<string, number>();
        for (const o of occurrences) {
          if (o.status !== 'scheduled') return false;
          counts.set(o.memberId, (counts.get(o.memberId) ?? 0) + 1);
          const values = members.map((m) => counts.get(m.id) ?? 0);
          if (Math.max(...values) - Math.min(...values) > 1) return false;
        }
        return true;
      }),
    );
  });

  it('never loses a member: an absent member holds a turn within one round of coming back', () => {
    fc.assert(
      fc.property(memberCount.filter((n) => n >= 2), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 }), (n, startWeek, weeks) => {
        const members = Array.from({ length: n }, (_, i) => member(`m${i}`));
        const from = addWeeks('2026-01-02', startWeek);
        const to = addWeeks(from, weeks);
        const plan = fridays(members, [{ id: 'x', type: 'absence', memberId: 'm0', from, to, reason: '' }]);
        const { occurrences } = computeSchedule(plan, { from: '2026-01-02', count: startWeek + weeks + n + 2 });
        const during = occurrences.filter((o) => o.date >= from && o.date <= to);
        const after = occurrences.filter((o) => o.date > to).slice(0, n);
        return (
          during.every((o) => o.status === 'scheduled' && o.memberId !== 'm0') &&
          after.some((o) => o.status === 'scheduled' && o.memberId === 'm0')
        );
      }),
    );
  });

  it('keeps everybody else’s order when a member joins or leaves', () => {
    fc.assert(
      fc.property(memberCount.filter((n) => n >= 2), fc.integer({ min: 0, max: 30 }), fc.boolean(), (n, week, joining) => {
        const members = Array.from({ length: n }, (_, i) => member(`m${i}`));
        const date = addWeeks('2026-01-02', week);
        const changed = joining
          ? [...members, member('new', date)]
          : members.map((m, i) => (i === n - 1 ? { ...m, activeUntil: date } : m));
        const window = { from: '2026-01-02', count: 60 };
        const before = holders(computeSchedule(fridays(members), window).occurrences);
        const after = holders(computeSchedule(fridays(changed), window).occurrences);
        const index = week; // occurrences are weekly from the start, so the change starts at this index
        if (before.slice(0, index).join() !== after.slice(0, index).join()) return false;
        const moved = joining ? 'new' : `m${n - 1}`;
        const othersBefore = before.slice(index).filter((id) => id !== moved);
        const othersAfter = after.slice(index).filter((id) => id !== moved);
        const shorter = Math.min(othersBefore.length, othersAfter.length);
        return othersBefore.slice(0, shorter).join() === othersAfter.slice(0, shorter).join();
      }),
    );
  });

  it('settles covers: after a cover and its repayment every count is as without it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 10 }), fc.nat(), (n, week, pick) => {
        const members = Array.from({ length: n }, (_, i) => member(`m${i}`));
        const date = addWeeks('2026-01-02', week);
        const plain = computeSchedule(fridays(members), { from: '2026-01-02', count: 40 });
        const holder = plain.occurrences[week];
        if (holder?.status !== 'scheduled') return false;
        const others = members.filter((m) => m.id !== holder.memberId);
        const coverer = others[pick % others.length]!;
        const covered = computeSchedule(fridays(members, [{ id: 'v', type: 'cover', date, memberId: coverer.id }]), {
          from: '2026-01-02',
          count: 40,
        });
        const count = (s: typeof plain) => s.ledger.map((l) => l.upcoming).join();
        // The debt shows in the table from the cover on, and names the later turn that repays it.
        const [debt] = covered.debts;
        const owing = covered.ledger.filter((l) => l.coversOwed > 0);
        return (
          count(covered) === count(plain) &&
          covered.debts.length === 1 &&
          debt !== undefined &&
          debt.debtor === holder.memberId &&
          debt.repaysOn !== null &&
          debt.repaysOn > date &&
          owing.length === 1 &&
          owing[0]?.memberId === holder.memberId &&
          computeSchedule(fridays(members, [{ id: 'v', type: 'cover', date, memberId: coverer.id }]), { from: addWeeks(debt.repaysOn, 1), count: 1 }).ledger.every(
            (l) => l.coversOwed === 0,
          )
        );
      }),
    );
  });
});

function addWeeks(date: string, weeks: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
}
