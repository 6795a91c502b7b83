import { formatCountdown } from '../../../shared/sessions/phase-timer';
import type { Session } from '../../../shared/sessions/session';
import { PHASES, PHASE_INFO, nextPhase, phaseIndex, previousPhase } from '../../../shared/sessions/session-phase';
import { focusWhenReady } from '../focus/focus-when-ready';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { useSessionStore } from '../stores/session-store';

/** The phases in order; the facilitator may step to any of them, back as well as forward. */
export function PhaseStepper({ session }: { session: Session }) {
  const act = useSessionStore((state) => state.act);
  const { phase, spentMs, timeboxes } = session.state;
  const running = session.status === 'running';
  const go = (target: typeof phase | null) => {
    if (!target) return false;
    void act({ type: 'goToPhase', phase: target });
  };
  // By key, the focus goes to the new phase's heading (what was focused in the old phase may be gone);
  // a click on a step leaves it on that step.
  const goByKey = (target: typeof phase | null) => {
    if (!target) return false;
    void act({ type: 'goToPhase', phase: target }).then((done) => {
      if (done) focusWhenReady(() => document.querySelector<HTMLElement>(`.phase-title[data-phase="${target}"]`));
    });
  };
  useKeyShortcut(']', () => goByKey(nextPhase(phase)), { enabled: running });
  useKeyShortcut('[', () => goByKey(previousPhase(phase)), { enabled: running });
  const current = phaseIndex(phase);

  return (
    <nav className="phase-stepper" aria-label="Session phases">
      <ol>
        {PHASES.map((id, index) => {
          const spent = spentMs[id] ?? 0;
          return (
            <li key={id} className={index < current ? 'is-done' : index === current ? 'is-current' : undefined}>
              <button
                type="button"
                className="phase-step"
                aria-current={id === phase ? 'step' : undefined}
                disabled={!running}
                onClick={() => go(id)}
              >
                <span className="phase-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="phase-step-label">{PHASE_INFO[id].label}</span>
                <span className="phase-step-time">{spent > 0 ? `${formatCountdown(spent)} of ${timeboxes[id]} min` : `${timeboxes[id]} min`}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
