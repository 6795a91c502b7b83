import { useState } from 'react';
import type { CheckIn, Goal } from '../../../shared/goals/goal';
import { numberText, withUnit } from '../../../shared/goals/number-text';
import { errorMessage } from '../api/error-message';
import { showToast } from '../stores/toast-store';
import { EditCheckInDialog } from './edit-check-in-dialog';
import { deleteCheckIn } from './goal-actions';

/** What a check-in was about, in words. */
export function checkInSubjectLabel(goal: Goal, checkIn: CheckIn): string {
  if (checkIn.subject === 'result') return goal.results.find((r) => r.id === checkIn.subjectId)?.metric ?? 'Result';
  const behavior = goal.behaviors.find((b) => b.id === checkIn.subjectId);
  return behavior ? `${behavior.who} ${behavior.action}` : 'Behavior';
}

function valueText(goal: Goal, checkIn: CheckIn): string {
  if (checkIn.subject === 'result') return withUnit(checkIn.value, goal.results.find((r) => r.id === checkIn.subjectId)?.unit ?? '');
  const behavior = goal.behaviors.find((b) => b.id === checkIn.subjectId);
  if (behavior?.kind === 'yes-no') return checkIn.value > 0 ? 'Yes' : 'No';
  return numberText(checkIn.value);
}

/** Every check-in, newest first, each correctable or removable (with Undo). */
export function CheckInHistory({ goal, checkIns }: { goal: Goal; checkIns: CheckIn[] }) {
  const [editing, setEditing] = useState<CheckIn | null>(null);
  if (checkIns.length === 0) return <p className="section-empty">No check-ins yet. Use “Check in” to enter this week’s values for the whole goal at once.</p>;
  const newestFirst = [...checkIns].reverse();
  return (
    <>
      <table className="check-in-history">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Result or behavior</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col">Note</th>
            <th scope="col" className="numeric">
              Confidence
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((checkIn) => {
            const label = checkInSubjectLabel(goal, checkIn);
            return (
              // Focusable: saving a check-in moves the focus to its row.
              <tr key={checkIn.id} className="action-result" data-date={checkIn.date} tabIndex={-1}>
                <td className="check-in-date-cell">{checkIn.date}</td>
                <td>{label}</td>
                <td className="numeric">{valueText(goal, checkIn)}</td>
                <td className="check-in-note">{checkIn.note}</td>
                <td className="numeric">{checkIn.confidence ?? '—'}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small button-quiet" onClick={() => setEditing(checkIn)} aria-label={`Edit check-in of ${checkIn.date}: ${label}`}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`Delete check-in of ${checkIn.date}: ${label}`}
                    onClick={() => void deleteCheckIn(checkIn).catch((error: unknown) => showToast(`Could not delete the check-in: ${errorMessage(error)}`))}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && <EditCheckInDialog checkIn={editing} label={`${editing.date} · ${checkInSubjectLabel(goal, editing)}`} onClose={() => setEditing(null)} />}
    </>
  );
}
