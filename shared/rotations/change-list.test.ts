import { describe, expect, it } from 'vitest';
import { changeList } from './change-list';
import { computeSchedule } from './fair-schedule';
import { applyChange, type ChangeContext } from './rotation-change';
import type { SchedulePlan } from './rotation-model';

const plan: SchedulePlan = {
  startDate: '2026-01-02',
  cadence: { kind: 'weekly', weekday: 5, everyWeeks: 1 },
  members: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), activeFrom: null, activeUntil: null })),
  overrides: [],
  cap: null,
};
let n = 0;
const ctx: ChangeContext = { today: '2026-01-05', newId: () => `id${++n}` };

describe('the changes list', () => {
  it('lists member changes and reorders beside skips, swaps and covers, by date, each with its undo', () => {
    let p = applyChange(plan, { type: 'swap', dateA: '2026-01-16', dateB: '2026-01-09' }, ctx);
    p = applyChange(p, { type: 'addMember', name: 'Gus', from: '2026-01-12' }, ctx);
    p = applyChange(p, { type: 'removeMember', memberId: 'c', from: '2026-02-01' }, ctx);
    p = applyChange(p, { type: 'skipDate', date: '2026-01-09', reason: 'Offsite' }, ctx);
    const gus = p.members.at(-1)!.id;
    const list = changeList(p, computeSchedule(p, { from: ctx.today, count: 6 }).unapplied);
    expect(list.map((e) => [e.type, e.undo.type, e.noLongerApplies])).toEqual([
      ['swap', 'removeOverride', '2026-01-09 has no turn any more (Offsite)'],
      ['skip', 'removeOverride', null],
      ['join', 'undoJoin', null],
      ['leave', 'undoLeave', null],
    ]);
    expect(list[2]).toMatchObject({ memberId: gus, date: '2026-01-12' });
    // Undoing each entry from the last made to the first gives the rotation back.
    const undone = [...list].reverse().reduce((q, entry) => applyChange(q, entry.undo, ctx), p);
    expect(undone).toEqual(plan);
  });
});
