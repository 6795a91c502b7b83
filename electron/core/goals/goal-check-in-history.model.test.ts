import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GoalView } from '../../../shared/api/goal-operations';
import { addDays } from '../../../shared/domain/calendar-date';
import { numberText } from '../../../shared/goals/number-text';
import { call } from '../testing/call';
import { deliveryGoal } from '../testing/goal-fixtures';
import { createWorkspace, fixedClock, openTempCore } from '../testing/temp-core';

// Random check-in histories through the API, on a real database: check-ins recorded, corrected
// (value or date) and removed in any order. After every step the behavior's pace is worked out here
// from the check-ins the goal shows, and the formula shown must say those numbers: a week without a
// check-in has no data and counts neither as zero nor in the divisor. shared/goals'
// goal-progress.property.test.ts checks the pure logic; this checks what the core stores and serves.
// CAIRN_MODEL_SEED and CAIRN_MODEL_RUNS replay or widen a run.
const SEED = Number(process.env.CAIRN_MODEL_SEED ?? 192026);
const RUNS = Number(process.env.CAIRN_MODEL_RUNS ?? 10);

const START = '2026-01-01';
/** Days from the start to today: the clock stands at 2026-02-15. */
const DAYS = 45;

type Step = { kind: 'record' | 'correct' | 'move' | 'remove'; day: number; value: number; pick: number };
const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('record', 'record', 'correct', 'move', 'remove'),
  day: fc.integer({ min: 0, max: DAYS }),
  value: fc.integer({ min: 0, max: 6 }),
  pick: fc.nat(30),
});

/** The numbers of "… = a ÷ b = c per …", as written. */
function formulaNumbers(formula: string): [string, string, string] | null {
  const found = /= (−?[\d.]+) ÷ (\d+) = (−?[\d.]+) per /.exec(formula);
  return found ? [found[1]!, found[2]!, found[3]!] : null;
}

function checkPace(view: GoalView): void {
  const behavior = view.goal.behaviors[0]!;
  const progress = view.progress.behaviors.find((b) => b.behaviorId === behavior.id)!;
  const checkIns = view.checkIns.filter((c) => c.subject === 'behavior' && c.subjectId === behavior.id);
  // Each week's check-ins, as the goal lists them.
  const weeks = progress.periods.map((p) => checkIns.filter((c) => p.start <= c.date && c.date <= p.end));
  expect(weeks.flat()).toHaveLength(checkIns.length);
  progress.periods.forEach((period, i) => {
    const week = weeks[i]!;
    expect(period.hasData).toBe(week.length > 0);
    expect(period.checkIns).toBe(week.length);
    expect(period.total).toBe(week.reduce((s, c) => s + c.value, 0));
    if (!period.hasData) expect(period.met).toBe(false);
  });
  const withData = weeks.filter((w) => w.length > 0).length;
  expect([progress.periodsWithData, progress.periodsWithoutData]).toEqual([withData, progress.periods.length - withData]);
  if (withData === 0) {
    expect(progress.perPeriod).toBeNull();
    expect(formulaNumbers(progress.formula)).toBeNull();
    return;
  }
  const sum = checkIns.reduce((s, c) => s + c.value, 0);
  // The formula recomputes the number shown, from the weeks that have data only.
  expect(formulaNumbers(progress.formula)).toEqual([numberText(sum), String(withData), numberText(sum / withData)]);
  expect(numberText(progress.perPeriod!)).toBe(numberText(sum / withData));
  if (progress.periodsWithoutData > 0) expect(progress.formula).toContain(`${progress.periodsWithoutData} week`);
  else expect(progress.formula).not.toContain('left out');
  // The weekly chart marks the same weeks as without data.
  for (const week of progress.weeklyTotals) {
    const period = progress.periods.find((p) => p.start === week.weekStart);
    if (period) expect([week.total, week.hasData]).toEqual([period.total, period.hasData]);
  }
}

describe('a goal’s check-in history, in random sequences through the core', () => {
  it('shows a pace whose formula recomputes it from the weeks with check-ins', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const core = await openTempCore({ now: fixedClock('2026-02-15T10:00:00Z').now });
        try {
          const workspaceId = (await createWorkspace(core)).id;
          let view = await call(core, 'createGoal', { workspaceId, ...deliveryGoal({ startDate: START }) });
          const behaviorId = view.goal.behaviors[0]!.id;
          checkPace(view);
          for (const s of steps) {
            const date = addDays(START, s.day);
            const mine = view.checkIns.filter((c) => c.subject === 'behavior');
            const picked = mine[s.pick % Math.max(mine.length, 1)];
            if (s.kind === 'record') {
              view = await call(core, 'recordCheckIns', { goalId: view.goal.id, date, entries: [{ subject: 'behavior', subjectId: behaviorId, value: s.value }] });
            } else if (picked) {
              view =
                s.kind === 'remove'
                  ? await call(core, 'deleteCheckIn', { id: picked.id })
                  : await call(core, 'updateCheckIn', { id: picked.id, date: s.kind === 'move' ? date : picked.date, value: s.kind === 'correct' ? s.value : picked.value, note: picked.note, confidence: picked.confidence });
            }
            checkPace(view);
            // What the step returned is what the goal shows when read again.
            expect(await call(core, 'getGoal', { id: view.goal.id })).toEqual(view);
          }
        } finally {
          core.dispose();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
