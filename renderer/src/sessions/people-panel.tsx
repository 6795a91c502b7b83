import { useId, useState, type FormEvent } from 'react';
import type { AdviceEntry, ParticipantRole, Session } from '../../../shared/sessions/session';
import { useSessionStore } from '../stores/session-store';

const ROLE_LABEL: Record<ParticipantRole, string> = { 'decision-maker': 'Decision-maker', consulted: 'Consulted', observer: 'Observer' };
const TAKEN_LABEL: Record<AdviceEntry['taken'], string> = { open: 'Not settled', taken: 'Taken', 'not-taken': 'Not taken' };

/** Who is in the room, with the role that says whether they vote. */
export function ParticipantsPanel({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole>('decision-maker');
  const running = session.status === 'running';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await act({ type: 'addParticipant', name, role })) setName('');
  };

  return (
    <section className="session-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="session-card-title">
        Participants <span className="muted">{session.state.participants.length}</span>
      </h2>
      {session.state.participants.length === 0 && <p className="section-empty">Add who is present. Observers listen but do not vote.</p>}
      <ul className="participant-list">
        {session.state.participants.map((p) => (
          <li key={p.id}>
            <span className="participant-name">{p.name}</span>
            {running ? (
              <select
                className="select select-small"
                aria-label={`Role of ${p.name}`}
                value={p.role}
                onChange={(e) => void act({ type: 'setParticipantRole', participantId: p.id, role: e.target.value as ParticipantRole })}
              >
                {(Object.keys(ROLE_LABEL) as ParticipantRole[]).map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            ) : (
              <span className="muted">{ROLE_LABEL[p.role]}</span>
            )}
            {running && (
              <button type="button" className="icon-button" aria-label={`Remove ${p.name}`} onClick={() => void act({ type: 'removeParticipant', participantId: p.id })}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {running && (
        <form className="stack-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-name`} className="sr-only">
            Participant name
          </label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" autoComplete="off" />
          <label htmlFor={`${id}-role`} className="sr-only">
            Participant role
          </label>
          <select id={`${id}-role`} className="select" value={role} onChange={(e) => setRole(e.target.value as ParticipantRole)}>
            {(Object.keys(ROLE_LABEL) as ParticipantRole[]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            Add participant
          </button>
        </form>
      )}
    </section>
  );
}

/** The advice process: whose advice was sought, what they said, whether it was taken. */
export function AdviceLog({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [from, setFrom] = useState('');
  const [advice, setAdvice] = useState('');
  const running = session.status === 'running';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await act({ type: 'addAdvice', from, advice })) {
      setFrom('');
      setAdvice('');
    }
  };

  return (
    <section className="session-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="session-card-title">
        Advice log
      </h2>
      {session.state.advice.length === 0 && <p className="section-empty">Record whose advice you sought and whether you took it.</p>}
      <ul className="advice-list">
        {session.state.advice.map((a) => (
          <li key={a.id}>
            <p>
              <strong>{a.from}</strong>: {a.advice}
            </p>
            <select
              className="select select-small"
              aria-label={`Was the advice of ${a.from} taken?`}
              value={a.taken}
              disabled={!running}
              onChange={(e) => void act({ type: 'setAdviceTaken', adviceId: a.id, taken: e.target.value as AdviceEntry['taken'] })}
            >
              {(Object.keys(TAKEN_LABEL) as AdviceEntry['taken'][]).map((t) => (
                <option key={t} value={t}>
                  {TAKEN_LABEL[t]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      {running && (
        <form className="stack-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-from`} className="sr-only">
            Advice from
          </label>
          <input id={`${id}-from`} className="input" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="From whom" autoComplete="off" />
          <label htmlFor={`${id}-advice`} className="sr-only">
            Advice given
          </label>
          <input id={`${id}-advice`} className="input" value={advice} onChange={(e) => setAdvice(e.target.value)} placeholder="What they advised" autoComplete="off" />
          <button type="submit" className="button">
            Log advice
          </button>
        </form>
      )}
    </section>
  );
}
