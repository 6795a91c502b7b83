import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { call } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { prop, readIcs, type IcsComponent } from '../testing/ics-reader';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let rotation: Rotation;
// Berlin leaves summer time on 2026-10-25; the export spans it.
const clock = fixedClock('2026-10-12T08:00:00Z');

beforeEach(async () => {
  clock.set('2026-10-12T08:00:00Z');
  core = await openTempCore({ now: clock.now });
  const workspaceId = (await createWorkspace(core)).id;
  rotation = await createFridayTeaching(core, workspaceId, { members: ['Ada', 'Grace', 'Linus'], startDate: '2026-10-01', timeZone: 'Europe/Berlin' });
});
afterEach(() => core.dispose());

async function exportEvents(): Promise<IcsComponent[]> {
  const { text, fileName } = await call(core, 'exportRotationCalendar', { id: rotation.id, count: 4 });
  expect(fileName).toBe('friday-teaching.ics');
  return readIcs(text).children.filter((c) => c.name === 'VEVENT');
}

function summary(events: IcsComponent[]) {
  return events.map((e) => [prop(e, 'SUMMARY'), prop(e, 'DTSTART'), prop(e, 'SEQUENCE'), prop(e, 'STATUS')]);
}

describe('calendar export', () => {
  it('is read by ical.js, a full RFC 5545 parser, with the same events, times and sequence numbers', async () => {
    await exportEvents();
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'skipDate', date: '2026-11-06', reason: 'Holiday' } });
    const { text } = await call(core, 'exportRotationCalendar', { id: rotation.id, count: 4 });
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(
      events.map((event) => [event.summary, event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString(), event.sequence, event.component.getFirstPropertyValue('status')]),
    ).toEqual([
      ['Friday teaching: Linus', '2026-10-16T13:00:00.000Z', '2026-10-16T13:45:00.000Z', 0, 'CONFIRMED'],
      ['Friday teaching: Ada', '2026-10-23T13:00:00.000Z', '2026-10-23T13:45:00.000Z', 0, 'CONFIRMED'],
      ['Friday teaching: Grace', '2026-10-30T14:00:00.000Z', '2026-10-30T14:45:00.000Z', 0, 'CONFIRMED'],
      ['Friday teaching (cancelled)', '2026-11-06T14:00:00.000Z', '2026-11-06T14:45:00.000Z', 1, 'CANCELLED'],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(4);
  });

  it('writes one event per turn at 15:00 Berlin time on both sides of the clock change', async () => {
    const events = await exportEvents();
    expect(summary(events)).toEqual([
      ['Friday teaching: Linus', '20261016T130000Z', '0', 'CONFIRMED'],
      ['Friday teaching: Ada', '20261023T130000Z', '0', 'CONFIRMED'],
      ['Friday teaching: Grace', '20261030T140000Z', '0', 'CONFIRMED'],
      ['Friday teaching: Linus', '20261106T140000Z', '0', 'CONFIRMED'],
    ]);
    expect(events.map((e) => prop(e, 'DTEND'))[0]).toBe('20261016T134500Z');
    expect(events.map((e) => prop(e, 'UID'))[0]).toBe(`${rotation.id}-2026-10-16@cairn`);
    expect(prop(events[0]!, 'DTSTAMP')).toBe('20261012T080000Z');
  });

  it('keeps UIDs, raises SEQUENCE only for changed turns, and cancels a turn that went away', async () => {
    const first = await exportEvents();
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'swap', dateA: '2026-10-16', dateB: '2026-10-23' } });
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'skipDate', date: '2026-11-06', reason: 'Holiday' } });
    const second = await exportEvents();
    expect(second.map((e) => prop(e, 'UID'))).toEqual(first.map((e) => prop(e, 'UID')));
    expect(summary(second)).toEqual([
      ['Friday teaching: Ada', '20261016T130000Z', '1', 'CONFIRMED'],
      ['Friday teaching: Linus', '20261023T130000Z', '1', 'CONFIRMED'],
      ['Friday teaching: Grace', '20261030T140000Z', '0', 'CONFIRMED'],
      ['Friday teaching (cancelled)', '20261106T140000Z', '1', 'CANCELLED'],
    ]);
    // Exporting again without changes keeps every SEQUENCE.
    expect(summary(await exportEvents()).map((s) => s[2])).toEqual(['1', '1', '0', '1']);
  });

  it('cancels events on dates the rotation stopped meeting on when its weekday changed', async () => {
    await exportEvents();
    await call(core, 'updateRotation', { id: rotation.id, cadence: { kind: 'weekly', weekday: 4, everyWeeks: 1 } });
    const events = await exportEvents();
    const cancelled = events.filter((e) => prop(e, 'STATUS') === 'CANCELLED').map((e) => [prop(e, 'UID'), prop(e, 'SEQUENCE'), prop(e, 'DTSTART')]);
    // Thursdays now; the Fridays through the last Thursday shown (5 Nov) are called off.
    expect(cancelled).toEqual([
      [`${rotation.id}-2026-10-16@cairn`, '1', '20261016T130000Z'],
      [`${rotation.id}-2026-10-23@cairn`, '1', '20261023T130000Z'],
      [`${rotation.id}-2026-10-30@cairn`, '1', '20261030T140000Z'],
    ]);
  });

  it('puts the assigned topic in the event', async () => {
    const topic = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Fuzzing; with, commas', proposedBy: 'Ada' });
    await call(core, 'assignRotationTopic', { topicId: topic.id, date: '2026-10-16' });
    const [event] = await exportEvents();
    expect(prop(event!, 'SUMMARY')).toBe('Friday teaching: Linus — Fuzzing; with, commas');
    expect(prop(event!, 'DESCRIPTION')).toBe('Linus teaches "Fuzzing; with, commas".');
  });

  // The calendar name once went out with `; , \` bare, which readers take as separators.
  it('escapes semicolons, commas and backslashes in the calendar name, which reads back as written', async () => {
    const name = 'Ops; on-call, A\\B';
    await call(core, 'updateRotation', { id: rotation.id, name });
    const { text } = await call(core, 'exportRotationCalendar', { id: rotation.id, count: 1 });
    expect(text.split('\r\n')).toContain('X-WR-CALNAME:Ops\\; on-call\\, A\\\\B');
    // ical.js keeps an X- property's value raw, so the strict RFC 5545 reader reads it back.
    expect(prop(readIcs(text), 'X-WR-CALNAME')).toBe(name);
  });
});

describe('role calendar', () => {
  it('names the secondary and carries the checklist in each turn', async () => {
    const role = await call(core, 'createRotation', {
      workspaceId: rotation.workspaceId,
      name: 'Security Commander',
      kind: 'role',
      members: ['Ada', 'Grace'],
      cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
      startDate: '2026-10-12',
      time: '09:00',
      durationMinutes: 480,
      timeZone: 'UTC',
      checklist: '- Triage new alerts\n- Open tickets, do not fix',
      withSecondary: true,
    });
    const schedule = await call(core, 'getRotationSchedule', { id: role.id, count: 3 });
    expect(schedule.occurrences.map((o) => [o.memberName, o.secondaryName])).toEqual([
      ['Ada', 'Grace'],
      ['Grace', 'Ada'],
      ['Ada', 'Grace'],
    ]);
    const { text } = await call(core, 'exportRotationCalendar', { id: role.id, count: 1 });
    const [event] = readIcs(text).children;
    expect(prop(event!, 'DESCRIPTION')).toBe('Ada holds Security Commander this turn. Secondary: Grace.\n\nChecklist:\n- Triage new alerts\n- Open tickets, do not fix');
    // A weekly role is a week: the turn ends when the next holder takes over, next Monday at 09:00.
    expect(prop(event!, 'DTEND')).toBe('20261019T090000Z');
  });
});

describe('markdown export', () => {
  it('lists the settings, schedule, counts, backlog and log', async () => {
    await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Fuzzing', proposedBy: 'Ada' });
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-10-09', summary: 'Intro to tracing', attendance: ['Grace'] });
    const { fileName, text } = await call(core, 'exportRotationMarkdown', { id: rotation.id });
    expect(fileName).toBe('friday-teaching.md');
    expect(text).toContain('# Friday teaching');
    expect(text).toContain('- Cadence: every Friday at 15:00 (Europe/Berlin), 45 minutes');
    expect(text).toContain('| 2026-10-16 | Linus |  |');
    expect(text).toContain('| Linus | 0 | 4 | 0 |');
    expect(text).toContain('- **Fuzzing** (0 votes, proposed by Ada)');
    expect(text).toContain('### 2026-10-09 — Grace\n\nIntro to tracing\n\nAttendance: Grace');
  });
});
