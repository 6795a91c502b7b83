import fs from 'node:fs';
import path from 'node:path';
import { createEvents, type EventAttributes } from 'ics';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { OccurrenceView, Rotation } from '../../../shared/api/rotation-operations';
import { rotationFileStem } from '../../../shared/rotations/rotation-file-name';
import { rotationMarkdown } from '../../../shared/rotations/rotation-markdown';
import type { CoreContext } from '../core-context';
import { reasonOf, writablePathInside, writeFileIfChanged } from '../files';
import { syncFolderPath } from '../sync';
import { requireRotation, todayOf } from './rotation-lookup';
import { scheduleView } from './rotation-schedule-view';

type ExportServices = Pick<Services, 'exportRotationCalendar' | 'exportRotationMarkdown' | 'writeRotationMarkdown'>;

/**
 * Rotation exports go into this subfolder of a sync folder: sync reads only the `.md` files directly
 * in the folder, so these never pass for decision records.
 */
const ROTATIONS_SUBFOLDER = 'rotations';

export function rotationExportServices(ctx: CoreContext): ExportServices {
  const stemOf = (rotation: Rotation) => rotationFileStem(rotation, ctx.rotations.definitions.listByWorkspace(rotation.workspaceId));
  const markdownOf = (rotation: Rotation) => {
    const today = todayOf(ctx, rotation);
    const schedule = scheduleView(ctx, rotation, { from: today, count: 12 }, today);
    const text = rotationMarkdown(rotation, schedule, ctx.rotations.topics.listByRotation(rotation.id), ctx.rotations.log.listByRotation(rotation.id));
    return { fileName: `${stemOf(rotation)}.md`, text };
  };
  return {
    exportRotationCalendar: ({ id, count }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, id);
        const today = todayOf(ctx, rotation);
        const schedule = scheduleView(ctx, rotation, { from: today, count }, today);
        const exported = ctx.rotations.calendar.exported(rotation.id);
        const events: EventAttributes[] = [];
        const emit = (date: string, event: EventAttributes) => {
          const previous = exported.get(date);
          const fingerprint = JSON.stringify(event);
          const sequence = previous === undefined ? 0 : previous.fingerprint === fingerprint ? previous.sequence : previous.sequence + 1;
          ctx.rotations.calendar.record(rotation.id, { date, fingerprint, sequence });
          // DTSTAMP from the core's clock (ics reads `timestamp`, which its types leave out).
          const stamped: EventAttributes & { timestamp: number } = { ...event, sequence, timestamp: ctx.now().getTime() };
          events.push(stamped);
        };
        for (const occurrence of schedule.occurrences) {
          // A date that was never exported and has no turn needs no event; one that was exported and
          // lost its turn goes out as CANCELLED so calendars remove it.
          if (occurrence.status !== 'scheduled' && !exported.has(occurrence.date)) continue;
          emit(occurrence.date, eventOf(rotation, occurrence));
        }
        // Dates exported before that the rotation no longer meets on (its weekday or start changed).
        const shown = new Set(schedule.occurrences.map((o) => o.date));
        const lastShown = schedule.occurrences.at(-1)?.date ?? today;
        for (const [date, previous] of exported) {
          if (shown.has(date) || date < today || date > lastShown) continue;
          const before = JSON.parse(previous.fingerprint) as EventAttributes;
          emit(date, { ...before, title: `${rotation.name} (cancelled)`, description: `No ${rotation.name} on this date any more.`, status: 'CANCELLED' });
        }
        const { error, value } = createEvents(events, { productId: '-//Cairn//Rotations//EN', method: 'PUBLISH', calName: icsText(rotation.name) });
        if (error || value === null) throw new Error(`could not write the calendar: ${error?.message ?? 'no output'}`);
        return { fileName: `${stemOf(rotation)}.ics`, text: value };
      }),

    exportRotationMarkdown: ({ id }) => markdownOf(requireRotation(ctx, id)),

    writeRotationMarkdown: ({ id }) => {
      const rotation = requireRotation(ctx, id);
      const linked = syncFolderPath(ctx, rotation.workspaceId);
      if (linked === null) throw new AppError('invalid_input', 'This workspace has no sync folder: link one under Sync first, or download the Markdown instead', 'id');
      const { fileName, text } = markdownOf(rotation);
      const name = `${ROTATIONS_SUBFOLDER}/${fileName}`;
      const written = writeOwnFile(linked, name, `${text}\n${ownerMark(rotation)}\n`, rotation);
      return { path: path.join(linked, ROTATIONS_SUBFOLDER, fileName), written };
    },
  };
}

/** The line that says which rotation a written file belongs to, so no other rotation writes over it. */
function ownerMark(rotation: Rotation): string {
  return `<!-- Written by Cairn from the rotation ${rotation.id}; Cairn rewrites this file. -->`;
}

/**
 * Writes the rotation's file unless `name` holds something else: another rotation's page, or a file
 * Cairn did not write. A page from before the mark was written (it starts with this rotation's
 * heading and carries no mark) is this rotation's. Every failure is a plain error on the rotation.
 */
function writeOwnFile(folder: string, name: string, text: string, rotation: Rotation): boolean {
  try {
    const { file, existing } = writablePathInside(folder, name, { createFolders: true });
    if (existing) {
      const before = fs.readFileSync(file, 'utf8');
      const ours = before.includes(ownerMark(rotation)) || (!before.includes('<!-- Written by Cairn from the rotation ') && before.startsWith(`# ${rotation.name}\n`));
      if (!ours) {
        throw new AppError('conflict', `${name} in ${folder} is not this rotation's page (another rotation's, or a file Cairn did not write), so it was not written over. Move or rename that file, then write again.`, 'id');
      }
    }
    return writeFileIfChanged(folder, name, text);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The writer's own "Cannot write <name>" carries the reason as its cause.
    const reason = reasonOf(error instanceof Error && error.message.startsWith('Cannot write') && error.cause ? error.cause : error);
    throw new AppError('invalid_input', `Cannot write ${name} in ${folder}: ${reason}. Nothing was written.`, 'id');
  }
}

/**
 * A calendar's name as an iCalendar TEXT value (RFC 5545, 3.3.11): the ics package escapes newlines
 * in X-WR-CALNAME but not backslashes, semicolons or commas, which readers take as separators.
 */
function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`);
}

/** The parts of an event that, when they change, make it a new version (a higher SEQUENCE). */
function eventOf(rotation: Rotation, o: OccurrenceView): EventAttributes {
  const cancelled = o.status !== 'scheduled';
  const who = o.memberName ?? 'nobody';
  const topic = o.topic ? ` — ${o.topic.title}` : '';
  const description =
    rotation.kind === 'role'
      ? `${who} holds ${rotation.name} this turn.${o.secondaryName ? ` Secondary: ${o.secondaryName}.` : ''}${rotation.checklist.trim() ? `\n\nChecklist:\n${rotation.checklist.trim()}` : ''}`
      : `${who} teaches${o.topic ? ` "${o.topic.title}"` : ''}.`;
  return {
    // One UID per rotation and date: re-importing updates the event instead of adding another.
    uid: `${rotation.id}-${o.date}@cairn`,
    title: cancelled ? `${rotation.name} (cancelled)` : `${rotation.name}: ${who}${topic}`,
    description: cancelled ? `No ${rotation.name} on this date: ${o.reason ?? 'cancelled'}.` : description,
    start: Date.parse(o.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(o.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
}
