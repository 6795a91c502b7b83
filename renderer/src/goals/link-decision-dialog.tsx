import { useId, useState, type FormEvent } from 'react';
import type { Goal } from '../../../shared/goals/goal';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { useLinkCandidates } from '../decision/use-link-candidates';
import { decisionName } from '../decisions/decision-name';
import { useCurrentGoalStore } from '../stores/current-goal-store';
import { showToast } from '../stores/toast-store';

/** Links the goal to a decision of its workspace, e.g. the ADR that introduced trunk-based development. */
export function LinkDecisionDialog({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const link = useCurrentGoalStore((state) => state.linkDecision);
  const id = useId();
  const [query, setQuery] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A goal id is never a decision id, so nothing is left out of the candidates.
  const { candidates, error: loadError } = useLinkCandidates(goal.workspaceId, goal.id, query);
  const linked = new Set(goal.linkedDecisions.map((d) => d.id));
  const choices = candidates?.filter((c) => !linked.has(c.id)) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = choices?.find((c) => c.id === decisionId);
    if (!target) {
      setError('Decision: choose the decision to link to.');
      return;
    }
    setBusy(true);
    try {
      await link(target.id);
      showToast(`Linked ${decisionName(target)}`);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Link a decision" onDismiss={onClose} size="medium">
      <form className="dialog-body" onSubmit={submit}>
        <p className="dialog-text">
          Which decision does <strong>{goal.title}</strong> follow from, or test?
        </p>
        <div className="field">
          <label htmlFor={`${id}-find`}>Find by number or title</label>
          <input id={`${id}-find`} type="search" className="input" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Type to narrow the list" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>Decision</label>
          <select id={`${id}-target`} className="select" value={decisionId} onChange={(event) => setDecisionId(event.target.value)} disabled={choices === null}>
            <option value="">{choices === null ? 'Loading decisions…' : `Choose one of ${choices.length}…`}</option>
            {choices?.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {decisionName(candidate)}
              </option>
            ))}
          </select>
        </div>
        <ErrorAlert message={error ?? loadError} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Link decision
          </button>
        </div>
      </form>
    </Dialog>
  );
}
