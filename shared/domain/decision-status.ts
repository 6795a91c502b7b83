import { z } from 'zod';

export const BUILTIN_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type BuiltinStatus = (typeof BUILTIN_STATUSES)[number];

/** A status name: one of the built-in ones or a team's own (e.g. "on-hold"), lower case with dashes. */
export const StatusName = z
  .string()
  .trim()
  .min(1, 'status must not be empty')
  .max(40, 'status is longer than 40 characters')
  .regex(/^[a-z][a-z0-9-]*$/, 'status uses lower-case letters, digits and dashes, starting with a letter');
export type StatusName = z.infer<typeof StatusName>;

/** Every status a workspace accepts: the built-in ones first, then its custom ones. */
export function allowedStatuses(customStatuses: readonly string[]): string[] {
  return [...BUILTIN_STATUSES, ...customStatuses.filter((s) => !(BUILTIN_STATUSES as readonly string[]).includes(s))];
}

/** How an unknown status is shown. */
export const NO_STATUS = 'No status';

/** "on-hold" → "On hold", for display; an unknown status (null) is "No status". */
export function statusLabel(status: string | null): string {
  if (status === null) return NO_STATUS;
  const spaced = status.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
