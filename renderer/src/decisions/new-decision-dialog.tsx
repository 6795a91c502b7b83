import { useState } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES, TemplateId } from '../../../shared/domain/template';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { navigate } from '../router';
import { createDecision } from '../decision/decision-actions';
import { useUiStore, type NewDecisionIntent } from '../stores/ui-store';
import { decisionName } from './decision-name';

const FIELDS = formFields({ title: 'Title', template: 'Template' }, { apiPrefix: 'content.' });

/** Starts a decision from a template — or, from "Supersede", the decision that replaces another. */
export function NewDecisionDialog({ intent, workspaceId }: { intent: NewDecisionIntent; workspaceId: string }) {
  const close = useUiStore((state) => state.closeNewDecision);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>(DEFAULT_TEMPLATE);

  const submit = async () => {
    const decision = await createDecision({
      workspaceId,
      template,
      content: { title },
      links: intent.kind === 'supersede' ? [{ kind: 'supersedes', toId: intent.id }] : [],
    });
    close();
    navigate({ name: 'edit', id: decision.id });
  };

  const superseding = intent.kind === 'supersede';
  return (
    <FormDialog
      title={superseding ? `Supersede ${formatDecisionNumber(intent.number)}` : 'New decision'}
      size="medium"
      onDismiss={close}
      onSubmit={submit}
      fields={FIELDS}
      submitLabel="Create"
    >
      {superseding && (
        <p className="dialog-text">
          The new decision replaces <strong>{decisionName(intent)}</strong> and links to it; {decisionName(intent)} is marked superseded once the new one is accepted.
        </p>
      )}
      <TextField
        name="title"
        label="Title"
        hint="Name the choice, not the problem: a short phrase with a verb."
        value={title}
        onChange={setTitle}
        placeholder="e.g. Use PostgreSQL for the ledger"
        large
      />
      <SelectField name="template" label="Template" hint={TEMPLATES[template].description} value={template} onChange={(value) => setTemplate(TemplateId.parse(value))}>
        {TemplateId.options.map((option) => (
          <option key={option} value={option}>
            {TEMPLATES[option].name}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
