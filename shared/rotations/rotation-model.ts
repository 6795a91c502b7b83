import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const Weekday = z
  .number({ error: 'Pick a weekday from Monday to Sunday' })
  .int('Pick a weekday from Monday to Sunday')
  .min(1, 'Pick a weekday from Monday to Sunday')
  .max(7, 'Pick a weekday from Monday to Sunday');
export type Weekday = z.infer<typeof Weekday>;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** How often a rotation meets: every N weeks on a weekday, or monthly on the Nth (or last, -1) weekday. */
export const Cadence = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    weekday: Weekday,
    everyWeeks: z
      .number({ error: 'Repeat every 1 to 12 weeks' })
      .int('Repeat every 1 to 12 weeks')
      .min(1, 'Repeat every 1 to 12 weeks')
      .max(12, 'Repeat every 1 to 12 weeks')
      .default(1),
  }),
  z.object({
    kind: z.literal('monthly'),
    weekday: Weekday,
    /** 1 to 4, or -1 for the last such weekday of the month. */
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], { error: 'Pick the first, second, third, fourth or last weekday of the month' }),
  }),
]);
export type Cadence = z.infer<typeof Cadence>;

/** At most `maxTurns` turns for one member within any `periodWeeks` weeks. */
export const TurnCap = z.object({
  maxTurns: z.number({ error: 'Enter the most turns per period as a number' }).int('Enter a whole number of turns').min(1, 'A cap allows at least 1 turn').max(52, 'A cap allows at most 52 turns'),
  periodWeeks: z
    .number({ error: 'Enter the cap period in weeks' })
    .int('Enter the cap period in whole weeks')
    .min(1, 'A cap period is 1 to 52 weeks')
    .max(52, 'A cap period is 1 to 52 weeks'),
});
export type TurnCap = z.infer<typeof TurnCap>;

/** A member in rotation order; active from `activeFrom` (joined) until the day before `activeUntil` (left). */
export interface PlanMember {
  id: string;
  name: string;
  activeFrom: CalendarDate | null;
  activeUntil: CalendarDate | null;
}

/** A change to the plain rotation, kept as a record so it can be listed and undone. */
export type PlanOverride =
  | { id: string; type: 'skip'; date: CalendarDate; reason: string }
  | { id: string; type: 'absence'; memberId: string; from: CalendarDate; to: CalendarDate; reason: string }
  | { id: string; type: 'swap'; dateA: CalendarDate; dateB: CalendarDate }
  | { id: string; type: 'cover'; date: CalendarDate; memberId: string };

/**
 * A new order of the queue from a date on: from the first meeting on or after `from`, the listed
 * members take turns in this order (members not listed keep their places behind them).
 */
export interface PlanReorder {
  id: string;
  from: CalendarDate;
  memberIds: string[];
}

/** Everything the scheduler needs; nothing else about a rotation affects who gets which turn. */
export interface SchedulePlan {
  startDate: CalendarDate;
  cadence: Cadence;
  members: PlanMember[];
  /**
   * In the order they were made: swaps and covers act on the schedule as it stood when they were
   * made, so their order matters. Skips and absences act on the queue and do not depend on it.
   */
  overrides: PlanOverride[];
  cap: TurnCap | null;
  /** Changes of the queue's order, each from its date; none when left out. */
  reorders?: PlanReorder[];
}

/**
 * How a turn came to its holder: the queue's next in line, a swap, a cover ("take this turn"), or the
 * repayment of a cover (the covered member takes the coverer's next turn).
 */
export type TurnSource = 'queue' | 'swap' | 'cover' | 'repay';

export type ScheduledOccurrence =
  | { date: CalendarDate; status: 'scheduled'; memberId: string; source: TurnSource; passedOver: string[] }
  | { date: CalendarDate; status: 'skipped'; reason: string }
  | { date: CalendarDate; status: 'unassigned'; reason: string };

/** A turn one member took for another, and the later turn that evens it out. */
export interface CoverDebt {
  /** The cover override that made it. */
  coverId: string;
  /** Whose turn was covered: they owe a turn. */
  debtor: string;
  /** Who covered it: they are owed a turn. */
  creditor: string;
  coveredOn: CalendarDate;
  /** The creditor's later turn the debtor takes instead; null while none is in sight. */
  repaysOn: CalendarDate | null;
}

/** One member's line of the fairness ledger. */
export interface LedgerLine {
  memberId: string;
  /** Turns held before the window. */
  held: number;
  /** Turns in the window. */
  upcoming: number;
  /** Covers this member received (agreed, even for a later date) and has not repaid before the window. */
  coversOwed: number;
  /** Those covers, with who covered and the turn that repays each. */
  owes: Omit<CoverDebt, 'debtor'>[];
  /** Whether the member is in the rotation on any day of the window (a member joining in it is). */
  active: boolean;
  /** The day the member joins, when that is after the window's first day. */
  joinsOn: CalendarDate | null;
  /** The day the member leaves (no turns from it on), when they leave. */
  leavesOn: CalendarDate | null;
}
