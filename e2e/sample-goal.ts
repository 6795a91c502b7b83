import { addDays } from '../shared/domain/calendar-date';
import type { HostApi } from './host-api';

export const SAMPLE_GOAL = 'Ship smaller changes more often';
export const SAMPLE_METRIC = 'Deploys per week';

/** A goal that started on `start`: one result (deploys per week) and one behavior. */
export async function createSampleGoal(api: HostApi, workspaceId: string, start: string) {
  return api('createGoal', {
    workspaceId,
    title: SAMPLE_GOAL,
    startDate: start,
    results: [{ metric: SAMPLE_METRIC, unit: 'deploys', baseline: 2, target: 10, direction: 'increase', deadline: addDays(start, 91) }],
    behaviors: [{ who: 'Each developer', action: 'deploys to production before the sprint ends', targetCount: 3 }],
  });
}
