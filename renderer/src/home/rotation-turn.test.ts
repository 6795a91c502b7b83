import { describe, expect, it } from 'vitest';
import type { RotationSchedule } from '../../../shared/api/rotation-operations';
import { currentTurn } from './rotation-turn';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function schedule(occurrences: { date: string; name: string | null; status?: 'scheduled' | 'skipped'; topic?: string }[]): RotationSchedule {
  return {
    rotationId: ID,
    today: '2026-03-11',
    ledger: [],
    debts: [],
    unapplied: [],
    handover: null,
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
    expect(currentTurn('role', weekly, '2026-03-11')).toEqual({ date: '2026-03-09', holder: 'Grace', topic: null });
  });

  it('names who teaches next, and the topic', () => {
    expect(currentTurn('teaching', weekly, '2026-03-11')).toEqual({ date: '2026-03-16', holder: 'Alan', topic: 'Property-based testing' });
  });

  it('passes over skipped dates', () => {
    const skipped = schedule([
      { date: '2026-03-16', name: null, status: 'skipped' },
      { date: '2026-03-23', name: 'Ada' },
    ]);
    expect(currentTurn('teaching', skipped, '2026-03-11')?.holder).toBe('Ada');
  });
});
