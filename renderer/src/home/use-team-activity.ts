import { useQueries } from '@tanstack/react-query';
import type { GoalSummary } from '../../../shared/api/goal-operations';
import type { RotationSummary, StuckTimer } from '../../../shared/api/rotation-operations';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { errorMessage } from '../api/error-message';
import { serverQuery, useServerQuery } from '../queries/server-query';
import { currentTurn, ROLE_WEEK_DAYS, type RotationTurn } from './rotation-turn';

export interface TeamActivity {
  goals: GoalSummary[];
  rotations: RotationSummary[];
  /** By rotation id: this week's holder of a role, the next teacher of a teaching rotation. */
  turns: Record<string, RotationTurn | null>;
  /** Stuck timers still running, oldest first. */
  stuck: StuckTimer[];
  /** When the timers were read (ms since the epoch): how long a timer has run is measured to it. */
  readAt: number;
}

/**
 * The goals, rotations and stuck timers the home page sums up, read through their own operations.
 * `me` is the viewer's name, so a handover written for their coming turn reaches them here.
 */
export function useTeamActivity(workspaceId: string, me: string | null): { activity: TeamActivity | null; error: string | null } {
  const goals = useServerQuery('listGoals', { workspaceId });
  const rotations = useServerQuery('listRotations', { workspaceId });
  const stuck = useServerQuery('listStuckTimers', { workspaceId });
  const today = toCalendarDate(new Date());
  const schedules = useQueries({
    queries: (rotations.data ?? []).map((rotation) => serverQuery('getRotationSchedule', { id: rotation.id, from: addDays(today, -ROLE_WEEK_DAYS), count: 3 })),
  });

  const failed = [goals, rotations, stuck, ...schedules].find((query) => query.error);
  if (failed) return { activity: null, error: errorMessage(failed.error) };
  if (!goals.data || !rotations.data || !stuck.data || schedules.some((schedule) => !schedule.data)) return { activity: null, error: null };
  const turns = Object.fromEntries(
    rotations.data.map((rotation, index) => {
      const schedule = schedules[index]?.data;
      return [rotation.id, schedule ? currentTurn(rotation.kind, schedule, today, me) : null] as const;
    }),
  );
  return { activity: { goals: goals.data, rotations: rotations.data, turns, stuck: stuck.data, readAt: stuck.dataUpdatedAt }, error: null };
}
