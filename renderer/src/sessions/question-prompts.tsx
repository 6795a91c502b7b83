import { useId, useState, type FormEvent } from 'react';
import type { OpenQuestion } from '../../../shared/sessions/open-question';
import type { Session } from '../../../shared/sessions/session';
import { PHASE_INFO } from '../../../shared/sessions/session-phase';
import { useServerQuery } from '../queries/server-query';
import { useSessionStore } from '../stores/session-store';
import { showToast } from '../stores/toast-store';
import { OpenRewriteHint } from './open-rewrite-hint';

/** Open questions for the current phase from the team's bank, and the facilitator's own prompt. */
export function QuestionPrompts({ session }: { session: Session }) {
  const id = useId();
  const questions = useServerQuery('listOpenQuestions', { workspaceId: session.workspaceId }).data ?? [];
  const act = useSessionStore((state) => state.act);
  const addQuestion = useSessionStore((state) => state.addQuestion);
  const [prompt, setPrompt] = useState('');
  const { phase } = session.state;
  const running = session.status === 'running';
  const forPhase = questions.filter((q) => q.phase === phase);
  const asked = session.state.questions.filter((q) => q.phase === phase);
  const lastAsked = asked.at(-1);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    if (await act({ type: 'askQuestion', text: prompt })) setPrompt('');
  };

  return (
    <section className="session-card question-prompts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="session-card-title">
        Open questions for {PHASE_INFO[phase].label.toLowerCase()}
      </h2>
      {lastAsked && (
        <p className="question-now" aria-live="polite">
          <span className="question-now-label">Asked</span> {lastAsked.text}
        </p>
      )}
      <ul className="question-list">
        {forPhase.map((q) => (
          <BankQuestion key={q.id} question={q} running={running} />
        ))}
        {forPhase.length === 0 && <li className="section-empty">The bank has no questions for this phase. Write your own below.</li>}
      </ul>
      {running && (
        <form className="question-form" onSubmit={(event) => void ask(event)}>
          <label htmlFor={`${id}-prompt`}>Your own question</label>
          <div className="question-form-row">
            <input id={`${id}-prompt`} className="input" value={prompt} onChange={(e) => setPrompt(e.target.value)} autoComplete="off" placeholder="What would …?" />
            <button type="submit" className="button" disabled={!prompt.trim()}>
              Ask
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={!prompt.trim()}
              onClick={() => {
                void addQuestion(session.workspaceId, phase, prompt).then((added) => {
                  if (added) setPrompt('');
                });
              }}
            >
              Save to bank
            </button>
          </div>
          <OpenRewriteHint text={prompt} onUse={setPrompt} />
        </form>
      )}
    </section>
  );
}

/** One question of the bank: ask it, reword it, or remove it (with undo). */
function BankQuestion({ question, running }: { question: OpenQuestion; running: boolean }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const reword = useSessionStore((state) => state.rewordQuestion);
  const remove = useSessionStore((state) => state.removeQuestion);
  const addQuestion = useSessionStore((state) => state.addQuestion);
  const [editing, setEditing] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (editing !== null && (await reword(question.id, editing))) setEditing(null);
  };
  const removeWithUndo = async () => {
    await remove(question.id);
    showToast('Question removed from the bank', () => void addQuestion(question.workspaceId, question.phase, question.text));
  };

  if (editing !== null) {
    return (
      <li>
        <form className="question-form-row question-edit" onSubmit={(event) => void save(event)}>
          <label htmlFor={`${id}-text`} className="sr-only">
            Question
          </label>
          <input id={`${id}-text`} className="input" value={editing} onChange={(e) => setEditing(e.target.value)} autoComplete="off" autoFocus />
          <button type="submit" className="button button-small">
            Save
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <span className="question-text">{question.text}</span>
      {running && (
        <span className="question-actions">
          <button type="button" className="button button-small" onClick={() => void act({ type: 'askQuestion', text: question.text })} aria-label={`Ask: ${question.text}`}>
            Ask
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setEditing(question.text)} aria-label={`Edit: ${question.text}`}>
            Edit
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => void removeWithUndo()} aria-label={`Remove from the bank: ${question.text}`}>
            Remove
          </button>
        </span>
      )}
    </li>
  );
}
