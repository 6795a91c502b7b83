import { ErrorAlert } from '../components/error-alert';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { routeHash } from '../router';
import { formatDate, turnTimeText } from './rotation-format';

/** The person's own upcoming turns across every rotation, so nobody is surprised by their Friday. */
export function MyTurns({ workspaceId, name }: { workspaceId: string; name: string }) {
  const query = useServerQuery('listMemberTurns', { workspaceId, name, count: 5 });
  if (query.isPending && !query.error) return null;
  const shown = { turns: query.data ?? null, error: queryErrorMessage(query) };
  return (
    <section className="my-turns" aria-labelledby="my-turns-heading">
      <h2 id="my-turns-heading" className="section-title">
        Your next turns
      </h2>
      <ErrorAlert message={shown.error} />
      {shown.turns && shown.turns.length === 0 && <p className="section-empty">No turns for {name} coming up.</p>}
      {shown.turns && shown.turns.length > 0 && (
        <ul className="my-turn-list">
          {shown.turns.map((turn) => (
            <li key={`${turn.rotationId}-${turn.date}`} className="my-turn">
              <span className="my-turn-date">
                {formatDate(turn.date)} <span className="my-turn-time">{turnTimeText(turn.startsAt, turn.timeZone)}</span>
              </span>
              <a href={routeHash({ name: 'rotation', id: turn.rotationId })}>{turn.rotationName}</a>
              <span className="field-hint">
                {turn.as === 'secondary' ? 'secondary' : turn.kind === 'teaching' ? 'you teach' : 'you hold the role'}
                {turn.topic ? ` · ${turn.topic}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
