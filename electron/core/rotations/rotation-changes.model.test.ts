import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/api-result';
import type { Rotation, RotationSchedule } from '../../../shared/api/rotation-operations';
import { addDays, type CalendarDate } from '../../../shared/domain/calendar-date';
import { calendarUid } from '../../../shared/rotations/calendar-events';
import { computeSchedule } from '../../../shared/rotations/fair-schedule';
import { applyChange, type RotationEdit } from '../../../shared/rotations/rotation-change';
import type { SchedulePlan } from '../../../shared/rotations/rotation-model';
import { planOf } from '../../../shared/rotations/rotation-plan';
import { openCore } from '../core';
import { call, callError } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { prop, readIcs } from '../testing/ics-reader';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

// Random sequences of rotation changes through the API, on a real database: after every step the
// stored rotation gives the schedule the shared schedule logic gives for the same changes, undo puts
// the stored rotation back exactly, topics stay with their presenters, the .ics export agrees with
// the schedule, and a restart changes nothing. shared/rotations/rotation-schedule.model.test.ts checks
// the schedule logic itself against a reference model; this checks what the core stores and serves.
// CAIRN_MODEL_SEED and CAIRN_MODEL_RUNS replay or widen a run; fast-check prints the seed and the
// shrunk steps when one fails.
const SEED = Number(process.env.CAIRN_MODEL_SEED ?? 192026);
const RUNS = Number(process.env.CAIRN_MODEL_RUNS ?? 12);

/** Dates shown and exported after each step. */
const SHOWN = 8;
const TODAY = '2026-12-01';
const NAMES = ['Gus', 'Hal', 'Ida', 'Jo'];

type Step =
  | { kind: 'skip' | 'cover' | 'absence' | 'swap' | 'join' | 'leave' | 'reorder'; a: number; b: number }
  | { kind: 'undo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('skip', 'cover', 'absence', 'swap', 'join', 'leave', 'reorder'), a: fc.nat(40), b: fc.nat(40) }),
  fc.constant({ kind: 'undo' as const }),
);

interface Run {
  core: TempCore;
  rotation: Rotation;
  /** The stored rotation before each change still in force, and the edit that takes the change back. */
  undoable: { before: Rotation; undo: RotationEdit }[];
  /** Who presents each assigned topic. */
  presenters: Map<string, string>;
  /** What the last export said on each date: the event's SEQUENCE and its words. */
  exported: Map<CalendarDate, { sequence: number; says: string }>;
  joined: number;
}

/** The edit a step stands for on the rotation as it is, or null when it names nothing there is. */
function editOf(run: Run, s: Exclude<Step, { kind: 'undo' }>, schedule: RotationSchedule): RotationEdit | null {
  const turns = schedule.occurrences.filter((o) => o.status === 'scheduled');
  const members = run.rotation.members.filter((m) => m.activeUntil === null);
  const pick = <T,>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
  const date = pick(schedule.occurrences, s.a)?.date;
  const member = pick(members, s.b);
  switch (s.kind) {
    case 'skip':
      return date ? { type: 'skipDate', date, reason: 'team offsite' } : null;
    case 'cover':
      return date && member ? { type: 'cover', date, memberId: member.id } : null;
    case 'absence':
      return date && member ? { type: 'absence', memberId: member.id, from: date, to: addDays(date, (s.a % 3) * 7), reason: 'away' } : null;
    case 'swap': {
      const [a, b] = [pick(turns, s.a), pick(turns, s.b)];
      return a && b && a.date !== b.date ? { type: 'swap', dateA: a.date, dateB: b.date } : null;
    }
    case 'join':
      return run.joined < NAMES.length && date ? { type: 'addMember', name: NAMES[run.joined]!, from: date } : null;
    case 'leave':
      return member && date ? { type: 'removeMember', memberId: member.id, from: date } : null;
    case 'reorder': {
      const order = [...members].sort((x, y) => ((x.id.charCodeAt(0) * (s.b + 1)) % 7) - ((y.id.charCodeAt(0) * (s.b + 1)) % 7) || x.id.localeCompare(y.id));
      return date ? { type: 'reorder', from: date, memberIds: order.map((m) => m.id) } : null;
    }
  }
}

/** The edit that takes back the change from `before` to `after`: the override it added, or the member it changed. */
function undoOf(before: Rotation, after: Rotation, edit: RotationEdit): RotationEdit {
  if (edit.type === 'addMember') return { type: 'undoJoin', memberId: after.members.find((m) => !before.members.some((b) => b.id === m.id))!.id };
  if (edit.type === 'removeMember') return { type: 'undoLeave', memberId: edit.memberId };
  const added = [...after.overrides, ...after.reorders].find((o) => ![...before.overrides, ...before.reorders].some((b) => b.id === o.id));
  return { type: 'removeOverride', overrideId: added!.id };
}

/** Who holds each date, by name: ids of overrides and new members differ between two applications of one change. */
function holdersByName(plan: SchedulePlan, members: readonly { id: string; name: string }[]): [CalendarDate, string][] {
  return computeSchedule(plan, { from: TODAY, count: SHOWN }).occurrences.map((o) => [
    o.date,
    o.status === 'scheduled' ? (members.find((m) => m.id === o.memberId)?.name ?? '?') : `(${o.status})`,
  ]);
}

function shownHolders(schedule: RotationSchedule): [CalendarDate, string][] {
  return schedule.occurrences.map((o) => [o.date, o.memberName ?? `(${o.status})`]);
}

function withoutStamp({ updatedAt: _updatedAt, ...rotation }: Rotation) {
  return rotation;
}

async function applyStep(run: Run, s: Step): Promise<void> {
  const { core } = run;
  if (s.kind === 'undo') {
    const last = run.undoable.pop();
    if (!last) return;
    await call(core, 'applyRotationChange', { rotationId: run.rotation.id, change: last.undo });
    run.rotation = await call(core, 'getRotation', { id: run.rotation.id });
    // Undo restores the previous state exactly: members, changes and orders as they were stored.
    expect(withoutStamp(run.rotation)).toEqual(withoutStamp(last.before));
    return;
  }
  const schedule = await call(core, 'getRotationSchedule', { id: run.rotation.id, count: SHOWN });
  const edit = editOf(run, s, schedule);
  if (edit === null) return;
  const before = run.rotation;
  // What the shared logic makes of the change, on the plan the database held.
  let expected: SchedulePlan | AppError;
  try {
    expected = applyChange(planOf(before), edit, { today: TODAY, newId: randomUUID });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expected = error;
  }
  if (expected instanceof AppError) {
    // A change the logic refuses, the API refuses in the same words, and nothing is stored.
    expect(await callError(core, 'applyRotationChange', { rotationId: before.id, change: edit })).toMatchObject({ message: expected.message });
    expect(await call(core, 'getRotation', { id: before.id })).toEqual(before);
    return;
  }
  run.rotation = await call(core, 'applyRotationChange', { rotationId: before.id, change: edit });
  if (edit.type === 'addMember') run.joined += 1;
  run.undoable.push({ before, undo: undoOf(before, run.rotation, edit) });
  expect(shownHolders(await call(core, 'getRotationSchedule', { id: before.id, count: SHOWN }))).toEqual(holdersByName(expected, expected.members));
}

async function checkRun(run: Run): Promise<void> {
  const { core, rotation } = run;
  const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: SHOWN });
  expect(shownHolders(schedule)).toEqual(holdersByName(planOf(rotation), rotation.members));

  // Every turn has one holder, and the fairness table counts the turns the schedule shows.
  for (const line of schedule.ledger) {
    expect(line.upcoming).toBe(schedule.occurrences.filter((o) => o.status === 'scheduled' && o.memberId === line.memberId).length);
    expect(line.coversOwed).toBe(line.owes.length);
  }

  // A topic is presented by the person it was given to, on a turn of theirs, or waits in the backlog.
  const topics = await call(core, 'listRotationTopics', { rotationId: rotation.id });
  const farther = await call(core, 'getRotationSchedule', { id: rotation.id, count: 26 });
  for (const topic of topics) {
    if (topic.assignedDate === null) continue;
    const turn = farther.occurrences.find((o) => o.date === topic.assignedDate);
    expect({ topic: topic.title, holder: turn?.memberName ?? null }).toEqual({ topic: topic.title, holder: run.presenters.get(topic.id) });
  }

  // The export: a confirmed event per turn, a cancelled one for a date exported before that lost its
  // turn, stable UIDs, and a SEQUENCE that goes up exactly when what an event says changes.
  const { text } = await call(core, 'exportRotationCalendar', { id: rotation.id, count: SHOWN });
  const events = new Map(
    readIcs(text)
      .children.filter((c) => c.name === 'VEVENT')
      .map((e) => [prop(e, 'UID')!, e]),
  );
  for (const o of schedule.occurrences) {
    const event = events.get(calendarUid(rotation.id, o.date));
    const previous = run.exported.get(o.date);
    if (o.status !== 'scheduled' && previous === undefined) {
      expect(event).toBeUndefined();
      continue;
    }
    expect(event).toBeDefined();
    expect(prop(event!, 'STATUS')).toBe(o.status === 'scheduled' ? 'CONFIRMED' : 'CANCELLED');
    if (o.status === 'scheduled') expect(prop(event!, 'SUMMARY')).toContain(o.memberName!);
    const says = `${prop(event!, 'STATUS')}|${prop(event!, 'SUMMARY')}|${prop(event!, 'DESCRIPTION')}`;
    const sequence = Number(prop(event!, 'SEQUENCE') ?? 0);
    expect(sequence).toBe(previous === undefined ? 0 : previous.says === says ? previous.sequence : previous.sequence + 1);
    run.exported.set(o.date, { sequence, says });
  }
}

async function startRun(): Promise<Run> {
  const clock = fixedClock(`${TODAY}T09:00:00Z`);
  const core = await openTempCore({ now: clock.now });
  const workspaceId = (await createWorkspace(core)).id;
  const rotation = await createFridayTeaching(core, workspaceId, { members: ['Ana', 'Ben', 'Chen'], startDate: '2026-11-20', timeZone: 'Europe/Berlin' });
  // Two topics on the first two turns, given to whoever holds them.
  const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 2 });
  const presenters = new Map<string, string>();
  for (const [i, o] of schedule.occurrences.entries()) {
    const topic = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: `Topic ${i + 1}`, proposedBy: o.memberName! });
    await call(core, 'assignRotationTopic', { topicId: topic.id, date: o.date });
    presenters.set(topic.id, o.memberName!);
  }
  return { core, rotation, undoable: [], presenters, exported: new Map(), joined: 0 };
}

describe('rotation changes through the core, in random sequences', () => {
  it('serve and store the schedule the shared logic gives, undo exactly, and export what they show', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 9 }), async (steps) => {
        const run = await startRun();
        try {
          await checkRun(run);
          for (const s of steps) {
            await applyStep(run, s);
            await checkRun(run);
          }
          // What was stored survives a restart unchanged.
          run.core.close();
          const reopened = await openCore(run.core.dataDir, { now: () => new Date(`${TODAY}T09:00:00Z`) });
          try {
            expect(await call(reopened, 'getRotation', { id: run.rotation.id })).toEqual(run.rotation);
          } finally {
            reopened.close();
          }
        } finally {
          run.core.dispose();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
