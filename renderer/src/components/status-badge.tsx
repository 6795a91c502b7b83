import { statusLabel } from '../../../shared/domain/decision-status';
import { statusTone } from './status-tone';

/** A decision's status as a coloured pill: "Accepted"; "No status" where it is unknown. */
export function StatusBadge({ status }: { status: string | null }) {
  return <span className={`badge badge-${statusTone(status)}`}>{statusLabel(status)}</span>;
}
