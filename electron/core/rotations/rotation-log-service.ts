import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { Rotation, RotationLogEntry } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { CoreContext } from '../core-context';
import { requireRotation, todayOf } from './rotation-lookup';
import { requireScheduledOccurrence } from './rotation-occurrence-check';
import { saveSessionLinks } from './rotation-session-links';
import { syncSessionCheckIn } from './rotation-session-check-in';
import { memberName } from './rotation-schedule-view';

type LogServices = Pick<Services, 'listRotationLog' | 'saveRotationLogEntry' | 'addRotationFeedback'>;

export function rotationLogServices(ctx: CoreContext): LogServices {
  /** The holder of a session that has happened (or happens today): only those can be logged. */
  const holderOfPastSession = (rotation: Rotation, date: CalendarDate): string | null => {
    if (date > todayOf(ctx, rotation)) throw new AppError('invalid_input', `the session on ${date} has not happened yet`, 'date');
    return memberName(rotation, requireScheduledOccurrence(rotation, date, 'date').memberId) ?? null;
  };
  const entryOf = (rotationId: string, date: string): RotationLogEntry => {
    const entry = ctx.rotations.log.find(rotationId, date);
    if (!entry) throw new Error(`log entry ${rotationId} ${date} vanished inside its own transaction`);
    return entry;
  };
  return {
    listRotationLog: ({ rotationId }) => {
      requireRotation(ctx, rotationId, 'rotationId');
      return ctx.rotations.log.listByRotation(rotationId);
    },

    saveRotationLogEntry: ({ rotationId, date, decisionIds, goalIds, ...fields }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        const holderName = holderOfPastSession(rotation, date);
        ctx.rotations.log.save({ rotationId, date, holderName, ...fields, updatedAt: ctx.now().toISOString() });
        saveSessionLinks(ctx, rotation, date, { decisionIds, goalIds });
        syncSessionCheckIn(ctx, rotation, date);
        return entryOf(rotationId, date);
      }),

    addRotationFeedback: ({ rotationId, date, rating, comment, author }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        const at = ctx.now().toISOString();
        if (!ctx.rotations.log.find(rotationId, date)) {
          const holderName = holderOfPastSession(rotation, date);
          ctx.rotations.log.save({ rotationId, date, holderName, summary: '', attendance: [], notes: '', handover: '', updatedAt: at });
          syncSessionCheckIn(ctx, rotation, date);
        }
        ctx.rotations.log.addFeedback(rotationId, date, { id: randomUUID(), rating, comment, author, createdAt: at });
        return entryOf(rotationId, date);
      }),
  };
}
