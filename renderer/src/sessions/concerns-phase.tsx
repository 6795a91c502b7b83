import { useId, useState, type FormEvent } from 'react';
import type { Concern, ConcernStatus, Session } from '../../../shared/sessions/session';
import { useSessionStore } from '../stores/session-store';

const STATUS_LABEL: Record<ConcernStatus, string> = {
  open: 'Open',
  resolved: 'Resolved',
  risk: 'Accepted as a risk',
  parked: 'Parked',
};

/** Concerns raised in the room or through a low vote; each ends resolved, accepted as a risk, or parked with an owner. */
export function ConcernsPhase({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [text, setText] = useState('');
  const running = session.status === 'running';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await act({ type: 'addConcern', text })) setText('');
  };

  return (
    <div className="concerns-phase">
      {session.state.concerns.length === 0 ? (
        <p className="section-empty">No concerns yet. Ask what worries people before anyone votes; a block or a low vote adds its concern here.</p>
      ) : (
        <ul className="concern-list">
          {session.state.concerns.map((concern) => (
            <ConcernRow key={concern.id} concern={concern} running={running} />
          ))}
        </ul>
      )}
      {running && (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-text`}>New concern</label>
          <input id={`${id}-text`} className="input" value={text} onChange={(e) => setText(e.target.value)} placeholder="What worries someone?" autoComplete="off" />
          <button type="submit" className="button">
            Add concern
          </button>
        </form>
      )}
    </div>
  );
}

function ConcernRow({ concern, running }: { concern: Concern; running: boolean }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [status, setStatus] = useState<ConcernStatus>(concern.status);
  const [owner, setOwner] = useState(concern.owner ?? '');
  const [note, setNote] = useState(concern.note);
  const changed = status !== concern.status || owner !== (concern.owner ?? '') || note !== concern.note;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await act({ type: 'setConcernStatus', concernId: concern.id, status, owner: owner.trim() || null, note });
  };

  return (
    <li className={`concern-row is-${concern.status}`} aria-label={`Concern: ${concern.text}`}>
      <div className="concern-text">
        {concern.text}
        <span className="concern-meta">
          {concern.raisedBy ? `raised by ${concern.raisedBy}` : 'raised anonymously or by the room'} · <strong>{STATUS_LABEL[concern.status]}</strong>
          {concern.owner && ` · owner ${concern.owner}`}
        </span>
      </div>
      {running && (
        <form className="concern-form" onSubmit={(event) => void save(event)}>
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select id={`${id}-status`} className="select" value={status} onChange={(e) => setStatus(e.target.value as ConcernStatus)}>
              {(Object.keys(STATUS_LABEL) as ConcernStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          {status === 'parked' && (
            <div className="field">
              <label htmlFor={`${id}-owner`}>Owner</label>
              <input id={`${id}-owner`} className="input" value={owner} onChange={(e) => setOwner(e.target.value)} autoComplete="off" placeholder="Who follows it up?" />
            </div>
          )}
          <div className="field concern-note">
            <label htmlFor={`${id}-note`}>Note</label>
            <input id={`${id}-note`} className="input" value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" placeholder="How it was resolved, or why the risk is fine" />
          </div>
          <button type="submit" className="button button-small" disabled={!changed}>
            Save
          </button>
        </form>
      )}
    </li>
  );
}
