import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { StuckTimer } from '../../../shared/api/rotation-operations';
import { isActiveOn } from '../../../shared/rotations/fair-schedule';
import { peersToAsk } from '../../../shared/rotations/stuck-advice';
import type { CoreContext } from '../core-context';
import { requireWorkspaceExists } from '../workspace';
import { todayOf } from './rotation-lookup';

type StuckTimerServices = Pick<Services, 'listStuckTimers' | 'startStuckTimer' | 'stopStuckTimer'>;

export function stuckTimerServices(ctx: CoreContext): StuckTimerServices {
  const { stuckTimers: timers, definitions: rotations } = ctx.rotations;
  /** Who to ask: the people in one of the workspace's rotations today, but the person who is stuck. */
  const withPeers = (timer: Omit<StuckTimer, 'peers'>): StuckTimer => {
    const team = rotations.listByWorkspace(timer.workspaceId).flatMap((rotation) => {
      const today = todayOf(ctx, rotation);
      return rotation.members.filter((member) => isActiveOn(member, today)).map((member) => member.name);
    });
    return { ...timer, peers: peersToAsk(team, timer.startedBy) };
  };
  const requireTimer = (id: string) => {
    const timer = timers.find(id);
    if (!timer) throw new AppError('not_found', `Stuck timer ${id} not found`, 'id');
    return timer;
  };
  return {
    listStuckTimers: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return timers.running(workspaceId).map(withPeers);
    },
    startStuckTimer: ({ workspaceId, problem, startedBy }) =>
      ctx.write(() => {
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        const timer = { id: randomUUID(), workspaceId, problem, startedBy, startedAt: ctx.now().toISOString(), stoppedAt: null };
        timers.insert(timer);
        return withPeers(timer);
      }),
    stopStuckTimer: ({ id }) =>
      ctx.write(() => {
        requireTimer(id);
        timers.stop(id, ctx.now().toISOString());
        return withPeers(requireTimer(id));
      }),
  };
}
