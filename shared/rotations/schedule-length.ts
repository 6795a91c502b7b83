import { z } from 'zod';

/** How many scheduled dates the rotation page shows and the exports carry unless the person picks another number. */
export const DEFAULT_SCHEDULE_LENGTH = 12;

/** The most dates one schedule, preview or export covers: five years of a weekly rotation. */
export const MAX_SCHEDULE_LENGTH = 260;

/** The number of scheduled dates a person asks to see or export. */
export const ScheduleLength = z
  .number({ error: 'Enter how many dates to show as a number' })
  .int('Enter a whole number of dates')
  .min(1, 'Show at least 1 date')
  .max(MAX_SCHEDULE_LENGTH, `Show at most ${MAX_SCHEDULE_LENGTH} dates`);
