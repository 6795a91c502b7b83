import { useId, useState, type FormEvent } from 'react';
import type { Session, SessionOption } from '../../../shared/sessions/session';
import { useSessionStore } from '../stores/session-store';
import { CommitField } from './commit-field';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The options on the table, each with its pros and cons (one per line). */
export function OptionsPhase({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [name, setName] = useState('');
  const running = session.status === 'running';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await act({ type: 'addOption', name })) setName('');
  };

  return (
    <div className="options-phase">
      {session.state.options.length === 0 && (
        <p className="section-empty">No options yet. Collect at least two, including &ldquo;do nothing&rdquo; if it is a real choice.</p>
      )}
      <ol className="session-options">
        {session.state.options.map((option) => (
          <OptionCard key={option.id} option={option} running={running} />
        ))}
      </ol>
      {running && (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-name`}>New option</label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. RabbitMQ" autoComplete="off" />
          <button type="submit" className="button">
            Add option
          </button>
        </form>
      )}
    </div>
  );
}

function OptionCard({ option, running }: { option: SessionOption; running: boolean }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="session-option" aria-label={`Option ${option.name}`}>
      <div className="session-option-head">
        <div className="field option-name-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <CommitField id={`${id}-name`} multiline={false} value={option.name} onCommit={(text) => void act({ type: 'updateOption', optionId: option.id, name: text })} />
        </div>
        {running &&
          (confirming ? (
            <span className="confirm-inline" role="group" aria-label={`Remove ${option.name}?`}>
              Remove it and its scores?
              <button type="button" className="button button-small button-danger" onClick={() => void act({ type: 'removeOption', optionId: option.id })}>
                Remove
              </button>
              <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirming(true)}>
              Remove…
            </button>
          ))}
      </div>
      <div className="session-option-arguments">
        <div className="field">
          <label htmlFor={`${id}-pros`}>Pros of {option.name}</label>
          <CommitField id={`${id}-pros`} value={option.pros.join('\n')} placeholder="One per line" onCommit={(text) => void act({ type: 'updateOption', optionId: option.id, pros: lines(text) })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cons`}>Cons of {option.name}</label>
          <CommitField id={`${id}-cons`} value={option.cons.join('\n')} placeholder="One per line" onCommit={(text) => void act({ type: 'updateOption', optionId: option.id, cons: lines(text) })} />
        </div>
      </div>
    </li>
  );
}
