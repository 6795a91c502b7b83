import { describe, expect, it } from 'vitest';
import { computeSchedule } from './fair-schedule';
import { applyChange, type ChangeContext, type RotationEdit } from './rotation-change';
import type { SchedulePlan } from './rotation-model';
import { topicMoves } from './topic-follow';

const plan: SchedulePlan = {
  startDate: '2026-12-04',
  cadence: { kind: 'weekly', weekday: 5, everyWeeks: 1 },
  members: ['ana', 'ben', 'chen'].map((id) => ({ id, name: id, activeFrom: null, activeUntil: null })),
  overrides: [],
  cap: null,
};
const ctx: ChangeContext = { today: '2026-12-01', newId: () => 'x' };
const window = { from: ctx.today, count: 8 };

function movesAfter(change: RotationEdit, assignments: { topicId: string; date: string }[]) {
  const before = computeSchedule(plan, window).occurrences;
  const after = computeSchedule(applyChange(plan, change, ctx), window).occurrences;
  return topicMoves(before, after, assignments);
}

describe('topics follow their presenter', () => {
  it('moves a topic with its presenter through a swap', () => {
    // Ana Dec 4, Ben Dec 11: Ben's "Threat modeling with STRIDE" goes with Ben to Dec 4.
    expect(movesAfter({ type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' }, [{ topicId: 'stride', date: '2026-12-11' }])).toEqual([
      { topicId: 'stride', from: '2026-12-11', to: '2026-12-04', memberId: 'ben' },
    ]);
  });

  it('moves a covered presenter’s topic to the turn that repays the cover', () => {
    // Chen takes Ana's Dec 4; Ana repays with Chen's Dec 18. Chen's own Dec 18 topic comes to Dec 4.
    expect(
      movesAfter({ type: 'cover', date: '2026-12-04', memberId: 'chen' }, [
        { topicId: 'ana-topic', date: '2026-12-04' },
        { topicId: 'chen-topic', date: '2026-12-18' },
        { topicId: 'ben-topic', date: '2026-12-11' },
      ]),
    ).toEqual([
      { topicId: 'ana-topic', from: '2026-12-04', to: '2026-12-18', memberId: 'ana' },
      { topicId: 'chen-topic', from: '2026-12-18', to: '2026-12-04', memberId: 'chen' },
    ]);
  });

  it('sends a topic back to the backlog when its presenter has no turn to take it to', () => {
    expect(movesAfter({ type: 'skipDate', date: '2026-12-04', reason: 'Holiday' }, [{ topicId: 't', date: '2026-12-04' }])[0]).toMatchObject({
      topicId: 't',
      memberId: 'ana',
      // Ana keeps the front of the queue and takes the next session, so her topic goes there.
      to: '2026-12-11',
    });
    const leaving = movesAfter({ type: 'removeMember', memberId: 'ana', from: '2026-12-02' }, [{ topicId: 't', date: '2026-12-04' }]);
    expect(leaving).toEqual([{ topicId: 't', from: '2026-12-04', to: null, memberId: 'ana' }]);
  });
});
