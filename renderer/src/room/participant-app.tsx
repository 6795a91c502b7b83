import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatCountdown, readTimer } from '../../../shared/sessions/phase-timer';
import type { ParticipantView, RoomView as RoomViewData } from '../../../shared/room/participant-view';
import type { RoomClosedReason } from '../../../shared/room/room';
import { useNow } from '../sessions/use-now';
import { followRoom, forgetParticipant, joinRoom, readView, RoomError, storedParticipant, type Joined } from './participant-client';
import { BacklogRoomView } from './participant-backlog';
import { AgreementCard, DotsCard, ScoringCard } from './participant-rounds';
import { useRoomAction, type CardProps } from './use-room-action';

const CLOSED_TEXT: Record<RoomClosedReason | 'lost', string> = {
  closed: 'The facilitator closed the room. Thank you for taking part.',
  finished: 'The session is finished: the decision is written. Thank you for taking part.',
  inactive: 'The room closed after a long quiet spell. Ask the facilitator to open it again.',
  removed: 'The facilitator took you out of the room. Ask them if that was a mistake.',
  gone: 'What the room was opened to is no longer there.',
  lost: 'The room cannot be reached: it may have closed, or this device left the network.',
};

/** The participant's page: join, then follow the session (or the backlog) and act on what it allows. */
export function ParticipantApp({ joinToken }: { joinToken: string | null }) {
  const [joined, setJoined] = useState<Joined | null>(storedParticipant);
  const [view, setView] = useState<RoomViewData | null>(null);
  const [closed, setClosed] = useState<RoomClosedReason | 'lost' | null>(null);

  useEffect(() => {
    if (!joined) return;
    let live = true;
    void readView(joined.participantToken).then(
      (first) => live && setView(first),
      (error: unknown) => {
        // A token from an earlier room (a reload after it closed): join again.
        if (live && error instanceof RoomError && error.code === 'unauthorized') {
          forgetParticipant();
          setJoined(null);
        }
      },
    );
    const stop = followRoom(joined.participantToken, {
      view: (next) => live && setView(next),
      closed: (reason) => {
        if (!live) return;
        forgetParticipant();
        setClosed(reason);
      },
      lost: () => live && setClosed('lost'),
    });
    return () => {
      live = false;
      stop();
    };
  }, [joined]);

  if (closed) {
    return (
      <main className="room-page">
        <h1 className="room-title">Cairn room</h1>
        <p className="room-closed" role="status">
          {CLOSED_TEXT[closed]}
        </p>
      </main>
    );
  }
  if (!joined) return <JoinForm joinToken={joinToken} onJoined={setJoined} />;
  if (!view) return <main className="room-page" aria-busy="true"><p className="muted">Joining the room…</p></main>;
  if (view.kind === 'backlog') return <BacklogRoomView token={joined.participantToken} view={view} onView={setView} />;
  return <RoomView token={joined.participantToken} view={view} onView={setView} />;
}

function JoinForm({ joinToken, onJoined }: { joinToken: string | null; onJoined: (joined: Joined) => void }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<RoomError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onJoined(await joinRoom({ ...(joinToken ? { joinToken } : { code }), ...(!anonymous && { name }), anonymous }));
    } catch (caught) {
      setError(caught instanceof RoomError ? caught : new RoomError('internal', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  // The message already sits at its field: its "name: " prefix says nothing more there.
  const fieldError = (field: string) => (error?.field === field ? error.message.replace(`${field}: `, '') : null);
  const formError = error && error.field !== 'name' && error.field !== 'code' ? error.message : null;

  return (
    <main className="room-page">
      <h1 className="room-title">Join the room</h1>
      <p className="muted">{joinToken ? 'You opened the facilitator’s link.' : 'Type the code the facilitator shows.'}</p>
      <form className="room-form" onSubmit={(event) => void submit(event)} noValidate>
        {!joinToken && (
          <div className="field">
            <label htmlFor={`${id}-code`}>Code</label>
            <input
              id={`${id}-code`}
              className="input room-code-input"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              inputMode="text"
              aria-invalid={fieldError('code') ? true : undefined}
              aria-describedby={fieldError('code') ? `${id}-code-error` : undefined}
            />
            {fieldError('code') && (
              <p id={`${id}-code-error`} className="field-message">
                {fieldError('code')}
              </p>
            )}
          </div>
        )}
        {!anonymous && (
          <div className="field">
            <label htmlFor={`${id}-name`}>Your name</label>
            <input
              id={`${id}-name`}
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
              aria-invalid={fieldError('name') ? true : undefined}
              aria-describedby={fieldError('name') ? `${id}-name-error` : undefined}
            />
            {fieldError('name') && (
              <p id={`${id}-name-error`} className="field-message">
                {fieldError('name')}
              </p>
            )}
          </div>
        )}
        <label className="check-label">
          <input type="checkbox" className="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> Join without my name (if the facilitator allows it)
        </label>
        {anonymous && fieldError('name') && <p className="field-message">{fieldError('name')}</p>}
        {formError && (
          <p className="room-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          Join
        </button>
      </form>
    </main>
  );
}

function RoomView({ token, view, onView }: { token: string; view: ParticipantView; onView: (view: RoomViewData) => void }) {
  const now = useNow();
  const timer = readTimer(view.timer, view.timeboxMinutes, now);
  return (
    <main className="room-page">
      <header className="room-header">
        <p className="room-eyebrow">
          {view.me.anonymous ? 'You joined without your name' : `You are ${view.me.name}`} · {view.participantCount} in the session
        </p>
        <h1 className="room-title">{view.title}</h1>
        <p className="room-phase">
          <strong>{view.phaseLabel}</strong>{' '}
          <span className={timer.overrun ? 'room-timer is-over' : 'room-timer'} aria-label="Time left in this phase">
            {timer.paused ? 'paused' : formatCountdown(timer.remainingMs)}
          </span>
        </p>
        <p className="muted">{view.phasePurpose}</p>
        {view.question && (
          <p className="room-question" aria-label="The facilitator asks">
            {view.question}
          </p>
        )}
      </header>
      {view.me.role === 'observer' && <p className="muted">You take part as an observer: you follow the session but do not vote.</p>}
      <AgreementCard token={token} view={view} onView={onView} />
      <DotsCard token={token} view={view} onView={onView} />
      <ScoringCard token={token} view={view} onView={onView} />
      <OptionsCard token={token} view={view} onView={onView} />
      <ConcernsCard token={token} view={view} onView={onView} />
    </main>
  );
}

function OptionsCard({ token, view, onView }: CardProps) {
  const id = useId();
  const [name, setName] = useState('');
  const { run, error } = useRoomAction(token, onView);
  if (view.options.length === 0 && !view.can.addOption) return null;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'addOption', name })) setName('');
  };
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        Options
      </h2>
      <ul className="room-list">
        {view.options.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
      </ul>
      {view.can.addOption && (
        <form className="room-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-name`}>Add an option</label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          {error && <p className="field-message">{error}</p>}
          <button type="submit" className="button">
            Add option
          </button>
        </form>
      )}
    </section>
  );
}

function ConcernsCard({ token, view, onView }: CardProps) {
  const id = useId();
  const [text, setText] = useState('');
  const { run, error } = useRoomAction(token, onView);
  if (view.concerns.length === 0 && !view.can.addConcern) return null;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'addConcern', text })) setText('');
  };
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        Concerns
      </h2>
      <ul className="room-list">
        {view.concerns.map((c) => (
          <li key={c.id}>
            {c.text} {c.status !== 'open' && <span className="muted">({c.status})</span>}
          </li>
        ))}
      </ul>
      {view.can.addConcern && (
        <form className="room-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-text`}>Raise a concern</label>
          <textarea id={`${id}-text`} className="textarea" value={text} onChange={(e) => setText(e.target.value)} />
          {error && <p className="field-message">{error}</p>}
          <button type="submit" className="button">
            Raise concern
          </button>
        </form>
      )}
    </section>
  );
}
