import type { ChangePreview } from '../../../shared/api/rotation-operations';
import { formatDate } from './rotation-format';

type Turn = ChangePreview['changed'][number]['before'];

function turnText(turn: Turn): string {
  if (turn.status === 'scheduled') return turn.memberName ?? 'someone';
  if (turn.status === 'skipped') return `skipped${turn.reason ? ` (${turn.reason})` : ''}`;
  return 'nobody available';
}

/** The turns a change moves, and how each member's count of upcoming turns changes. */
export function ChangePreviewView({ preview }: { preview: ChangePreview }) {
  const countChanges = preview.counts.filter((c) => c.before !== c.after);
  return (
    // It scrolls when a change moves many turns (a new order moves most): focusable, so the keyboard scrolls it too.
    <div className="change-preview-body" tabIndex={0} role="group" aria-label="Turns that change">
      {preview.changed.length === 0 ? (
        <p className="section-empty">No upcoming turn changes.</p>
      ) : (
        <table className="preview-table">
          <caption className="sr-only">Turns that change</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Now</th>
              <th scope="col">After the change</th>
            </tr>
          </thead>
          <tbody>
            {preview.changed.map((row) => (
              <tr key={row.date}>
                <td>{formatDate(row.date)}</td>
                <td className="preview-before">{turnText(row.before)}</td>
                <td className="preview-after">{turnText(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="preview-counts">
        {countChanges.length === 0
          ? 'Everyone keeps the same number of upcoming turns.'
          : `Upcoming turns: ${countChanges.map((c) => `${c.name} ${c.before} → ${c.after}`).join(', ')}.`}
      </p>
    </div>
  );
}
