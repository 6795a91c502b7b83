import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { StuckTimer } from '../../../shared/api/rotation-operations';
import { formatElapsed, stuckAdvice, stuckStage, type StuckStage } from '../../../shared/rotations/stuck-advice';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { useNow } from '../sessions/use-now';
import { showToast } from '../stores/toast-store';

/**
 * "Stuck for more than 4 hours: take a walk; 4 more: ask peers." Timers live in the database, so they
 * survive a restart; the advice is worked out from the start time whenever the page looks.
 */
export function StuckTimerPanel({ workspaceId, me }: { workspaceId: string; me: string }) {
  const id = useId();
  const now = useNow(30_000);
  const [timers, setTimers] = useState<StuckTimer[] | null>(null);
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<string | null>(null);
  const announced = useRef(new Map<string, StuckStage>());

  const load = async () => {
    try {
      setTimers(await api().listStuckTimers({ workspaceId }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  useEffect(() => {
    let current = true;
    api()
      .listStuckTimers({ workspaceId })
      .then((list) => current && setTimers(list))
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [workspaceId]);

  // Announce a stage when a running timer reaches it while the app is open; stages already reached
  // when the timers first load are shown on the page but not announced again.
  useEffect(() => {
    for (const timer of timers ?? []) {
      const stage = stuckStage(now.getTime() - Date.parse(timer.startedAt));
      const before = announced.current.get(timer.id);
      announced.current.set(timer.id, stage);
      if (before === undefined || before === stage || stage === 'working') continue;
      const message = `${timer.problem}: ${stuckAdvice(stage, timer.peers)}`;
      showToast(message);
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') new Notification('Cairn', { body: message });
    }
  }, [timers, now]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api().startStuckTimer({ workspaceId, problem, startedBy: me });
      setProblem('');
      setError(null);
      // System notifications need the person's consent; asking when they start a timer explains why.
      if (typeof Notification !== 'undefined' && Notification.permission === 'default') void Notification.requestPermission();
      await load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const stop = async (timer: StuckTimer) => {
    try {
      await api().stopStuckTimer({ id: timer.id });
      showToast(`Stopped the timer on “${timer.problem}”`);
      await load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="stuck-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        Stuck timer
      </h2>
      <form className="stuck-form" onSubmit={(event) => void start(event)}>
        <label htmlFor={`${id}-problem`} className="sr-only">
          What are you stuck on?
        </label>
        <input
          id={`${id}-problem`}
          className="input"
          value={problem}
          onChange={(e) => setProblem(e.target.value)}
          placeholder="What are you stuck on? e.g. The flaky payment test"
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={!problem.trim()}>
          Start timer
        </button>
      </form>
      <ErrorAlert message={error} />
      {timers && timers.length > 0 && (
        <ul className="stuck-list">
          {timers.map((timer) => {
            const elapsed = now.getTime() - Date.parse(timer.startedAt);
            const stage = stuckStage(elapsed);
            return (
              <li key={timer.id} className={`stuck-row is-${stage}`} aria-label={timer.problem}>
                <div>
                  <strong>{timer.problem}</strong>
                  <span className="field-hint">
                    {' '}
                    · {timer.startedBy} · {formatElapsed(elapsed)}
                  </span>
                  <p className="stuck-advice">{stuckAdvice(stage, timer.peers)}</p>
                </div>
                <button type="button" className="button button-small" onClick={() => void stop(timer)}>
                  Stop
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
