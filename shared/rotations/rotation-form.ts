import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { problemsOf, type FieldProblem } from '../api/field-problems';
import { MemberName } from './member-name';
import { Cadence, TurnCap } from './rotation-model';
import { TurnLength } from './turn-span';
import { TimeOfDay, TimeZoneName } from './zoned-time';

/**
 * A rotation's settings as a person fills them in, with every message written to stand alone, so a
 * form shows them beside their fields as they are ("Add at least one member").
 */
export const RotationSettingsForm = z.object({
  name: z.string({ error: 'Name the rotation' }).trim().min(1, 'Name the rotation').max(100, 'Shorten the name to 100 characters'),
  kind: z.enum(['teaching', 'role'], { error: 'Choose a teaching rotation or a role' }),
  cadence: Cadence,
  startDate: CalendarDate,
  time: TimeOfDay,
  durationMinutes: z
    .number({ error: 'Enter how many minutes a session lasts' })
    .int('Enter whole minutes')
    .min(5, 'A session lasts at least 5 minutes')
    .max(24 * 60, 'A session lasts at most 24 hours; for a longer role, let each turn last until the next'),
  timeZone: TimeZoneName,
  cap: TurnCap.nullable().default(null),
  checklist: z.string().max(20_000, 'Shorten the checklist to 20,000 characters').default(''),
  withSecondary: z.boolean().default(false),
  turnLength: TurnLength.optional(),
});

/** The members in their order: at least one, each once (names match without case). */
export const RotationMembers = z
  .array(MemberName, { error: 'Add at least one member' })
  .min(1, 'Add at least one member')
  .max(100, 'A rotation has at most 100 members')
  .superRefine((names, ctx) => {
    names.forEach((name, i) => {
      const first = names.findIndex((other) => other.toLowerCase() === name.toLowerCase());
      if (first !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${name} is listed twice; each member holds one place in the order` });
    });
  });

export const RotationForm = RotationSettingsForm.extend({ members: RotationMembers });

/** Everything wrong with a new rotation's form at once, one message per field. */
export function rotationFormProblems(input: unknown): FieldProblem[] {
  return problemsOf(RotationForm, input);
}
