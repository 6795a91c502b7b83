import { BUILTIN_STATUSES, type BuiltinStatus } from '../../../shared/domain/decision-status';

/** The colour family of a status: its own for built-in statuses, one shared for a team's custom ones, a plain one for no status. */
export function statusTone(status: string | null): BuiltinStatus | 'custom' | 'unknown' {
  if (status === null) return 'unknown';
  return (BUILTIN_STATUSES as readonly string[]).includes(status) ? (status as BuiltinStatus) : 'custom';
}
