import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { Rotation, RotationLogEntry } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { requireRotation, todayOf, type RotationContext } from './rotation-context';
import { requireScheduledOccurrence } from './rotation-occurrence-check';
import { saveSessionLinks } from './rotation-session-links';
import { syncSessionCheckIn } from './rotation-session-check-in';
import { memberName } from './rotation-schedule-view';

type LogServices = Pick<Services, 'listRotationLog' | 'saveRotationLogEntry' | 'addRotationFeedback'>;

export function rotationLogServices(ctx: RotationContext): LogServices {
  const { core } = ctx;
  /** The holder of a session that has happened (or happens today): only those can be logged. */
  const holderOfPastSession = (rotation: Rotation, date: CalendarDate): string | null => {
    if (date > todayOf(ctx, rotation)) throw new AppError('invalid_input', `the session on ${date} has not happened yet`, 'date');
    return memberName(rotation, requireScheduledOccurrence(rotation, date, 'date').memberId) ?? null;
  };
  const entryOf = (rotationId: string, date: string): RotationLogEntry => {
    const entry = ctx.log.find(rotationId, date);
    if (!entry) throw new Error(`log entry ${rotationId} ${date} vanished inside its own transaction`);
    return entry;
  };
  return {
    listRotationLog: ({ rotationId }) => {
      requireRotation(ctx, rotationId, 'rotationId');
      return ctx.log.listByRotation(rotationId);
    },

    saveRotationLogEntry: ({ rotationId, date, decisionIds, goalIds, ...fields }) =>
      core.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        const holderName = holderOfPastSession(rotation, date);
        ctx.log.save({ rotationId, date, holderName, ...fields, updatedAt: core.now().toISOString() });
        saveSessionLinks(ctx, rotation, date, { decisionIds, goalIds });
        syncSessionCheckIn(ctx, rotation, date);
        return entryOf(rotationId, date);
      }),

    addRotationFeedback: ({ rotationId, date, rating, comment, author }) =>
      core.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        const at = core.now().toISOString();
        if (!ctx.log.find(rotationId, date)) {
          const holderName = holderOfPastSession(rotation, date);
          ctx.log.save({ rotationId, date, holderName, summary: '', attendance: [], notes: '', handover: '', updatedAt: at });
          syncSessionCheckIn(ctx, rotation, date);
        }
        ctx.log.addFeedback(rotationId, date, { id: randomUUID(), rating, comment, author, createdAt: at });
        return entryOf(rotationId, date);
      }),
  };
}
