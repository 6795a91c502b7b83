import { useState } from 'react';
import { describeCadence } from '../../../shared/rotations/cadence-text';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { routeHash } from '../router';
import { useProfileName } from '../profile/use-profile-name';
import { MyTurns } from './my-turns';
import { StuckTimerPanel } from './stuck-timer-panel';
import { RotationFormDialog } from './rotation-form-dialog';
import { formatDate, turnTimeText } from './rotation-format';


/** The workspace's rotations: weekly teaching slots and rotating duty roles, with who is next. */
export function RotationsPage({ workspaceId }: { workspaceId: string }) {
  const query = useServerQuery('listRotations', { workspaceId });
  const items = query.data ?? null;
  const error = queryErrorMessage(query);
  const [creating, setCreating] = useState(false);
  const me = useProfileName();
  useDocumentTitle('Rotations');

  return (
    <div className="page page-rotations">
      <PageHeader
        title="Rotations"
        subtitle="Learn-it-alls, not know-it-alls: a teaching slot every week, and duties that rotate fairly."
        action={{ label: 'New rotation', onClick: () => setCreating(true) }}
      />
      <ErrorAlert message={error} />
      {items === null ? (
        error ? null : <Loading label="Loading rotations…" />
      ) : items.length === 0 ? (
        <EmptyState title="No rotations yet">
          <p className="empty-state-text">
            Start a <strong>teaching rotation</strong> (one teammate teaches a topic every Friday) or a <strong>role</strong> (a
            weekly Security Commander who triages, not fixes). Cairn keeps the turns fair through absences, holidays and swaps.
          </p>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            Create the first rotation
          </button>
        </EmptyState>
      ) : (
        <ul className="rotation-list" aria-label="Rotations">
          {items.map((item) => (
            <li key={item.id} className="rotation-row">
              <a className="rotation-link" href={routeHash({ name: 'rotation', id: item.id })}>
                {item.name}
              </a>
              <span className={`rotation-kind rotation-kind-${item.kind}`}>{item.kind === 'teaching' ? 'Teaching' : 'Role'}</span>
              <span className="rotation-meta">
                {describeCadence(item.cadence)} at {item.next ? turnTimeText(item.next.startsAt, item.timeZone) : `${item.time} ${item.timeZone}`} · {item.memberCount} member{item.memberCount === 1 ? '' : 's'}
              </span>
              <span className="rotation-next">
                {item.next ? (
                  <>
                    Next: <strong>{item.next.memberName ?? 'nobody'}</strong> on {formatDate(item.next.date)}
                  </>
                ) : (
                  'No upcoming turns'
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {me && items && items.length > 0 && <MyTurns workspaceId={workspaceId} name={me} />}
      {me && items && <StuckTimerPanel workspaceId={workspaceId} me={me} />}
      {creating && <RotationFormDialog workspaceId={workspaceId} onClose={() => setCreating(false)} />}
    </div>
  );
}
