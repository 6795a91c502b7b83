import { useState } from 'react';
import type { Session } from '../../../shared/sessions/session';

type Participant = Session['state']['participants'][number];

/**
 * Whose ballot the facilitator is filling in: the one chosen, or else the first voter who has not
 * cast yet (or, where `orFirst`, the first voter once all have). Observers never vote.
 */
export function useBallotVoter(participants: readonly Participant[], ballots: readonly { participantId: string | null }[] | undefined, { orFirst = false } = {}) {
  const [voterId, setVoterId] = useState('');
  const voters = participants.filter((p) => p.role !== 'observer');
  const cast = new Set(ballots?.map((b) => b.participantId));
  const current = voters.find((p) => p.id === voterId) ?? voters.find((p) => !cast.has(p.id)) ?? (orFirst ? voters[0] : undefined);
  return { voters, cast, current, setVoterId };
}

/** The ballot's choice of voter; `again` adds "(vote again)" to those who have cast, where a new cast replaces theirs. */
export function VoterSelect({
  id,
  label,
  voters,
  current,
  onChange,
  again,
}: {
  id: string;
  label: string;
  voters: readonly Participant[];
  current: Participant;
  onChange: (voterId: string) => void;
  again?: ReadonlySet<string | null>;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={current.id} onChange={(e) => onChange(e.target.value)}>
        {voters.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {again?.has(p.id) ? ' (vote again)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
