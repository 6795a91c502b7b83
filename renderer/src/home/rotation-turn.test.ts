import { describe, expect, it } from 'vitest';
import type { HandoverView, RotationSchedule } from '../../../shared/api/rotation-operations';
import { currentTurn } from './rotation-turn';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function schedule(
  occurrences: { date: string; name: string | null; status?: 'scheduled' | 'skipped'; topic?: string }[],
  handover: HandoverView | null = null,
): RotationSchedule {
  return {
    rotationId: ID,
    today: '2026-03-11',
    ledger: [],
    debts: [],
    unapplied: [],
    handover,
    ticks: [],
    occurrences: occurrences.map((o) => ({
      date: o.date,
      startsAt: `${o.date}T09:00:00Z`,
      endsAt: `${o.date}T10:00:00Z`,
      status: o.status ?? 'scheduled',
      memberId: null,
      memberName: o.name,
      secondaryName: null,
      reason: null,
      source: null,
      passedOver: [],
      topic: o.topic ? { id: ID, title: o.topic } : null,
      logged: false,
    })),
  };
}

describe('currentTurn', () => {
  const weekly = schedule([
    { date: '2026-03-09', name: 'Grace' },
    { date: '2026-03-16', name: 'Alan', topic: 'Property-based testing' },
  ]);

  it('names who holds a role this week, from the turn that began on Monday', () => {
    expect(currentTurn('role', weekly, '2026-03-11')).toEqual({ date: '2026-03-09', startsAt: '2026-03-09T09:00:00Z', holder: 'Grace', topic: null, handover: null });
  });

  it('names who teaches next, and the topic', () => {
    expect(currentTurn('teaching', weekly, '2026-03-11')).toEqual({ date: '2026-03-16', startsAt: '2026-03-16T09:00:00Z', holder: 'Alan', topic: 'Property-based testing', handover: null });
  });

  it('passes over skipped dates', () => {
    const skipped = schedule([
      { date: '2026-03-16', name: null, status: 'skipped' },
      { date: '2026-03-23', name: 'Ada' },
    ]);
    expect(currentTurn('teaching', skipped, '2026-03-11')?.holder).toBe('Ada');
  });

  describe('the handover shown with a role’s turn', () => {
    const fromGrace = (toDate: string, toName: string): HandoverView => ({
      fromDate: '2026-03-02',
      fromName: 'Ada',
      text: 'Two alerts open',
      toDate,
      toMemberId: ID,
      toName,
    });

    it('goes with the turn it was written for', () => {
      const held = schedule([{ date: '2026-03-09', name: 'Grace' }], fromGrace('2026-03-09', 'Grace'));
      expect(currentTurn('role', held, '2026-03-11', 'Alan')?.handover).toMatchObject({ text: 'Two alerts open', toName: 'Grace' });
    });

    it('reaches the viewer ahead of their own turn, names matching without case', () => {
      const forAlan = schedule([{ date: '2026-03-09', name: 'Grace' }], fromGrace('2026-03-16', 'Alan'));
      expect(currentTurn('role', forAlan, '2026-03-11', 'alan')?.handover?.toDate).toBe('2026-03-16');
      expect(currentTurn('role', forAlan, '2026-03-11', 'Linus')?.handover).toBeNull();
      expect(currentTurn('role', forAlan, '2026-03-11')?.handover).toBeNull();
    });

    it('is never shown for a teaching rotation', () => {
      const taught = schedule([{ date: '2026-03-16', name: 'Alan' }], fromGrace('2026-03-16', 'Alan'));
      expect(currentTurn('teaching', taught, '2026-03-11', 'Alan')?.handover).toBeNull();
    });
  });
});
