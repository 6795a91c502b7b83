import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { StuckTimer } from '../../../shared/api/rotation-operations';
import type { CoreContext } from '../core-context';
import { requireWorkspaceExists } from '../workspace';

type StuckTimerServices = Pick<Services, 'listStuckTimers' | 'startStuckTimer' | 'stopStuckTimer'>;

export function stuckTimerServices(ctx: CoreContext): StuckTimerServices {
  const { stuckTimers: timers, definitions: rotations } = ctx.rotations;
  /** The team, as the workspace's rotations know it: everyone still in one, but the person who is stuck. */
  const withPeers = (timer: Omit<StuckTimer, 'peers'>): StuckTimer => {
    const names = new Map<string, string>();
    for (const rotation of rotations.listByWorkspace(timer.workspaceId)) {
      for (const member of rotation.members) {
        if (member.activeUntil === null && member.name.toLowerCase() !== timer.startedBy.toLowerCase()) names.set(member.name.toLowerCase(), member.name);
      }
    }
    return { ...timer, peers: [...names.values()].sort((a, b) => a.localeCompare(b)) };
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
