import { useId, useState, type FormEvent } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES, TemplateId } from '../../../shared/domain/template';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { navigate } from '../router';
import { decisionName } from './decision-name';
import { useCurrentDecisionStore } from '../stores/current-decision-store';
import { useUiStore, type NewDecisionIntent } from '../stores/ui-store';

/** Starts a decision from a template — or, from "Supersede", the decision that replaces another. */
export function NewDecisionDialog({ intent, workspaceId }: { intent: NewDecisionIntent; workspaceId: string }) {
  const close = useUiStore((state) => state.closeNewDecision);
  const create = useCurrentDecisionStore((state) => state.create);
  const id = useId();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>(DEFAULT_TEMPLATE);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const decision = await create({
        workspaceId,
        template,
        content: { title },
        links: intent.kind === 'supersede' ? [{ kind: 'supersedes', toId: intent.id }] : [],
      });
      close();
      navigate({ name: 'edit', id: decision.id });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  const superseding = intent.kind === 'supersede';
  return (
    <Dialog title={superseding ? `Supersede ${formatDecisionNumber(intent.number)}` : 'New decision'} onDismiss={close} size="medium">
      <form className="dialog-body" onSubmit={submit}>
        {superseding && (
          <p className="dialog-text">
            The new decision replaces <strong>{decisionName(intent)}</strong>, which will be marked superseded and link
            to it.
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            className="input input-large"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder="e.g. Use PostgreSQL for the ledger"
            autoComplete="off"
            aria-describedby={`${id}-title-hint`}
          />
          <p id={`${id}-title-hint`} className="field-hint">
            Name the choice, not the problem: a short phrase with a verb.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-template`}>Template</label>
          <select
            id={`${id}-template`}
            className="select"
            value={template}
            onChange={(event) => setTemplate(TemplateId.parse(event.target.value))}
            aria-describedby={`${id}-template-hint`}
          >
            {TemplateId.options.map((option) => (
              <option key={option} value={option}>
                {TEMPLATES[option].name}
              </option>
            ))}
          </select>
          <p id={`${id}-template-hint`} className="field-hint">
            {TEMPLATES[template].description}
          </p>
        </div>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Create
          </button>
        </div>
      </form>
    </Dialog>
  );
}
