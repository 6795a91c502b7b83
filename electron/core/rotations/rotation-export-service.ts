import fs from 'node:fs';
import path from 'node:path';
import { createEvents, type EventAttributes } from 'ics';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { OccurrenceView, Rotation } from '../../../shared/api/rotation-operations';
import { rotationMarkdown } from '../../../shared/rotations/rotation-markdown';
import type { CoreContext } from '../core-context';
import { reasonOf, writeFileIfChanged } from '../files';
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
  const markdownOf = (rotation: Rotation) => {
    const today = todayOf(ctx, rotation);
    const schedule = scheduleView(ctx, rotation, { from: today, count: 12 }, today);
    const text = rotationMarkdown(rotation, schedule, ctx.rotations.topics.listByRotation(rotation.id), ctx.rotations.log.listByRotation(rotation.id));
    return { fileName: `${fileStem(rotation.name)}.md`, text };
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
        const { error, value } = createEvents(events, { productId: '-//Cairn//Rotations//EN', method: 'PUBLISH', calName: rotation.name });
        if (error || value === null) throw new Error(`could not write the calendar: ${error?.message ?? 'no output'}`);
        return { fileName: `${fileStem(rotation.name)}.ics`, text: value };
      }),

    exportRotationMarkdown: ({ id }) => markdownOf(requireRotation(ctx, id)),

    writeRotationMarkdown: ({ id }) => {
      const rotation = requireRotation(ctx, id);
      const linked = syncFolderPath(ctx, rotation.workspaceId);
      if (linked === null) throw new AppError('invalid_input', 'This workspace has no sync folder: link one under Sync first, or download the Markdown instead', 'id');
      const folder = path.join(linked, ROTATIONS_SUBFOLDER);
      try {
        fs.mkdirSync(folder, { recursive: true });
      } catch (error) {
        throw new AppError('invalid_input', `Cannot create the folder ${folder}: ${reasonOf(error)}`, 'id');
      }
      const { fileName, text } = markdownOf(rotation);
      const written = writeFileIfChanged(folder, fileName, text);
      return { path: path.join(folder, fileName), written };
    },
  };
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

function fileStem(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rotation';
}
