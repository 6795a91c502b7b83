import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar-date';
import { behaviorProgress, periodOf } from './behavior-frequency';
import type { GoalBehavior, GoalResult } from './goal';
import { numberText, percentText } from './number-text';
import { AT_RISK_PACE, resultProgress } from './result-progress';

// Random check-in histories: what the formulas say must recompute the numbers shown, and a period
// without a check-in must never count as a zero. CAIRN_MODEL_SEED / CAIRN_MODEL_RUNS replay or widen a run.
const SEED = Number(process.env.CAIRN_MODEL_SEED ?? 192026);
const RUNS = Number(process.env.CAIRN_MODEL_RUNS ?? 300);
const START = '2026-01-01';

const behaviors: fc.Arbitrary<GoalBehavior> = fc.record({
  id: fc.constant('00000000-0000-4000-8000-000000000002'),
  who: fc.constant('each developer'),
  action: fc.constant('deploys'),
  kind: fc.constantFrom('count' as const, 'yes-no' as const),
  comparison: fc.constantFrom('at-least' as const, 'at-most' as const),
  targetCount: fc.integer({ min: 0, max: 6 }),
  period: fc.constantFrom('day' as const, 'week' as const, 'sprint' as const),
  observedBy: fc.constant(''),
  antecedent: fc.constant(''),
  consequence: fc.constant(''),
  keepAnyway: fc.constant(false),
});
const histories = fc.array(fc.record({ day: fc.integer({ min: -3, max: 120 }), value: fc.integer({ min: 0, max: 6 }) }), { minLength: 1, maxLength: 25 });

/** The numbers of "… = a ÷ b = c per …", as written. */
function formulaNumbers(formula: string): [string, string, string] {
  const found = /= (−?[\d.]+) ÷ (\d+) = (−?[\d.]+) per /.exec(formula);
  if (!found) throw new Error(`no "a ÷ b = c" in ${formula}`);
  return [found[1]!, found[2]!, found[3]!];
}

describe('goal progress, property-based', () => {
  it('writes a behavior formula that recomputes the pace, over the periods that have check-ins only', () => {
    fc.assert(
      fc.property(behaviors, histories, fc.integer({ min: 7, max: 21 }), (behavior, history, sprint) => {
        const measurements = history.map((h) => ({ date: addDays(START, h.day), value: behavior.kind === 'yes-no' ? Math.min(h.value, 1) : h.value }));
        const p = behaviorProgress(behavior, measurements, START, sprint);
        // Worked out here from the raw check-ins: their sum, and the periods that hold at least one.
        const sum = measurements.reduce((s, m) => s + (behavior.kind === 'yes-no' ? (m.value > 0 ? 1 : 0) : m.value), 0);
        const withData = new Set(measurements.map((m) => periodOf(m.date, behavior.period, START, sprint).start)).size;
        const [a, b, c] = formulaNumbers(p.formula);
        expect([a, b, c]).toEqual([numberText(sum), String(withData), numberText(sum / withData)]);
        expect(numberText(p.perPeriod!)).toBe(c);
        expect(p.periodsWithData).toBe(withData);
        expect(p.periodsWithoutData).toBe(p.periods.length - withData);
        // No period without data counts: not in the pace, not as met, and the formula says how many were left out.
        for (const period of p.periods) {
          expect(period.hasData).toBe(period.checkIns > 0);
          if (!period.hasData) expect([period.total, period.met]).toEqual([0, false]);
        }
        if (p.periodsWithoutData > 0) expect(p.formula).toContain(`${p.periodsWithoutData} `);
        else expect(p.formula).not.toContain('left out');
        // The status formula repeats the same pace and the verdict follows from it.
        expect(p.statusFormula.startsWith(`${c} per `)).toBe(true);
        const pace = sum / withData;
        const meets = behavior.comparison === 'at-least' ? pace >= behavior.targetCount : pace <= behavior.targetCount;
        const near = behavior.comparison === 'at-least' ? pace >= behavior.targetCount * AT_RISK_PACE : pace <= behavior.targetCount / AT_RISK_PACE;
        expect(p.status).toBe(meets ? 'on-track' : near ? 'at-risk' : 'off-track');
        expect(p.statusFormula).toContain(`met in ${p.periods.filter((x) => x.met).length} of ${withData} `);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('writes a result formula that recomputes the percentage from the latest check-in', () => {
    const results = fc.record({
      baseline: fc.integer({ min: -50, max: 50 }),
      distance: fc.integer({ min: 1, max: 80 }),
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
    });
    fc.assert(
      fc.property(results, fc.array(fc.record({ day: fc.integer({ min: 0, max: 90 }), value: fc.integer({ min: -100, max: 100 }) }), { minLength: 1, maxLength: 12 }), (r, history) => {
        const target = r.direction === 'increase' ? r.baseline + r.distance : r.baseline - r.distance;
        const result: GoalResult = { id: '00000000-0000-4000-8000-000000000001', metric: 'm', unit: '', baseline: r.baseline, target, direction: r.direction, deadline: addDays(START, 91) };
        const measurements = history.map((h) => ({ date: addDays(START, h.day), value: h.value }));
        const p = resultProgress(result, measurements, START, addDays(START, 90));
        const latest = [...measurements].sort((x, y) => x.date.localeCompare(y.date)).at(-1)!;
        const percent = ((latest.value - r.baseline) / (target - r.baseline)) * 100;
        expect(p.percentFormula).toBe(
          `(latest − baseline) ÷ (target − baseline) = (${numberText(latest.value)} − ${numberText(r.baseline)}) ÷ (${numberText(target)} − ${numberText(r.baseline)}) = ${percentText(percent)}`,
        );
        expect(percentText(p.percent!)).toBe(percentText(percent));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
