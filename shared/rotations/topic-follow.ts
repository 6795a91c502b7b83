import type { CalendarDate } from '../domain/calendar-date';
import type { ScheduledOccurrence } from './rotation-model';

/** A topic assigned to a session date. */
export interface TopicAssignment {
  topicId: string;
  date: CalendarDate;
}

/** Where a topic goes when a change gives its date to someone else: to `to`, or back to the backlog (null). */
export interface TopicMove {
  topicId: string;
  from: CalendarDate;
  to: CalendarDate | null;
  /** Who presents it: the topic stays theirs. */
  memberId: string;
}

/**
 * How assigned topics move when a change moves turns. A topic belongs to the person who presents
 * it, not to the date: when someone's turns change, the topics of the turns they lose go, in date
 * order, to the turns they gain (a swap moves a topic to its presenter's new date, a cover moves it
 * to the repaying turn). A topic whose presenter gains no turn goes back to the backlog. Topics on
 * dates whose holder is unchanged stay. `before` and `after` must cover the same dates: the
 * schedules before and after the change, over the change's preview window.
 */
export function topicMoves(
  before: readonly ScheduledOccurrence[],
  after: readonly ScheduledOccurrence[],
  assignments: readonly TopicAssignment[],
): TopicMove[] {
  const afterByDate = new Map(after.map((o) => [o.date, o]));
  const beforeByDate = new Map(before.map((o) => [o.date, o]));
  const holderIn = (o: ScheduledOccurrence | undefined) => (o?.status === 'scheduled' ? o.memberId : null);
  const moves: TopicMove[] = [];
  const byPresenter = new Map<string, TopicAssignment[]>();
  for (const assignment of [...assignments].sort((a, b) => a.date.localeCompare(b.date))) {
    const presenter = holderIn(beforeByDate.get(assignment.date));
    // A date outside the window (the past, or far ahead) is not touched by the change.
    if (presenter === null || !afterByDate.has(assignment.date)) continue;
    if (holderIn(afterByDate.get(assignment.date)) === presenter) continue;
    byPresenter.set(presenter, [...(byPresenter.get(presenter) ?? []), assignment]);
  }
  for (const [memberId, lost] of byPresenter) {
    const gained = after
      .filter((o) => holderIn(o) === memberId && holderIn(beforeByDate.get(o.date)) !== memberId)
      .map((o) => o.date);
    // A gained date is free: its topic belonged to whoever held it before, and moves with them.
    lost.forEach((assignment, i) => moves.push({ topicId: assignment.topicId, from: assignment.date, to: gained[i] ?? null, memberId }));
  }
  return moves.sort((a, b) => a.from.localeCompare(b.from));
}
