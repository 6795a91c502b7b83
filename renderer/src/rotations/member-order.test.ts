import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepArrangement, moveMember, orderFrom } from './member-order';

const member = (id: string, activeFrom: string | null = null, activeUntil: string | null = null) => ({ id, name: id, activeFrom, activeUntil });
const turn = (date: string, memberId: string | null, status: 'scheduled' | 'skipped' | 'unassigned' = 'scheduled') => ({ date, memberId, status });

describe('orderFrom', () => {
  it('lists the members in the order their next turns come from the date, then the rest', () => {
    const rotation = { members: [member('ana'), member('ben'), member('chen'), member('dev')] };
    const turns = [turn('2026-12-01', 'ana'), turn('2026-12-08', 'chen'), turn('2026-12-15', null, 'skipped'), turn('2026-12-22', 'ben'), turn('2026-12-29', 'chen')];
    expect(orderFrom(rotation, turns, '2026-12-08')).toEqual(['chen', 'ben', 'ana', 'dev']);
  });

  it('leaves out who has left or not joined yet on that date, even with turns shown before', () => {
    const rotation = { members: [member('ana', null, '2026-12-10'), member('ben'), member('gus', '2027-01-01')] };
    expect(orderFrom(rotation, [turn('2026-12-01', 'ana'), turn('2026-12-08', 'ben')], '2026-12-10')).toEqual(['ben']);
    expect(orderFrom(rotation, [], '2027-01-05')).toEqual(['ben', 'gus']);
  });
});

describe('moveMember', () => {
  it('moves one place and stops at either end', () => {
    expect(moveMember(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveMember(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveMember(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every member exactly once, and a move back undoes a move', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 8 }), fc.nat(), fc.constantFrom(-1 as const, 1 as const), (order, at, step) => {
        const index = at % order.length;
        const moved = moveMember(order, index, step);
        expect([...moved].sort()).toEqual([...order].sort());
        const to = index + step;
        if (to >= 0 && to < order.length) expect(moveMember(moved, to, step === 1 ? -1 : 1)).toEqual(order);
      }),
    );
  });
});

describe('keepArrangement', () => {
  it('keeps the order the person made for those still there, and adds who joins by the new date', () => {
    expect(keepArrangement(['chen', 'ana', 'ben'], ['ana', 'ben', 'gus'])).toEqual(['ana', 'ben', 'gus']);
    expect(keepArrangement(['chen', 'ben', 'ana'], ['ana', 'ben', 'chen', 'gus'])).toEqual(['chen', 'ben', 'ana', 'gus']);
  });
});
