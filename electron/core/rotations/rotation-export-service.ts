import fs from 'node:fs';
import path from 'node:path';
import { createEvents, type EventAttributes } from 'ics';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { calendarExportPlan } from '../../../shared/rotations/calendar-events';
import { rotationMarkdown } from '../../../shared/rotations/rotation-markdown';
import type { CoreContext } from '../core-context';
import { reasonOf, writeFileIfChanged } from '../files';
import { syncFolderPath } from '../sync';
import { requireRotation, todayOf } from './rotation-lookup';
import { scheduleView, turnLengthOf } from './rotation-schedule-view';

type ExportServices = Pick<Services, 'exportRotationCalendar' | 'exportRotationMarkdown' | 'writeRotationMarkdown'>;

/**
 * Rotation exports go into this subfolder of a sync folder: sync reads only the `.md` files directly
 * in the folder, so these never pass for decision records.
 */
const ROTATIONS_SUBFOLDER = 'rotations';

export function rotationExportServices(ctx: CoreContext): ExportServices {
  const markdownOf = (rotation: Rotation, count: number) => {
    const today = todayOf(ctx, rotation);
    const schedule = scheduleView(ctx, rotation, { from: today, count }, today);
    const text = rotationMarkdown(rotation, schedule, ctx.rotations.topics.listByRotation(rotation.id), ctx.rotations.log.listByRotation(rotation.id), turnLengthOf(rotation));
    return { fileName: `${fileStem(rotation.name)}.md`, text };
  };
  return {
    exportRotationCalendar: ({ id, count }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, id);
        const today = todayOf(ctx, rotation);
        const schedule = scheduleView(ctx, rotation, { from: today, count }, today);
        const plan = calendarExportPlan(rotation, schedule.occurrences, ctx.rotations.calendar.exported(rotation.id), today);
        // Remembered in the same transaction as the export, so the next one knows what this one said.
        for (const record of plan.records) ctx.rotations.calendar.record(rotation.id, record);
        // DTSTAMP from the core's clock (ics reads `timestamp`, which its types leave out).
        const stamp = ctx.now().getTime();
        const events = plan.events.map((event): EventAttributes & { timestamp: number } => ({ ...event, timestamp: stamp }));
        const { error, value } = createEvents(events, { productId: '-//Cairn//Rotations//EN', method: 'PUBLISH', calName: rotation.name });
        if (error || value === null) throw new Error(`could not write the calendar: ${error?.message ?? 'no output'}`);
        return { fileName: `${fileStem(rotation.name)}.ics`, text: value };
      }),

    exportRotationMarkdown: ({ id, count }) => markdownOf(requireRotation(ctx, id), count),

    writeRotationMarkdown: ({ id, count }) => {
      const rotation = requireRotation(ctx, id);
      const linked = syncFolderPath(ctx, rotation.workspaceId);
      if (linked === null) throw new AppError('invalid_input', 'This workspace has no sync folder: link one under Sync first, or download the Markdown instead', 'id');
      const folder = path.join(linked, ROTATIONS_SUBFOLDER);
      try {
        fs.mkdirSync(folder, { recursive: true });
      } catch (error) {
        throw new AppError('invalid_input', `Cannot create the folder ${folder}: ${reasonOf(error)}`, 'id');
      }
      const { fileName, text } = markdownOf(rotation, count);
      const written = writeFileIfChanged(folder, fileName, text);
      return { path: path.join(folder, fileName), written };
    },
  };
}

function fileStem(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rotation';
}
