import { formatCountdown, readTimer } from '../../../shared/sessions/phase-timer';
import type { Session } from '../../../shared/sessions/session';
import { PHASE_INFO } from '../../../shared/sessions/session-phase';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { useSessionStore } from '../stores/session-store';
import { timerNotice } from './timer-notice';
import { useNow } from './use-now';

const STATE_LABEL = { running: 'Running', paused: 'Paused', extended: 'Extended', overrun: 'Over time' } as const;

/**
 * The countdown of the current phase, always in view, with pause, resume and extend. A timer region
 * is not announced as it ticks, so a polite live region beside it says "2 minutes left" and "Time is up".
 */
export function SessionTimer({ session }: { session: Session }) {
  const act = useSessionStore((state) => state.act);
  const now = useNow();
  const { state } = session;
  const running = session.status === 'running';
  const reading = readTimer(state.timer, state.timeboxes[state.phase] ?? PHASE_INFO[state.phase].defaultMinutes, now);
  const togglePause = () => void act({ type: reading.paused ? 'resumeTimer' : 'pauseTimer' });
  useKeyShortcut('p', togglePause, { enabled: running });

  return (
    <div className={`session-timer is-${reading.state}`} role="timer" aria-label={`${PHASE_INFO[state.phase].label} timer`}>
      <span className="sr-only" aria-live="polite">
        {timerNotice(reading, running)}
      </span>
      <div className="session-timer-reading">
        <span className="session-timer-time">{running ? formatCountdown(reading.remainingMs) : formatCountdown(totalSpent(session))}</span>
        <span className="session-timer-state">
          {running ? STATE_LABEL[reading.state] : 'Finished, time taken'}
          {reading.overrun && !reading.paused && ` by ${formatCountdown(-reading.remainingMs)}`}
        </span>
      </div>
      {running && (
        <div className="session-timer-controls">
          <button type="button" className="button button-small" onClick={togglePause} aria-keyshortcuts="p">
            {reading.paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="button button-small" onClick={() => void act({ type: 'extendTimer', minutes: 2 })}>
            +2 min
          </button>
          <button type="button" className="button button-small" onClick={() => void act({ type: 'extendTimer', minutes: 5 })}>
            +5 min
          </button>
        </div>
      )}
    </div>
  );
}

function totalSpent(session: Session): number {
  return Object.values(session.state.spentMs).reduce((sum, ms) => sum + ms, 0);
}
