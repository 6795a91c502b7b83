import { z } from 'zod';
import { AppError } from '../api/api-result';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import { computeSchedule, isAbsent, isActiveOn } from './fair-schedule';
import { MemberName } from './member-name';
import type { PlanOverride, ScheduledOccurrence, SchedulePlan } from './rotation-model';

const Reason = z.string().trim().max(200, 'Shorten the reason to 200 characters').default('');

/** One change to a rotation's schedule; each can be previewed before it is applied. */
export const RotationChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('skipDate'), date: CalendarDate, reason: Reason }),
  z.object({ type: z.literal('absence'), memberId: Id, from: CalendarDate, to: CalendarDate, reason: Reason }),
  z.object({ type: z.literal('swap'), dateA: CalendarDate, dateB: CalendarDate }),
  z.object({ type: z.literal('cover'), date: CalendarDate, memberId: Id }),
  z.object({ type: z.literal('addMember'), name: MemberName, from: CalendarDate }),
  z.object({ type: z.literal('removeMember'), memberId: Id, from: CalendarDate }),
  z.object({ type: z.literal('removeOverride'), overrideId: Id }),
]);
export type RotationChange = z.infer<typeof RotationChange>;

/**
 * Every change a rotation takes: the ones above, a new order of the members from a date, and taking
 * back a member's joining or leaving (the undo of the Changes list). Kept apart from RotationChange
 * so the change dialogs, which offer a form per RotationChange type, keep their set of forms.
 */
export const RotationEdit = z.discriminatedUnion('type', [
  ...RotationChange.options,
  z.object({
    type: z.literal('reorder'),
    from: CalendarDate,
    memberIds: z.array(Id).min(1, 'Put at least one member in the new order').max(100, 'A rotation has at most 100 members'),
  }),
  z.object({ type: z.literal('undoJoin'), memberId: Id }),
  z.object({ type: z.literal('undoLeave'), memberId: Id }),
]);
export type RotationEdit = z.infer<typeof RotationEdit>;

export interface ChangeContext {
  /** The user's today: changes to turns before it are refused, the past is a record. */
  today: CalendarDate;
  newId: () => string;
}

/**
 * The plan with the change made, or an AppError naming the field that makes it impossible. The input
 * plan is not modified.
 */
export function applyChange(plan: SchedulePlan, change: RotationEdit, ctx: ChangeContext): SchedulePlan {
  switch (change.type) {
    case 'skipDate':
      return addSkip(plan, change, ctx);
    case 'absence':
      return addAbsence(plan, change, ctx);
    case 'swap':
      return addSwap(plan, change, ctx);
    case 'cover':
      return addCover(plan, change, ctx);
    case 'addMember':
      return addMember(plan, change, ctx);
    case 'removeMember':
      return removeMember(plan, change, ctx);
    case 'removeOverride':
      return removeOverride(plan, change.overrideId);
    case 'reorder':
      return addReorder(plan, change, ctx);
    case 'undoJoin':
      return undoJoin(plan, change.memberId, ctx);
    case 'undoLeave':
      return undoLeave(plan, change.memberId);
  }
}

/** The last date a change touches, so a preview can show its effect. */
export function changeReach(plan: SchedulePlan, change: RotationEdit): CalendarDate | undefined {
  switch (change.type) {
    case 'skipDate':
    case 'cover':
      return change.date;
    case 'absence':
      return change.to;
    case 'swap':
      return change.dateA > change.dateB ? change.dateA : change.dateB;
    case 'addMember':
    case 'removeMember':
    case 'reorder':
      return change.from;
    case 'undoJoin':
      return plan.members.find((m) => m.id === change.memberId)?.activeFrom ?? undefined;
    case 'undoLeave':
      return plan.members.find((m) => m.id === change.memberId)?.activeUntil ?? undefined;
    case 'removeOverride': {
      const reorder = plan.reorders?.find((r) => r.id === change.overrideId);
      if (reorder) return reorder.from;
      const o = plan.overrides.find((x) => x.id === change.overrideId);
      if (!o) return undefined;
      return o.type === 'absence' ? o.to : o.type === 'swap' ? (o.dateA > o.dateB ? o.dateA : o.dateB) : o.date;
    }
  }
}

function requireNotPast(date: CalendarDate, ctx: ChangeContext, field: string, what: string): void {
  if (date < ctx.today) throw new AppError('invalid_input', `${date} is in the past; ${what} can only change turns from today on`, field);
}

function occurrenceOn(plan: SchedulePlan, date: CalendarDate, field: string): ScheduledOccurrence {
  const [occurrence] = computeSchedule(plan, { from: date, count: 1 }).occurrences;
  if (occurrence?.date !== date) {
    throw new AppError('invalid_input', `the rotation does not meet on ${date}`, field);
  }
  return occurrence;
}

function requireMember(plan: SchedulePlan, memberId: string, field: string) {
  const member = plan.members.find((m) => m.id === memberId);
  if (!member) throw new AppError('not_found', 'That member is not in this rotation (any more)', field);
  return member;
}

function withOverride(plan: SchedulePlan, override: PlanOverride): SchedulePlan {
  return { ...plan, overrides: [...plan.overrides, override] };
}

function addSkip(plan: SchedulePlan, change: { date: CalendarDate; reason: string }, ctx: ChangeContext): SchedulePlan {
  requireNotPast(change.date, ctx, 'change.date', 'skipping a date');
  const occurrence = occurrenceOn(plan, change.date, 'change.date');
  if (occurrence.status === 'skipped') throw new AppError('invalid_input', `${change.date} is already skipped`, 'change.date');
  return withOverride(plan, { id: ctx.newId(), type: 'skip', date: change.date, reason: change.reason || 'skipped' });
}

function addAbsence(
  plan: SchedulePlan,
  change: { memberId: string; from: CalendarDate; to: CalendarDate; reason: string },
  ctx: ChangeContext,
): SchedulePlan {
  const member = requireMember(plan, change.memberId, 'change.memberId');
  if (change.to < change.from) throw new AppError('invalid_input', 'an absence must end on or after the day it starts', 'change.to');
  // The turns before today are a record: an absence that started earlier is marked from today.
  requireNotPast(change.from, ctx, 'change.from', 'an absence');
  const overlapping = plan.overrides.find(
    (o) => o.type === 'absence' && o.memberId === member.id && o.from <= change.to && change.from <= o.to,
  );
  if (overlapping?.type === 'absence') {
    throw new AppError(
      'invalid_input',
      `${member.name} is already absent from ${overlapping.from} to ${overlapping.to}; absences of one member may not overlap`,
      'change.from',
    );
  }
  return withOverride(plan, { id: ctx.newId(), type: 'absence', memberId: member.id, from: change.from, to: change.to, reason: change.reason });
}

function addSwap(plan: SchedulePlan, change: { dateA: CalendarDate; dateB: CalendarDate }, ctx: ChangeContext): SchedulePlan {
  requireNotPast(change.dateA, ctx, 'change.dateA', 'a swap');
  requireNotPast(change.dateB, ctx, 'change.dateB', 'a swap');
  if (change.dateA === change.dateB) throw new AppError('invalid_input', 'pick two different dates to swap', 'change.dateB');
  const a = occurrenceOn(plan, change.dateA, 'change.dateA');
  const b = occurrenceOn(plan, change.dateB, 'change.dateB');
  if (a.status !== 'scheduled') throw new AppError('invalid_input', `${change.dateA} has no turn to swap (${a.reason})`, 'change.dateA');
  if (b.status !== 'scheduled') throw new AppError('invalid_input', `${change.dateB} has no turn to swap (${b.reason})`, 'change.dateB');
  if (a.memberId === b.memberId) throw new AppError('invalid_input', `both turns belong to ${nameOf(plan, a.memberId)}; nothing to swap`, 'change.dateB');
  for (const [holder, other, field] of [
    [a.memberId, b.date, 'change.dateB'],
    [b.memberId, a.date, 'change.dateA'],
  ] as const) {
    const member = plan.members.find((m) => m.id === holder);
    if (member && !isActiveOn(member, other)) throw new AppError('invalid_input', `${member.name} is not in the rotation on ${other}`, field);
  }
  if (isAbsent(plan.overrides, a.memberId, b.date)) {
    throw new AppError('invalid_input', `${nameOf(plan, a.memberId)} is absent on ${b.date}`, 'change.dateB');
  }
  if (isAbsent(plan.overrides, b.memberId, a.date)) {
    throw new AppError('invalid_input', `${nameOf(plan, b.memberId)} is absent on ${a.date}`, 'change.dateA');
  }
  return withOverride(plan, { id: ctx.newId(), type: 'swap', dateA: change.dateA, dateB: change.dateB });
}

function addCover(plan: SchedulePlan, change: { date: CalendarDate; memberId: string }, ctx: ChangeContext): SchedulePlan {
  requireNotPast(change.date, ctx, 'change.date', 'a cover');
  const member = requireMember(plan, change.memberId, 'change.memberId');
  const occurrence = occurrenceOn(plan, change.date, 'change.date');
  if (occurrence.status === 'skipped') throw new AppError('invalid_input', `${change.date} is skipped (${occurrence.reason})`, 'change.date');
  if (occurrence.status === 'scheduled' && occurrence.memberId === member.id) {
    throw new AppError('invalid_input', `the turn on ${change.date} is already ${member.name}'s`, 'change.memberId');
  }
  if (!isActiveOn(member, change.date)) throw new AppError('invalid_input', `${member.name} is not in the rotation on ${change.date}`, 'change.memberId');
  if (isAbsent(plan.overrides, member.id, change.date)) throw new AppError('invalid_input', `${member.name} is absent on ${change.date}`, 'change.memberId');
  if (plan.overrides.some((o) => o.type === 'cover' && o.date === change.date)) {
    throw new AppError('invalid_input', `the turn on ${change.date} is already covered; undo that cover first`, 'change.date');
  }
  return withOverride(plan, { id: ctx.newId(), type: 'cover', date: change.date, memberId: member.id });
}

function addMember(plan: SchedulePlan, change: { name: string; from: CalendarDate }, ctx: ChangeContext): SchedulePlan {
  const clash = plan.members.find((m) => m.name.toLowerCase() === change.name.toLowerCase() && (m.activeUntil === null || m.activeUntil > change.from));
  if (clash) throw new AppError('invalid_input', `${clash.name} is already in this rotation`, 'change.name');
  const from = change.from < plan.startDate ? plan.startDate : change.from;
  return { ...plan, members: [...plan.members, { id: ctx.newId(), name: change.name, activeFrom: from, activeUntil: null }] };
}

function removeMember(plan: SchedulePlan, change: { memberId: string; from: CalendarDate }, ctx: ChangeContext): SchedulePlan {
  const member = requireMember(plan, change.memberId, 'change.memberId');
  requireNotPast(change.from, ctx, 'change.from', 'a member leaving');
  if (member.activeUntil !== null && member.activeUntil <= change.from) {
    throw new AppError('invalid_input', `${member.name} has already left the rotation on ${member.activeUntil}`, 'change.memberId');
  }
  if (member.activeUntil !== null) {
    // One leaving date per member, so undoing it gives back exactly the rotation before.
    throw new AppError('invalid_input', `${member.name} already leaves on ${member.activeUntil}; undo that first`, 'change.memberId');
  }
  if (member.activeFrom !== null && change.from <= member.activeFrom) {
    throw new AppError('invalid_input', `${member.name} joins on ${member.activeFrom}; undo the joining instead`, 'change.from');
  }
  const remaining = plan.members.filter((m) => m.id !== member.id && (m.activeUntil === null || m.activeUntil > change.from));
  if (remaining.length === 0) {
    throw new AppError('invalid_input', `${member.name} is the last member; a rotation needs at least one member`, 'change.memberId');
  }
  return { ...plan, members: plan.members.map((m) => (m.id === member.id ? { ...m, activeUntil: change.from } : m)) };
}

function removeOverride(plan: SchedulePlan, overrideId: string): SchedulePlan {
  if (plan.reorders?.some((r) => r.id === overrideId)) {
    return { ...plan, reorders: plan.reorders.filter((r) => r.id !== overrideId) };
  }
  if (!plan.overrides.some((o) => o.id === overrideId)) {
    throw new AppError('not_found', 'That change is not in this rotation any more; it may have been undone already', 'change.overrideId');
  }
  return { ...plan, overrides: plan.overrides.filter((o) => o.id !== overrideId) };
}

function addReorder(plan: SchedulePlan, change: { from: CalendarDate; memberIds: string[] }, ctx: ChangeContext): SchedulePlan {
  requireNotPast(change.from, ctx, 'change.from', 'a new order');
  const active = plan.members.filter((m) => isActiveOn(m, change.from)).map((m) => m.id);
  const unknown = change.memberIds.find((id) => !active.includes(id));
  if (unknown !== undefined) {
    throw new AppError('invalid_input', `${nameOf(plan, unknown)} is not in the rotation on ${change.from}`, 'change.memberIds');
  }
  if (new Set(change.memberIds).size !== change.memberIds.length) {
    throw new AppError('invalid_input', 'List each member once in the new order', 'change.memberIds');
  }
  if (change.memberIds.length !== active.length) {
    throw new AppError('invalid_input', 'Put every member of the rotation in the new order', 'change.memberIds');
  }
  if (plan.reorders?.some((r) => r.from === change.from)) {
    throw new AppError('invalid_input', `The order already changes on ${change.from}; undo that change first`, 'change.from');
  }
  return { ...plan, reorders: [...(plan.reorders ?? []), { id: ctx.newId(), from: change.from, memberIds: change.memberIds }] };
}

/** Takes a joining back: the member goes, with their absences and covers, as if never added. */
function undoJoin(plan: SchedulePlan, memberId: string, ctx: ChangeContext): SchedulePlan {
  const member = requireMember(plan, memberId, 'change.memberId');
  if (member.activeFrom === null) throw new AppError('invalid_input', `${member.name} has been in the rotation from the start; remove them from a date instead`, 'change.memberId');
  if (member.activeFrom < ctx.today) {
    throw new AppError('invalid_input', `${member.name} joined on ${member.activeFrom}, before today; remove them from a date instead`, 'change.memberId');
  }
  const theirs = plan.overrides.find((o) => (o.type === 'absence' || o.type === 'cover') && o.memberId === member.id);
  if (theirs) throw new AppError('invalid_input', `${member.name} has an absence or a cover; undo it first`, 'change.memberId');
  return {
    ...plan,
    members: plan.members.filter((m) => m.id !== member.id),
    ...(plan.reorders && { reorders: plan.reorders.map((r) => ({ ...r, memberIds: r.memberIds.filter((id) => id !== member.id) })) }),
  };
}

function undoLeave(plan: SchedulePlan, memberId: string): SchedulePlan {
  const member = requireMember(plan, memberId, 'change.memberId');
  if (member.activeUntil === null) throw new AppError('invalid_input', `${member.name} is not leaving the rotation`, 'change.memberId');
  const clash = plan.members.find((m) => m.id !== member.id && m.name.toLowerCase() === member.name.toLowerCase() && m.activeUntil === null);
  if (clash) throw new AppError('invalid_input', `${clash.name} is in the rotation again under the same name`, 'change.memberId');
  return { ...plan, members: plan.members.map((m) => (m.id === member.id ? { ...m, activeUntil: null } : m)) };
}

function nameOf(plan: SchedulePlan, memberId: string): string {
  return plan.members.find((m) => m.id === memberId)?.name ?? 'someone';
}
