import type { HandoverView } from '../../../shared/api/rotation-operations';
import { formatDay } from './rotation-format';

/**
 * The handover the last holder of a role wrote, for whoever takes over: "Handover from Ana, Mon 7
 * Dec: …". `forWhom` names the reader's turn when the place it is shown does not already say it.
 */
export function HandoverNote({ handover, forWhom = null }: { handover: HandoverView; forWhom?: string | null }) {
  const from = handover.fromName ?? 'the last holder';
  return (
    <div className="handover-note" role="note" aria-label={`Handover from ${from}`}>
      <span className="handover-note-head">
        Handover from {from}, {formatDay(handover.fromDate)}
        {forWhom && <span className="handover-note-for"> ({forWhom})</span>}:
      </span>{' '}
      <span className="handover-note-text">{handover.text}</span>
    </div>
  );
}
