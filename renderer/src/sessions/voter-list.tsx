import type { Session } from '../../../shared/sessions/session';
import { VoteProgress } from './vote-progress';

type Participant = Session['state']['participants'][number];

/** How far a hidden round has come and who has cast (never what): "Ada: voted (hidden)", "Ben: waiting". */
export function VoterList({
  label,
  voters,
  ballots,
  cast,
  castWord,
  observers = [],
}: {
  label: string;
  voters: readonly Participant[];
  /** How many ballots the round holds. */
  ballots: number;
  cast: ReadonlySet<string | null>;
  castWord: string;
  observers?: readonly Participant[];
}) {
  return (
    <>
      <VoteProgress voted={ballots} voters={voters.length} />
      <ul className="voter-list" aria-label={label}>
        {voters.map((p) => (
          <li key={p.id} className={cast.has(p.id) ? 'has-voted' : undefined}>
            {p.name}: {cast.has(p.id) ? `${castWord} (hidden)` : 'waiting'}
          </li>
        ))}
        {observers.map((p) => (
          <li key={p.id} className="is-observer">
            {p.name}: observer, does not vote
          </li>
        ))}
      </ul>
    </>
  );
}
