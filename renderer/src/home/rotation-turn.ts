import { addDays } from '../../../shared/domain/calendar-date';
import type { RotationSchedule, RotationKind } from '../../../shared/api/rotation-operations';

/** The turn the home page names for a rotation: who holds the role this week, or who teaches next and what. */
export interface RotationTurn {
  date: string;
  holder: string | null;
  topic: string | null;
}

/** How far back a role's turn still counts as "this week": a turn started up to six days ago. */
export const ROLE_WEEK_DAYS = 6;

/**
 * A role's turn that started within the last week is still being held; a teaching session is only
 * interesting before it happens. Skipped dates are nobody's turn.
 */
export function currentTurn(kind: RotationKind, schedule: RotationSchedule, today: string): RotationTurn | null {
  const since = kind === 'role' ? addDays(today, -ROLE_WEEK_DAYS) : today;
  const turn = schedule.occurrences.find((o) => o.status !== 'skipped' && o.date >= since);
  return turn ? { date: turn.date, holder: turn.memberName, topic: turn.topic?.title ?? null } : null;
}
