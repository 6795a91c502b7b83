import { create } from 'zustand';
import type { GoalSummary } from '../../../shared/api/goal-operations';
import type { RotationSummary, StuckTimer } from '../../../shared/api/rotation-operations';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { currentTurn, ROLE_WEEK_DAYS, type RotationTurn } from './rotation-turn';

interface TeamActivity {
  workspaceId: string;
  goals: GoalSummary[];
  rotations: RotationSummary[];
  /** By rotation id: this week's holder of a role, the next teacher of a teaching rotation. */
  turns: Record<string, RotationTurn | null>;
  /** Stuck timers still running, oldest first. */
  stuck: StuckTimer[];
  /** When this was read (ms since the epoch): how long a timer has run is measured to it. */
  readAt: number;
}

interface TeamActivityState {
  activity: TeamActivity | null;
  error: string | null;
  load: (workspaceId: string) => Promise<void>;
}

/** The goals, rotations and stuck timers the home page sums up, read through their own operations. */
export const useTeamActivityStore = create<TeamActivityState>()((set) => ({
  activity: null,
  error: null,
  load: async (workspaceId) => {
    set({ error: null });
    try {
      const [goals, rotations, stuck] = await Promise.all([
        api().listGoals({ workspaceId }),
        api().listRotations({ workspaceId }),
        api().listStuckTimers({ workspaceId }),
      ]);
      const today = toCalendarDate(new Date());
      const turns = Object.fromEntries(
        await Promise.all(
          rotations.map(async (rotation) => {
            const schedule = await api().getRotationSchedule({ id: rotation.id, from: addDays(today, -ROLE_WEEK_DAYS), count: 3 });
            return [rotation.id, currentTurn(rotation.kind, schedule, today)] as const;
          }),
        ),
      );
      set({ activity: { workspaceId, goals, rotations, turns, stuck, readAt: Date.now() } });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
