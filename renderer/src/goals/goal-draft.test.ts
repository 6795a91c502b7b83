import { describe, expect, it } from 'vitest';
import { definitionOf, newGoalDraft } from './goal-draft';

describe('reading the goal form', () => {
  const draft = newGoalDraft('2026-01-01', '2026-04-01');
  const filled = {
    ...draft,
    title: 'Faster feedback',
    results: [{ ...draft.results[0]!, metric: 'Lead time', baseline: ' 10 ', target: '4.5', direction: 'decrease' as const }],
    behaviors: [{ ...draft.behaviors[0]!, who: 'Each developer', action: 'merges to main daily', targetCount: '5' }],
  };

  it('turns typed numbers into numbers', () => {
    const read = definitionOf(filled);
    expect(read).toMatchObject({
      definition: { title: 'Faster feedback', sprintLengthDays: 14, results: [{ baseline: 10, target: 4.5 }], behaviors: [{ targetCount: 5 }] },
    });
  });

  it('names the first field that is not a number', () => {
    expect(definitionOf({ ...filled, results: [{ ...filled.results[0]!, baseline: 'ten' }] })).toEqual({
      problem: { message: 'Result 1 baseline: "ten" is not a number', field: 'results.0.baseline' },
    });
    expect(definitionOf({ ...filled, behaviors: [{ ...filled.behaviors[0]!, targetCount: '' }] })).toEqual({
      problem: { message: 'Behavior 1 target: "" is not a number', field: 'behaviors.0.targetCount' },
    });
  });
});
