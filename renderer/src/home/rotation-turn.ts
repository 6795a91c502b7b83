import { addDays } from '../../../shared/domain/calendar-date';
import type { HandoverView, RotationSchedule, RotationKind } from '../../../shared/api/rotation-operations';

/** The turn the home page names for a rotation: who holds the role this week, or who teaches next and what. */
export interface RotationTurn {
  date: string;
  /** When the turn starts, an instant, shown in the rotation's zone and the viewer's. */
  startsAt: string;
  holder: string | null;
  topic: string | null;
  /**
   * The handover the last holder of a role wrote, when it is for this turn's holder or for the
   * viewer (whose turn is next): the person taking over reads it where they see their turn.
   */
  handover: HandoverView | null;
}

/** How far back a role's turn still counts as "this week": a turn started up to six days ago. */
export const ROLE_WEEK_DAYS = 6;

/**
 * A role's turn that started within the last week is still being held; a teaching session is only
 * interesting before it happens. Skipped dates are nobody's turn. `me` is the viewer's name.
 */
export function currentTurn(kind: RotationKind, schedule: RotationSchedule, today: string, me: string | null = null): RotationTurn | null {
  const since = kind === 'role' ? addDays(today, -ROLE_WEEK_DAYS) : today;
  const turn = schedule.occurrences.find((o) => o.status !== 'skipped' && o.date >= since);
  if (!turn) return null;
  return { date: turn.date, startsAt: turn.startsAt, holder: turn.memberName, topic: turn.topic?.title ?? null, handover: handoverShown(kind, schedule.handover, turn.date, me) };
}

/** The handover goes with the turn it is for, or to the viewer ahead of their own turn; roles only. */
function handoverShown(kind: RotationKind, handover: HandoverView | null, turnDate: string, me: string | null): HandoverView | null {
  if (kind !== 'role' || !handover) return null;
  const forMe = me !== null && handover.toName.toLowerCase() === me.toLowerCase();
  return handover.toDate === turnDate || forMe ? handover : null;
}
