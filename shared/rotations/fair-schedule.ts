import type { CalendarDate } from '../domain/calendar-date';
import { daysBetween, occurrenceDates } from './occurrence-dates';
import type { CoverDebt, LedgerLine, PlanMember, PlanOverride, ScheduledOccurrence, SchedulePlan, TurnSource } from './rotation-model';

/** Which occurrences to return: `count` of them from `from` on, and, with `until`, at least past that date. */
export interface ScheduleWindow {
  from: CalendarDate;
  count: number;
  /** Keep going past this date by one round of members, so the effect of a change there shows. */
  until?: CalendarDate;
}

/** A swap or cover that no longer does anything, and why (its date was skipped since, …). */
export interface UnappliedChange {
  overrideId: string;
  reason: string;
}

export interface Schedule {
  occurrences: ScheduledOccurrence[];
  ledger: LedgerLine[];
  /** Every cover of the plan that took a turn from someone, in the order they were made. */
  debts: CoverDebt[];
  unapplied: UnappliedChange[];
}

/** Far enough for a weekly rotation to run for a century; beyond it a plan is taken to be broken. */
const MAX_OCCURRENCES = 5_500;

type Scheduled = Extract<ScheduledOccurrence, { status: 'scheduled' }>;

/**
 * The fair schedule of a plan, in two steps.
 *
 * The queue: members take turns in their order, and whoever holds a turn goes to the back. Who is
 * absent or at their cap is passed over but keeps their place at the front, so they take the next
 * turn they can. Members join at the back on their first day and leave on their last, so nobody
 * else's order changes; a reorder sets the order from its date on. Skipped dates use nobody's turn.
 *
 * The changes: swaps and covers then act, in the order they were made, on the schedule as it stood
 * when each was made, because that is the schedule the person making it saw. A swap exchanges two
 * holders and moves no one else. A cover gives the turn on its date to the coverer, whoever held it
 * then; the member who held it owes a turn and repays it by taking the coverer's next turn.
 * Everything is simulated from the start date, so the past and the future come from the same rules.
 */
export function computeSchedule(plan: SchedulePlan, window: ScheduleWindow): Schedule {
  const run = new QueueRun(plan);
  const raw: ScheduledOccurrence[] = [];
  const lastSwapDate = plan.overrides.reduce<CalendarDate>(
    (latest, o) => (o.type === 'swap' ? maxDate(latest, maxDate(o.dateA, o.dateB)) : latest),
    plan.startDate,
  );
  const lastCoverDate = plan.overrides.reduce<CalendarDate | null>((latest, o) => (o.type === 'cover' ? maxDate(latest ?? o.date, o.date) : latest), null);
  const repayWithin = repayHorizon(plan);
  const round = roundAfterUntil(plan);
  let inWindow = 0;
  let pastUntil = 0;
  let afterLastCover = 0;
  for (const date of occurrenceDates(plan.cadence, plan.startDate)) {
    if (raw.length >= MAX_OCCURRENCES) break;
    const enoughInWindow = inWindow >= window.count && (window.until === undefined || pastUntil >= round);
    // A cover's repayment is looked for within `repayWithin` occurrences after it, wherever the window ends.
    const coversSettled = lastCoverDate === null || afterLastCover >= repayWithin;
    if (enoughInWindow && date > lastSwapDate && coversSettled) break;
    raw.push(run.next(date));
    if (date >= window.from) inWindow += 1;
    if (window.until !== undefined && date > window.until) pastUntil += 1;
    if (lastCoverDate !== null && date > lastCoverDate) afterLastCover += 1;
  }
  const { occurrences: all, debts, unapplied } = applyChanges(plan, raw, repayWithin);
  const occurrences = shownOccurrences(all, window, round);
  const lastShown = occurrences.at(-1)?.date ?? window.from;
  return { occurrences, ledger: ledgerOf(plan.members, all, window.from, lastShown, debts), debts, unapplied };
}

/** One more than the members: enough occurrences for everyone's next turn to show after a change. */
function roundAfterUntil(plan: SchedulePlan): number {
  return plan.members.length + 1;
}

/**
 * How many occurrences after a cover its repayment is looked for: a few rounds, so an absence or two
 * of the coverer does not leave the debt open, and a fixed number, so every window agrees.
 */
function repayHorizon(plan: SchedulePlan): number {
  return Math.max(26, 3 * (plan.members.length + 1));
}

function shownOccurrences(all: readonly ScheduledOccurrence[], window: ScheduleWindow, round: number): ScheduledOccurrence[] {
  const inWindow = all.filter((o) => o.date >= window.from);
  const until = window.until;
  const throughUntil = until === undefined ? 0 : inWindow.filter((o) => o.date <= until).length + round;
  return inWindow.slice(0, Math.max(window.count, throughUntil));
}

class QueueRun {
  private readonly queue: string[] = [];
  private readonly joined = new Set<string>();
  private readonly turnDates = new Map<string, CalendarDate[]>();
  private readonly reorders: NonNullable<SchedulePlan['reorders']>;
  private reordered = 0;

  constructor(private readonly plan: SchedulePlan) {
    this.reorders = [...(plan.reorders ?? [])].sort((a, b) => a.from.localeCompare(b.from));
  }

  next(date: CalendarDate): ScheduledOccurrence {
    this.updateMembers(date);
    this.applyReorders(date);
    const skip = this.plan.overrides.find((o) => o.type === 'skip' && o.date === date);
    if (skip?.type === 'skip') return { date, status: 'skipped', reason: skip.reason };

    const passedOver: string[] = [];
    const pickIndex = this.queue.findIndex((id) => {
      if (this.canHold(id, date)) return true;
      passedOver.push(id);
      return false;
    });
    if (pickIndex < 0) {
      return {
        date,
        status: 'unassigned',
        reason: this.queue.length === 0 ? 'nobody is in the rotation on this date' : 'everyone is absent or has reached their cap',
      };
    }
    const [pick] = this.queue.splice(pickIndex, 1) as [string];
    this.queue.push(pick);
    return this.hold(date, pick, 'queue', passedOver);
  }

  private updateMembers(date: CalendarDate): void {
    for (const member of this.plan.members) {
      if (!this.joined.has(member.id) && isActiveOn(member, date)) {
        this.joined.add(member.id);
        this.queue.push(member.id);
      }
    }
    for (let i = this.queue.length - 1; i >= 0; i -= 1) {
      const member = this.plan.members.find((m) => m.id === this.queue[i]);
      if (!member || !isActiveOn(member, date)) this.queue.splice(i, 1);
    }
  }

  /** A reorder takes effect at the first meeting on or after its date; a later one wins. */
  private applyReorders(date: CalendarDate): void {
    while (this.reordered < this.reorders.length && this.reorders[this.reordered]!.from <= date) {
      const order = this.reorders[this.reordered]!.memberIds;
      const listed = order.filter((id) => this.queue.includes(id));
      const rest = this.queue.filter((id) => !order.includes(id));
      this.queue.splice(0, this.queue.length, ...listed, ...rest);
      this.reordered += 1;
    }
  }

  private canHold(memberId: string, date: CalendarDate): boolean {
    return !isAbsent(this.plan.overrides, memberId, date) && this.underCap(memberId, date);
  }

  private underCap(memberId: string, date: CalendarDate): boolean {
    const cap = this.plan.cap;
    if (!cap) return true;
    const recent = (this.turnDates.get(memberId) ?? []).filter((d) => daysBetween(d, date) < cap.periodWeeks * 7);
    return recent.length < cap.maxTurns;
  }

  private hold(date: CalendarDate, memberId: string, source: TurnSource, passedOver: string[]): ScheduledOccurrence {
    const dates = this.turnDates.get(memberId) ?? [];
    dates.push(date);
    this.turnDates.set(memberId, dates);
    return { date, status: 'scheduled', memberId, source, passedOver };
  }
}

/** Whether the member belongs to the rotation on this date (joined on or before it, not yet left). */
export function isActiveOn(member: PlanMember, date: CalendarDate): boolean {
  return (member.activeFrom === null || member.activeFrom <= date) && (member.activeUntil === null || date < member.activeUntil);
}

/** Whether one of the member's absences covers this date (both ends included). */
export function isAbsent(overrides: readonly PlanOverride[], memberId: string, date: CalendarDate): boolean {
  return overrides.some((o) => o.type === 'absence' && o.memberId === memberId && o.from <= date && date <= o.to);
}

/**
 * Why a member cannot hold a turn on a date that a swap or cover gives them, or null when they can.
 * Caps do not apply: a swap or cover is a choice the members made themselves.
 */
function cannotHold(plan: SchedulePlan, memberId: string, date: CalendarDate): string | null {
  const member = plan.members.find((m) => m.id === memberId);
  if (!member || !isActiveOn(member, date)) return `${nameIn(plan, memberId)} is not in the rotation on ${date}`;
  if (isAbsent(plan.overrides, memberId, date)) return `${nameIn(plan, memberId)} is away on ${date}`;
  return null;
}

function applyChanges(
  plan: SchedulePlan,
  raw: readonly ScheduledOccurrence[],
  repayWithin: number,
): { occurrences: ScheduledOccurrence[]; debts: CoverDebt[]; unapplied: UnappliedChange[] } {
  const occurrences = raw.slice();
  const indexOf = new Map(occurrences.map((o, i) => [o.date, i]));
  const debts: CoverDebt[] = [];
  const unapplied: UnappliedChange[] = [];
  const refuse = (overrideId: string, reason: string) => unapplied.push({ overrideId, reason });
  const scheduledAt = (date: CalendarDate, overrideId: string): { index: number; turn: Scheduled } | null => {
    const index = indexOf.get(date);
    const turn = index === undefined ? undefined : occurrences[index];
    if (index === undefined || !turn) {
      refuse(overrideId, `the rotation does not meet on ${date}`);
      return null;
    }
    if (turn.status !== 'scheduled') {
      refuse(overrideId, `${date} has no turn any more (${turn.reason})`);
      return null;
    }
    return { index, turn };
  };

  for (const change of plan.overrides) {
    if (change.type === 'swap') {
      const a = scheduledAt(change.dateA, change.id);
      const b = a && scheduledAt(change.dateB, change.id);
      if (!a || !b) continue;
      if (a.turn.memberId === b.turn.memberId) {
        refuse(change.id, `both turns are ${nameIn(plan, a.turn.memberId)}'s now`);
        continue;
      }
      const problem = cannotHold(plan, a.turn.memberId, b.turn.date) ?? cannotHold(plan, b.turn.memberId, a.turn.date);
      if (problem) {
        refuse(change.id, problem);
        continue;
      }
      occurrences[a.index] = { ...a.turn, memberId: b.turn.memberId, source: 'swap' };
      occurrences[b.index] = { ...b.turn, memberId: a.turn.memberId, source: 'swap' };
    } else if (change.type === 'cover') {
      const index = indexOf.get(change.date);
      const turn = index === undefined ? undefined : occurrences[index];
      if (index === undefined || !turn) {
        refuse(change.id, `the rotation does not meet on ${change.date}`);
        continue;
      }
      if (turn.status === 'skipped') {
        refuse(change.id, `${change.date} is skipped (${turn.reason})`);
        continue;
      }
      if (turn.status === 'scheduled' && turn.memberId === change.memberId) {
        refuse(change.id, `the turn on ${change.date} is ${nameIn(plan, change.memberId)}'s anyway`);
        continue;
      }
      const problem = cannotHold(plan, change.memberId, change.date);
      if (problem) {
        refuse(change.id, problem);
        continue;
      }
      const passedOver = turn.status === 'scheduled' ? turn.passedOver : [];
      occurrences[index] = { date: change.date, status: 'scheduled', memberId: change.memberId, source: 'cover', passedOver };
      // Filling a turn nobody could take covers nobody, so nobody owes it.
      if (turn.status !== 'scheduled') continue;
      const debtor = turn.memberId;
      let repaysOn: CalendarDate | null = null;
      for (let j = index + 1; j < occurrences.length && j <= index + repayWithin; j += 1) {
        const later = occurrences[j]!;
        if (later.status !== 'scheduled' || later.memberId !== change.memberId) continue;
        if (cannotHold(plan, debtor, later.date)) continue;
        occurrences[j] = { ...later, memberId: debtor, source: 'repay' };
        repaysOn = later.date;
        break;
      }
      debts.push({ coverId: change.id, debtor, creditor: change.memberId, coveredOn: change.date, repaysOn });
    }
  }
  return { occurrences, debts, unapplied };
}

function ledgerOf(
  members: readonly PlanMember[],
  all: readonly ScheduledOccurrence[],
  from: CalendarDate,
  lastShown: CalendarDate,
  debts: readonly CoverDebt[],
): LedgerLine[] {
  return members.map((member) => {
    let held = 0;
    let upcoming = 0;
    for (const o of all) {
      if (o.status !== 'scheduled' || o.memberId !== member.id) continue;
      if (o.date < from) held += 1;
      else if (o.date <= lastShown) upcoming += 1;
    }
    // A debt counts from the moment the cover is agreed until the turn that repays it has passed.
    const owes = debts
      .filter((d) => d.debtor === member.id && (d.repaysOn === null || d.repaysOn >= from))
      .map(({ coverId, creditor, coveredOn, repaysOn }) => ({ coverId, creditor, coveredOn, repaysOn }));
    return {
      memberId: member.id,
      held,
      upcoming,
      coversOwed: owes.length,
      owes,
      active: (member.activeFrom === null || member.activeFrom <= lastShown) && (member.activeUntil === null || member.activeUntil > from),
      joinsOn: member.activeFrom !== null && member.activeFrom > from ? member.activeFrom : null,
      leavesOn: member.activeUntil,
    };
  });
}

function nameIn(plan: SchedulePlan, memberId: string): string {
  return plan.members.find((m) => m.id === memberId)?.name ?? 'someone who left';
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
