import { useState } from 'react';
import type { Goal } from '../../../shared/goals/goal';
import { errorMessage } from '../api/error-message';
import { StatusBadge } from '../components/status-badge';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { useCurrentGoalStore } from '../stores/current-goal-store';
import { showToast } from '../stores/toast-store';
import { LinkDecisionDialog } from './link-decision-dialog';

/** The decisions this goal links to, with a way to add or remove one. */
export function GoalDecisions({ goal }: { goal: Goal }) {
  const unlink = useCurrentGoalStore((state) => state.unlinkDecision);
  const [linking, setLinking] = useState(false);
  return (
    <section className="side-section" aria-labelledby="goal-decisions-title">
      <h2 className="side-title" id="goal-decisions-title">
        Decisions
      </h2>
      {goal.linkedDecisions.length === 0 ? (
        <p className="side-empty">Link the decision this goal follows from, e.g. the ADR that introduced trunk-based development.</p>
      ) : (
        <ul className="link-list">
          {goal.linkedDecisions.map((decision) => (
            <li key={decision.id} className="link-item">
              <a className="link-target" href={routeHash({ name: 'decision', id: decision.id })}>
                {decisionName(decision)}
              </a>
              <StatusBadge status={decision.status} />
              <button
                type="button"
                className="icon-button"
                aria-label={`Unlink ${decisionName(decision)}`}
                onClick={() => void unlink(decision.id).catch((error: unknown) => showToast(`Could not unlink: ${errorMessage(error)}`))}
              >
                <svg viewBox="0 0 12 12" aria-hidden="true">
                  <path d="M3 3l6 6M9 3l-6 6" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-small side-action" onClick={() => setLinking(true)}>
        Link a decision
      </button>
      {linking && <LinkDecisionDialog goal={goal} onClose={() => setLinking(false)} />}
    </section>
  );
}
