import { randomUUID } from 'node:crypto';
import type { Services } from '../../../shared/api/contract';
import type { MemberTurn, Rotation } from '../../../shared/api/rotation-operations';
import { computeSchedule } from '../../../shared/rotations/fair-schedule';
import { applyChange, changeReach, type ChangeContext } from '../../../shared/rotations/rotation-change';
import type { ScheduledOccurrence } from '../../../shared/rotations/rotation-model';
import { planOf } from '../../../shared/rotations/rotation-plan';
import { DEFAULT_SCHEDULE_LENGTH } from '../../../shared/rotations/schedule-length';
import { zonedWallTimeToUtc } from '../../../shared/rotations/zoned-time';
import { previewChange } from '../../../shared/rotations/schedule-preview';
import type { CoreContext } from '../core-context';
import { requireWorkspaceExists } from '../workspace';
import { requireRotation, todayOf } from './rotation-lookup';
import { memberName, scheduleView } from './rotation-schedule-view';
import { moveTopics, topicMovesOf } from './rotation-topic-moves';

type RotationServices = Pick<
  Services,
  | 'listRotations'
  | 'listMemberTurns'
  | 'createRotation'
  | 'getRotation'
  | 'updateRotation'
  | 'deleteRotation'
  | 'getRotationSchedule'
  | 'previewRotationChange'
  | 'applyRotationChange'
>;

export function rotationServices(ctx: CoreContext): RotationServices {
  const changeContext = (rotation: Rotation): ChangeContext => ({ today: todayOf(ctx, rotation), newId: randomUUID });
  return {
    listRotations: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return ctx.rotations.definitions.listByWorkspace(workspaceId).map((rotation) => {
        const today = todayOf(ctx, rotation);
        const [next] = computeSchedule(planOf(rotation), { from: today, count: 1 }).occurrences;
        return {
          id: rotation.id,
          name: rotation.name,
          kind: rotation.kind,
          cadence: rotation.cadence,
          time: rotation.time,
          timeZone: rotation.timeZone,
          memberCount: rotation.members.filter((m) => m.activeUntil === null || m.activeUntil > today).length,
          next: next ? { date: next.date, startsAt: zonedWallTimeToUtc(next.date, rotation.time, rotation.timeZone).toISOString(), memberName: next.status === 'scheduled' ? (memberName(rotation, next.memberId) ?? null) : null } : null,
        };
      });
    },

    listMemberTurns: ({ workspaceId, name, count }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      const key = name.toLowerCase();
      const turns = ctx.rotations.definitions.listByWorkspace(workspaceId).flatMap((rotation) => {
        const today = todayOf(ctx, rotation);
        return scheduleView(ctx, rotation, { from: today, count: count * Math.max(1, rotation.members.length) }, today).occurrences.flatMap((o): MemberTurn[] => {
          const as = o.memberName?.toLowerCase() === key ? 'holder' : o.secondaryName?.toLowerCase() === key ? 'secondary' : null;
          if (as === null) return [];
          return [{ rotationId: rotation.id, rotationName: rotation.name, kind: rotation.kind, date: o.date, startsAt: o.startsAt, timeZone: rotation.timeZone, as, topic: o.topic?.title ?? null }];
        });
      });
      return turns.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, count);
    },

    createRotation: ({ workspaceId, members, ...settings }) =>
      ctx.write(() => {
        // The schema has refused a member listed twice, with the place of the second.
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        const at = ctx.now().toISOString();
        const rotation: Rotation = {
          ...settings,
          id: randomUUID(),
          workspaceId,
          members: members.map((name) => ({ id: randomUUID(), name, activeFrom: null, activeUntil: null })),
          overrides: [],
          reorders: [],
          createdAt: at,
          updatedAt: at,
        };
        ctx.rotations.definitions.insert(rotation);
        return rotation;
      }),

    getRotation: ({ id }) => requireRotation(ctx, id),

    updateRotation: ({ id, ...changes }) =>
      ctx.write(() => {
        const current = requireRotation(ctx, id);
        const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        const next: Rotation = { ...current, ...defined, updatedAt: ctx.now().toISOString() };
        ctx.rotations.definitions.save(next);
        return next;
      }),

    deleteRotation: ({ id }) =>
      ctx.write(() => {
        requireRotation(ctx, id);
        ctx.rotations.definitions.delete(id);
        return { id };
      }),

    getRotationSchedule: ({ id, from, count }) => {
      const rotation = requireRotation(ctx, id);
      const today = todayOf(ctx, rotation);
      return scheduleView(ctx, rotation, { from: from ?? today, count }, today);
    },

    previewRotationChange: ({ rotationId, change, count }) => {
      const rotation = requireRotation(ctx, rotationId, 'rotationId');
      const plan = planOf(rotation);
      const changeCtx = changeContext(rotation);
      const preview = previewChange(plan, change, changeCtx, count);
      // Names from both plans: a joining member is only in the new one, a joining undone only in the old.
      const named = { members: [...preview.plan.members, ...rotation.members.filter((m) => !preview.plan.members.some((n) => n.id === m.id))] };
      const titles = new Map(ctx.rotations.topics.listByRotation(rotation.id).map((t) => [t.id, t.title]));
      const moves = topicMovesOf(ctx, rotation.id, plan, preview.plan, changeCtx.today, changeReach(plan, change), count);
      return {
        changed: preview.changed.map((d) => ({ date: d.date, before: turnOf(named, d.before), after: turnOf(named, d.after) })),
        counts: preview.counts.map((c) => ({ ...c, name: memberName(named, c.memberId) ?? '' })),
        noLongerApplies: preview.noLongerApplied,
        topicMoves: moves.map((m) => ({ topicId: m.topicId, title: titles.get(m.topicId) ?? '', from: m.from, to: m.to })),
      };
    },

    applyRotationChange: ({ rotationId, change }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        const before = planOf(rotation);
        const changeCtx = changeContext(rotation);
        const plan = applyChange(before, change, changeCtx);
        const next: Rotation = { ...rotation, members: plan.members, overrides: plan.overrides, reorders: plan.reorders ?? [], updatedAt: ctx.now().toISOString() };
        ctx.rotations.definitions.save(next);
        // A topic belongs to its presenter: when the change moves their turn, the topic goes along.
        moveTopics(ctx, rotation.id, topicMovesOf(ctx, rotation.id, before, plan, changeCtx.today, changeReach(before, change), DEFAULT_SCHEDULE_LENGTH));
        return next;
      }),
  };
}

function turnOf(rotation: Pick<Rotation, 'members'>, o: ScheduledOccurrence) {
  return o.status === 'scheduled'
    ? { status: o.status, memberName: memberName(rotation, o.memberId) ?? null, reason: null }
    : { status: o.status, memberName: null, reason: o.reason };
}
