import { useId, useState, type FormEvent } from 'react';
import type { Decision } from '../../../shared/domain/decision';
import { LINK_KINDS, LINK_LABELS, LinkKind } from '../../../shared/domain/link-kind';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { decisionName } from '../decisions/decision-name';
import { useCurrentDecisionStore } from '../stores/current-decision-store';
import { showToast } from '../stores/toast-store';
import { useLinkCandidates } from './use-link-candidates';

/** Links this decision to another: "this decision <link type> <decision>". */
export function AddLinkDialog({ decision, workspaceId, onClose }: { decision: Decision; workspaceId: string; onClose: () => void }) {
  const addLink = useCurrentDecisionStore((state) => state.addLink);
  const id = useId();
  const [kind, setKind] = useState<LinkKind>('relates-to');
  const [query, setQuery] = useState('');
  const [toId, setToId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { candidates, error: loadError } = useLinkCandidates(workspaceId, decision.id, query);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = candidates?.find((c) => c.id === toId);
    if (!target) {
      setError('Decision: choose the decision to link to.');
      return;
    }
    setBusy(true);
    try {
      await addLink(kind, target.id);
      showToast(`Linked: ${LINK_LABELS[kind].outgoing.toLowerCase()} ${decisionName(target)}`);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Add link" onDismiss={onClose} size="medium">
      <form className="dialog-body" onSubmit={submit}>
        <p className="dialog-text">
          From <strong>{decisionName(decision)}</strong> to another decision in this workspace.
        </p>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Link type</label>
          <select id={`${id}-kind`} className="select" value={kind} onChange={(event) => setKind(LinkKind.parse(event.target.value))}>
            {LINK_KINDS.map((option) => (
              <option key={option} value={option}>
                {LINK_LABELS[option].outgoing}
              </option>
            ))}
          </select>
          {kind === 'supersedes' && <p className="field-hint">The other decision will be marked superseded.</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-find`}>Find by number or title</label>
          <input
            id={`${id}-find`}
            type="search"
            className="input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Type to narrow the list"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>Decision</label>
          <select
            id={`${id}-target`}
            className="select"
            value={toId}
            onChange={(event) => setToId(event.target.value)}
            disabled={candidates === null}
          >
            <option value="">{candidates === null ? 'Loading decisions…' : `Choose one of ${candidates.length}…`}</option>
            {candidates?.map((candidate) => (
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
            Add link
          </button>
        </div>
      </form>
    </Dialog>
  );
}
