import { BUILTIN_STATUSES, type BuiltinStatus } from '../../../shared/domain/decision-status';

/** The colour family of a status: its own for built-in statuses, one shared for a team's custom ones. */
export function statusTone(status: string): BuiltinStatus | 'custom' {
  return (BUILTIN_STATUSES as readonly string[]).includes(status) ? (status as BuiltinStatus) : 'custom';
}
