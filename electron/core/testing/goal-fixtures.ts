import type { GoalDefinitionInput } from '../../../shared/api/goal-operations';

/** A goal a platform team might set: one increase result and one weekly behavior, from 2026-01-01. */
export function deliveryGoal(overrides: Partial<GoalDefinitionInput> = {}): GoalDefinitionInput {
  return {
    title: 'Ship smaller changes more often',
    context: { team: 'Platform team', stakeholders: 'Product, SRE', wayOfWorking: 'Two-week sprints' },
    startDate: '2026-01-01',
    results: [{ metric: 'Deploys per month', unit: 'deploys', baseline: 4, target: 20, direction: 'increase', deadline: '2026-06-30' }],
    behaviors: [{ who: 'Each developer', action: 'deploys to production before the sprint ends', targetCount: 3, period: 'week', observedBy: 'the deploy log' }],
    ...overrides,
  };
}
