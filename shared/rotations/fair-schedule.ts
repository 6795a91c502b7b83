import type { CalendarDate } from '../domain/calendar-date';
import { daysBetween, occurrenceDates } from './occurrence-dates';
import type { LedgerLine, PlanMember, PlanOverride, ScheduledOccurrence, SchedulePlan, TurnSource } from './rotation-model';

/** Which occurrences to return: `count` of them from `from` on, and, with `until`, at least past that date. */
export interface ScheduleWindow {
  from: CalendarDate;
  count: number;
  /** Keep going past this date by one round of members, so the effect of a change there shows. */
  until?: CalendarDate;
}

export interface Schedule {
  occurrences: ScheduledOccurrence[];
  ledger: LedgerLine[];
}

/** Far enough for a weekly rotation to run for a century; beyond it a plan is taken to be broken. */
const MAX_OCCURRENCES = 5_500;

interface Debt {
  debtor: string;
  creditor: string;
}

/**
 * The fair schedule of a plan. Members take turns from a queue in their order: whoever holds a turn
 * goes to the back. Who is absent or at their cap is passed over but keeps their place at the front,
 * so they take the next turn they can (re-queued, not dropped). Members join at the back on their
 * first day and leave the queue on their last, so nobody else's order changes. A cover hands a turn
 * to someone else and the covered member repays it by taking the coverer's next turn. Swaps exchange
 * two holders after the queue has run, so they move no one else. Everything is simulated from the
 * start date, so the past and the future come from the same rules.
 */
export function computeSchedule(plan: SchedulePlan, window: ScheduleWindow): Schedule {
  const run = new QueueRun(plan);
  const all: ScheduledOccurrence[] = [];
  const lastSwapDate = plan.overrides.reduce<CalendarDate>(
    (latest, o) => (o.type === 'swap' ? maxDate(latest, maxDate(o.dateA, o.dateB)) : latest),
    plan.startDate,
  );
  let inWindow = 0;
  let pastUntil = 0;
  let debtsAtWindowStart: Debt[] | null = null;
  for (const date of occurrenceDates(plan.cadence, plan.startDate)) {
    if (all.length >= MAX_OCCURRENCES) break;
    const enoughInWindow = inWindow >= window.count && (window.until === undefined || pastUntil >= roundAfterUntil(plan));
    if (enoughInWindow && date > lastSwapDate) break;
    if (date >= window.from && debtsAtWindowStart === null) debtsAtWindowStart = run.debts.slice();
    all.push(run.next(date));
    if (date >= window.from) inWindow += 1;
    if (window.until !== undefined && date > window.until) pastUntil += 1;
  }
  applySwaps(all, plan.overrides);
  const occurrences = shownOccurrences(all, window, roundAfterUntil(plan));
  const lastShown = occurrences.at(-1)?.date;
  return {
    occurrences,
    ledger: ledgerOf(plan.members, all, window.from, lastShown, debtsAtWindowStart ?? run.debts),
  };
}

/** One more than the members: enough occurrences for everyone's next turn to show after a change. */
function roundAfterUntil(plan: SchedulePlan): number {
  return plan.members.length + 1;
}

function shownOccurrences(all: readonly ScheduledOccurrence[], window: ScheduleWindow, round: number): ScheduledOccurrence[] {
  const inWindow = all.filter((o) => o.date >= window.from);
  const until = window.until;
  const throughUntil = until === undefined ? 0 : inWindow.filter((o) => o.date <= until).length + round;
  return inWindow.slice(0, Math.max(window.count, throughUntil));
}

class QueueRun {
  readonly debts: Debt[] = [];
  private readonly queue: string[] = [];
  private readonly joined = new Set<string>();
  private readonly turnDates = new Map<string, CalendarDate[]>();

  constructor(private readonly plan: SchedulePlan) {}

  next(date: CalendarDate): ScheduledOccurrence {
    this.updateMembers(date);
    const skip = this.plan.overrides.find((o) => o.type === 'skip' && o.date === date);
    if (skip?.type === 'skip') return { date, status: 'skipped', reason: skip.reason };

    const passedOver: string[] = [];
    const pickIndex = this.queue.findIndex((id) => {
      if (this.canHold(id, date)) return true;
      passedOver.push(id);
      return false;
    });
    const cover = this.plan.overrides.find((o) => o.type === 'cover' && o.date === date);
    if (cover?.type === 'cover' && this.queue[pickIndex] !== cover.memberId) {
      if (pickIndex >= 0) {
        const covered = this.sendToBack(pickIndex);
        this.debts.push({ debtor: covered, creditor: cover.memberId });
      }
      return this.hold(date, cover.memberId, 'cover', passedOver);
    }
    if (pickIndex < 0) {
      return {
        date,
        status: 'unassigned',
        reason: this.queue.length === 0 ? 'nobody is in the rotation on this date' : 'everyone is absent or has reached their cap',
      };
    }
    const pick = this.sendToBack(pickIndex);
    const debtIndex = this.debts.findIndex((d) => d.creditor === pick && this.queue.includes(d.debtor) && this.canHold(d.debtor, date));
    if (debtIndex >= 0) {
      const [debt] = this.debts.splice(debtIndex, 1) as [Debt];
      return this.hold(date, debt.debtor, 'repay', passedOver);
    }
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

  private canHold(memberId: string, date: CalendarDate): boolean {
    return !isAbsent(this.plan.overrides, memberId, date) && this.underCap(memberId, date);
  }

  private underCap(memberId: string, date: CalendarDate): boolean {
    const cap = this.plan.cap;
    if (!cap) return true;
    const recent = (this.turnDates.get(memberId) ?? []).filter((d) => daysBetween(d, date) < cap.periodWeeks * 7);
    return recent.length < cap.maxTurns;
  }

  private sendToBack(index: number): string {
    const [id] = this.queue.splice(index, 1) as [string];
    this.queue.push(id);
    return id;
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

function applySwaps(occurrences: ScheduledOccurrence[], overrides: readonly PlanOverride[]): void {
  for (const swap of overrides) {
    if (swap.type !== 'swap') continue;
    const a = occurrences.findIndex((o) => o.date === swap.dateA);
    const b = occurrences.findIndex((o) => o.date === swap.dateB);
    const first = occurrences[a];
    const second = occurrences[b];
    // A swap whose dates have since been skipped or left empty no longer has two turns to exchange.
    if (first?.status !== 'scheduled' || second?.status !== 'scheduled') continue;
    occurrences[a] = { ...first, memberId: second.memberId, source: 'swap' };
    occurrences[b] = { ...second, memberId: first.memberId, source: 'swap' };
  }
}

function ledgerOf(
  members: readonly PlanMember[],
  all: readonly ScheduledOccurrence[],
  from: CalendarDate,
  lastShown: CalendarDate | undefined,
  debts: readonly Debt[],
): LedgerLine[] {
  return members.map((member) => {
    let held = 0;
    let upcoming = 0;
    for (const o of all) {
      if (o.status !== 'scheduled' || o.memberId !== member.id) continue;
      if (o.date < from) held += 1;
      else if (lastShown !== undefined && o.date <= lastShown) upcoming += 1;
    }
    return {
      memberId: member.id,
      held,
      upcoming,
      coversOwed: debts.filter((d) => d.debtor === member.id).length,
      active: isActiveOn(member, from),
    };
  });
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
