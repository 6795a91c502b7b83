import { useState } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES, TemplateId } from '../../../shared/domain/template';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { api } from '../api/api';
import { navigate, useRoute } from '../router';
import { useUiStore, type NewDecisionIntent } from '../stores/ui-store';
import { decisionName } from './decision-name';

const FIELDS = formFields({ title: 'Title', template: 'Template' }, { apiPrefix: 'content.' });

/** Starts a decision from a template — or, from "Supersede", the decision that replaces another. */
export function NewDecisionDialog({ intent, workspaceId }: { intent: NewDecisionIntent; workspaceId: string }) {
  const close = useUiStore((state) => state.closeNewDecision);
  const startUnsavedDecision = useUiStore((state) => state.startUnsavedDecision);
  const route = useRoute();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>(DEFAULT_TEMPLATE);

  // Nothing is stored yet: the core only says what the decision starts as (and checks the title and
  // the decision it supersedes); the editor creates it on the first save.
  const submit = async () => {
    const start = await api().previewNewDecision({
      workspaceId,
      template,
      content: { title },
      links: intent.kind === 'supersede' ? [{ kind: 'supersedes', toId: intent.id }] : [],
    });
    startUnsavedDecision({
      workspaceId,
      ...start,
      supersedes: intent.kind === 'supersede' ? { id: intent.id, number: intent.number, title: intent.title } : null,
      returnTo: route.name === 'new-decision' ? { name: 'decisions' } : route,
    });
    close();
    navigate({ name: 'new-decision' });
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
      <p className="dialog-text">Create opens the editor. The decision is kept, and given its number, when you save it there.</p>
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
