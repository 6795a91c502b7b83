import { describe, expect, it } from 'vitest';
import { behaviorChartSummary, combinedChartSummary, resultChartSummary, sparklineSummary } from './chart-summary';

describe('the words a chart is named by', () => {
  it('give the sparkline its values in order, and the target', () => {
    const points = [3, 5, 4, 6].map((value, index) => ({ date: `2026-01-0${index + 1}`, value }));
    expect(sparklineSummary({ metric: 'Deploys per week', target: 10, points })).toBe('Deploys per week: trend of 4 check-ins: 3, 5, 4, 6; target 10');
    expect(sparklineSummary({ metric: 'Lead time', target: 2, points: points.slice(0, 1) })).toBe('Lead time: trend of 1 check-in: 3; target 2');
  });

  it('give a result its dates, values with the unit, baseline and target', () => {
    const result = { metric: 'Deploys per week', unit: 'deploys', baseline: 2, target: 10 };
    expect(
      resultChartSummary(result, [
        { date: '2026-01-05', value: 2 },
        { date: '2026-01-12', value: 3.5 },
      ]),
    ).toBe('Deploys per week over time, 2 check-ins from 2026-01-05 to 2026-01-12: 2 deploys and 3.5 deploys. Baseline 2 deploys, target 10 deploys.');
    expect(resultChartSummary(result, [{ date: '2026-01-05', value: -1 }])).toBe('Deploys per week over time, 1 check-in on 2026-01-05: −1 deploys. Baseline 2 deploys, target 10 deploys.');
    expect(resultChartSummary(result, [])).toBe('Deploys per week: no check-ins yet');
  });

  it('give a behavior each period total and its target', () => {
    const behavior = { action: 'deploys before the sprint ends', period: 'week' as const, comparison: 'at-least' as const, targetCount: 3 };
    expect(behaviorChartSummary(behavior, [{ label: '5 Jan', total: 1 }, { label: '12 Jan', total: 4 }, { label: '19 Jan', total: 3 }])).toBe(
      'deploys before the sprint ends, total per week over 3 weeks: 5 Jan: 1, 12 Jan: 4 and 19 Jan: 3. Target at least 3 per week.',
    );
  });

  it('give the combined chart its weeks, the measured values and how many weeks have notes', () => {
    const weeks = [
      { weekStart: '2026-01-05', result: 2, notes: [] },
      { weekStart: '2026-01-12', result: null, notes: ['holiday'] },
      { weekStart: '2026-01-19', result: 5, notes: ['trunk'] },
    ];
    expect(combinedChartSummary('Deploys per week', '', weeks)).toBe('Behaviors per week next to Deploys per week, 3 weeks from 2026-01-05: Deploys per week 2 and 5; notes in 2 weeks (in the data table).');
    expect(combinedChartSummary('Deploys per week', '', weeks.slice(1, 2))).toBe('Behaviors per week next to Deploys per week, 1 week from 2026-01-12: Deploys per week not measured yet; notes in 1 week (in the data table).');
  });
});
