import { describe, expect, it } from 'vitest';
import { AppError } from '../api/api-result';
import { computeSchedule } from './fair-schedule';
import { applyChange, type ChangeContext, type RotationEdit } from './rotation-change';
import type { SchedulePlan } from './rotation-model';
import { previewChange } from './schedule-preview';

const plan: SchedulePlan = {
  startDate: '2026-01-02',
  cadence: { kind: 'weekly', weekday: 5, everyWeeks: 1 },
  members: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), activeFrom: null, activeUntil: null })),
  overrides: [],
  cap: null,
};

let ids = 0;
const ctx: ChangeContext = { today: '2026-01-05', newId: () => `id${++ids}` };

function refusal(change: RotationEdit, on: SchedulePlan = plan): { message: string; field?: string } {
  try {
    applyChange(on, change, ctx);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('the change was accepted');
}

function holders(p: SchedulePlan): string[] {
  return computeSchedule(p, { from: '2026-01-09', count: 4 }).occurrences.map((o) => (o.status === 'scheduled' ? o.memberId : o.status));
}

describe('rotation changes', () => {
  it('skips a meeting date and refuses one the rotation does not meet on or already skips', () => {
    const skipped = applyChange(plan, { type: 'skipDate', date: '2026-01-16', reason: 'Offsite' }, ctx);
    expect(holders(skipped)).toEqual(['b', 'skipped', 'c', 'a']);
    expect(refusal({ type: 'skipDate', date: '2026-01-15', reason: '' })).toEqual({
      message: 'the rotation does not meet on 2026-01-15',
      field: 'change.date',
    });
    expect(refusal({ type: 'skipDate', date: '2026-01-16', reason: '' }, skipped).message).toBe('2026-01-16 is already skipped');
  });

  it('refuses overlapping absences of one member and absences that end before they start', () => {
    const away = applyChange(plan, { type: 'absence', memberId: 'b', from: '2026-01-06', to: '2026-01-20', reason: 'Leave' }, ctx);
    expect(holders(away)).toEqual(['c', 'a', 'b', 'c']);
    expect(refusal({ type: 'absence', memberId: 'b', from: '2026-01-20', to: '2026-01-30', reason: '' }, away)).toEqual({
      message: 'B is already absent from 2026-01-06 to 2026-01-20; absences of one member may not overlap',
      field: 'change.from',
    });
    expect(refusal({ type: 'absence', memberId: 'a', from: '2026-01-20', to: '2026-01-19', reason: '' }).field).toBe('change.to');
    expect(refusal({ type: 'absence', memberId: 'zz', from: '2026-01-20', to: '2026-01-21', reason: '' }).field).toBe('change.memberId');
  });

  it('swaps two future turns and refuses a past date, the same date, or a swap into an absence', () => {
    expect(holders(applyChange(plan, { type: 'swap', dateA: '2026-01-09', dateB: '2026-01-16' }, ctx))).toEqual(['c', 'b', 'a', 'b']);
    expect(refusal({ type: 'swap', dateA: '2026-01-02', dateB: '2026-01-16' })).toEqual({
      message: '2026-01-02 is in the past; a swap can only change turns from today on',
      field: 'change.dateA',
    });
    expect(refusal({ type: 'swap', dateA: '2026-01-16', dateB: '2026-01-16' }).field).toBe('change.dateB');
    expect(refusal({ type: 'swap', dateA: '2026-01-09', dateB: '2026-01-30' }).message).toBe('both turns belong to B; nothing to swap');
    const away = applyChange(plan, { type: 'absence', memberId: 'b', from: '2026-01-16', to: '2026-01-16', reason: '' }, ctx);
    expect(refusal({ type: 'swap', dateA: '2026-01-09', dateB: '2026-01-16' }, away).message).toBe('B is absent on 2026-01-16');
  });

  it('lets a member take a turn and refuses a cover by the holder or an absent member', () => {
    // a takes b's turn on the 9th; b repays by taking a's next turn (the 23rd), then holds their own.
    expect(holders(applyChange(plan, { type: 'cover', date: '2026-01-09', memberId: 'a' }, ctx))).toEqual(['a', 'c', 'b', 'b']);
    expect(refusal({ type: 'cover', date: '2026-01-09', memberId: 'b' }).message).toBe("the turn on 2026-01-09 is already B's");
    const away = applyChange(plan, { type: 'absence', memberId: 'c', from: '2026-01-09', to: '2026-01-09', reason: '' }, ctx);
    expect(refusal({ type: 'cover', date: '2026-01-09', memberId: 'c' }, away).message).toBe('C is absent on 2026-01-09');
  });

  it('adds and removes members from a date, and keeps at least one', () => {
    const joined = applyChange(plan, { type: 'addMember', name: 'Dee', from: '2026-01-10' }, ctx);
    expect(joined.members.at(-1)).toMatchObject({ name: 'Dee', activeFrom: '2026-01-10', activeUntil: null });
    expect(refusal({ type: 'addMember', name: 'a', from: '2026-01-10' }).message).toBe('A is already in this rotation');
    const left = applyChange(plan, { type: 'removeMember', memberId: 'c', from: '2026-01-10' }, ctx);
    expect(holders(left)).toEqual(['b', 'a', 'b', 'a']);
    const alone = applyChange(left, { type: 'removeMember', memberId: 'b', from: '2026-01-10' }, ctx);
    expect(refusal({ type: 'removeMember', memberId: 'a', from: '2026-01-10' }, alone).message).toBe(
      'A is the last member; a rotation needs at least one member',
    );
  });

  it('undoes an override and refuses an unknown one', () => {
    const skipped = applyChange(plan, { type: 'skipDate', date: '2026-01-16', reason: '' }, ctx);
    const override = skipped.overrides[0]!;
    expect(applyChange(skipped, { type: 'removeOverride', overrideId: override.id }, ctx).overrides).toEqual([]);
    expect(refusal({ type: 'removeOverride', overrideId: 'nope' }).field).toBe('change.overrideId');
  });
});

describe('change preview', () => {
  it('lists every turn an absence moves and the counts before and after', () => {
    const preview = previewChange(plan, { type: 'absence', memberId: 'b', from: '2026-01-09', to: '2026-01-09', reason: '' }, ctx);
    // b keeps the front of the queue and takes the 16th instead; from then on b and c trade places.
    expect(preview.changed.slice(0, 3).map((d) => [d.date, holderOf(d.before), holderOf(d.after)])).toEqual([
      ['2026-01-09', 'b', 'c'],
      ['2026-01-16', 'c', 'b'],
      ['2026-01-30', 'b', 'c'],
    ]);
    expect(preview.plan.overrides).toHaveLength(1);
    expect(preview.counts.map((c) => [c.memberId, c.before, c.after])).toEqual([
      ['a', 4, 4],
      ['b', 4, 4],
      ['c', 4, 4],
    ]);
  });

  it('shows the effect of a change far in the future', () => {
    const preview = previewChange(plan, { type: 'skipDate', date: '2026-12-25', reason: 'Christmas' }, ctx);
    expect(preview.changed[0]).toMatchObject({ date: '2026-12-25', after: { status: 'skipped', reason: 'Christmas' } });
  });
});

function holderOf(o: { status: string; memberId?: string }): string {
  return o.memberId ?? o.status;
}

describe('changes act on the schedule as it stood when they were made', () => {
  // Fridays from 2026-12-04: Ana, Ben, Chen, Dan, Eve in that order.
  const team: SchedulePlan = {
    startDate: '2026-12-04',
    cadence: { kind: 'weekly', weekday: 5, everyWeeks: 1 },
    members: ['ana', 'ben', 'chen', 'dan', 'eve'].map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), activeFrom: null, activeUntil: null })),
    overrides: [],
    cap: null,
  };
  const december: ChangeContext = { today: '2026-12-01', newId: () => `c${++ids}` };
  const turns = (p: SchedulePlan) =>
    computeSchedule(p, { from: '2026-12-04', count: 6 }).occurrences.map((o) => [o.date, o.status === 'scheduled' ? `${o.memberId}:${o.source}` : o.status]);

  it('covers the swapped holder: swap Dec 4 ↔ Dec 11, then Chen takes Dec 4', () => {
    const swapped = applyChange(team, { type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' }, december);
    const covered = applyChange(swapped, { type: 'cover', date: '2026-12-04', memberId: 'chen' }, december);
    // Chen holds Dec 4 (not Ben), Ana keeps the Dec 11 she swapped into, and Ben, whose turn Chen
    // took, repays it with Chen's next turn.
    expect(turns(covered)).toEqual([
      ['2026-12-04', 'chen:cover'],
      ['2026-12-11', 'ana:swap'],
      ['2026-12-18', 'ben:repay'],
      ['2026-12-25', 'dan:queue'],
      ['2027-01-01', 'eve:queue'],
      ['2027-01-08', 'ana:queue'],
    ]);
    const schedule = computeSchedule(covered, { from: december.today, count: 6 });
    expect(schedule.debts).toEqual([{ coverId: covered.overrides[1]!.id, debtor: 'ben', creditor: 'chen', coveredOn: '2026-12-04', repaysOn: '2026-12-18' }]);
    expect(schedule.ledger.map((l) => [l.memberId, l.coversOwed])).toEqual([
      ['ana', 0],
      ['ben', 1],
      ['chen', 0],
      ['dan', 0],
      ['eve', 0],
    ]);
    expect(schedule.ledger.find((l) => l.memberId === 'ben')?.owes).toEqual([
      { coverId: covered.overrides[1]!.id, creditor: 'chen', coveredOn: '2026-12-04', repaysOn: '2026-12-18' },
    ]);
  });

  it('swaps the coverer when the cover came first: Chen takes Dec 4, then Dec 4 ↔ Dec 11', () => {
    const covered = applyChange(team, { type: 'cover', date: '2026-12-04', memberId: 'chen' }, december);
    const swapped = applyChange(covered, { type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' }, december);
    expect(turns(swapped).slice(0, 3)).toEqual([
      ['2026-12-04', 'ben:swap'],
      ['2026-12-11', 'chen:swap'],
      ['2026-12-18', 'ana:repay'],
    ]);
  });

  it('shows the debt of a cover agreed for a later date, and clears it once the repaying turn has passed', () => {
    const covered = applyChange(team, { type: 'cover', date: '2026-12-11', memberId: 'dan' }, december);
    const owed = (from: string) => computeSchedule(covered, { from, count: 3 }).ledger.find((l) => l.memberId === 'ben')?.coversOwed;
    expect(owed('2026-12-01')).toBe(1);
    expect(owed('2026-12-25')).toBe(1);
    expect(owed('2026-12-26')).toBe(0);
  });

  it('says which change no longer applies once its date is skipped', () => {
    const swapped = applyChange(team, { type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' }, december);
    const preview = previewChange(swapped, { type: 'skipDate', date: '2026-12-11', reason: 'Offsite' }, december);
    expect(preview.noLongerApplied).toEqual([{ overrideId: swapped.overrides[0]!.id, reason: '2026-12-11 has no turn any more (Offsite)' }]);
  });

  it('previews the number of dates asked for', () => {
    const preview = previewChange(team, { type: 'addMember', name: 'Gus', from: '2026-12-05' }, december, 20);
    expect(preview.changed.at(-1)?.date).toBe('2027-04-16');
    expect(preview.counts.find((c) => c.memberId === preview.plan.members.at(-1)!.id)).toMatchObject({ before: 0, after: 3 });
  });
});

describe('member changes', () => {
  const december: ChangeContext = { today: '2026-01-05', newId: () => `m${++ids}` };

  it('gives a member added later a turn and counts them as active', () => {
    const joined = applyChange(plan, { type: 'addMember', name: 'Gus', from: '2026-01-10' }, december);
    const gus = joined.members.at(-1)!;
    const { occurrences, ledger } = computeSchedule(joined, { from: december.today, count: 6 });
    expect(occurrences.some((o) => o.status === 'scheduled' && o.memberId === gus.id)).toBe(true);
    expect(ledger.find((l) => l.memberId === gus.id)).toMatchObject({ active: true, joinsOn: '2026-01-10', upcoming: 1 });
  });

  it('undoes a joining and a leaving exactly', () => {
    const joined = applyChange(plan, { type: 'addMember', name: 'Gus', from: '2026-01-10' }, december);
    expect(applyChange(joined, { type: 'undoJoin', memberId: joined.members.at(-1)!.id }, december)).toEqual(plan);
    const left = applyChange(plan, { type: 'removeMember', memberId: 'c', from: '2026-01-10' }, december);
    expect(applyChange(left, { type: 'undoLeave', memberId: 'c' }, december)).toEqual(plan);
    expect(refusal({ type: 'removeMember', memberId: 'c', from: '2026-01-08' }, left).message).toBe('C already leaves on 2026-01-10; undo that first');
    expect(refusal({ type: 'undoJoin', memberId: 'a' }).message).toBe('A has been in the rotation from the start; remove them from a date instead');
  });

  it('reorders the members from a date and leaves the turns before it alone', () => {
    const reordered = applyChange(plan, { type: 'reorder', from: '2026-01-16', memberIds: ['c', 'b', 'a'] }, december);
    // Plain: a b c a b …; from the 16th on the order is c, b, a.
    expect(holders(reordered)).toEqual(['b', 'c', 'b', 'a']);
    expect(applyChange(reordered, { type: 'removeOverride', overrideId: reordered.reorders![0]!.id }, december)).toEqual({ ...plan, reorders: [] });
    expect(refusal({ type: 'reorder', from: '2026-01-16', memberIds: ['c', 'b'] }).message).toBe('Put every member of the rotation in the new order');
    expect(refusal({ type: 'reorder', from: '2026-01-02', memberIds: ['c', 'b', 'a'] }).field).toBe('change.from');
  });

  it('refuses an absence that started before today, since past turns are a record', () => {
    expect(refusal({ type: 'absence', memberId: 'a', from: '2026-01-01', to: '2026-01-20', reason: '' })).toEqual({
      message: '2026-01-01 is in the past; an absence can only change turns from today on',
      field: 'change.from',
    });
  });
});
