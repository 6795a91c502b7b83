import { useState } from 'react';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES, TemplateId } from '../../../shared/domain/template';
import type { TemplateSource } from '../../../shared/templates/team-template';
import { useServerQuery } from '../queries/server-query';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { api } from '../api/api';
import { navigate, useRoute } from '../router';
import { useUiStore, type NewDecisionIntent } from '../stores/ui-store';
import { decisionName } from './decision-name';

const FIELDS = formFields({ title: 'Title', template: 'Template' }, { apiPrefix: 'content.', aliases: { from: 'template', 'from.id': 'template', 'from.name': 'template' } });

/** The select's value for each kind of template: a built-in id, `team:<id>` or `folder:<path>`. */
function sourceOf(choice: string): { template: TemplateId; from?: TemplateSource } {
  if (choice.startsWith('team:')) return { template: DEFAULT_TEMPLATE, from: { kind: 'team', id: choice.slice('team:'.length) } };
  if (choice.startsWith('folder:')) return { template: DEFAULT_TEMPLATE, from: { kind: 'folder', name: choice.slice('folder:'.length) } };
  return { template: TemplateId.parse(choice) };
}

/** Starts a decision from a template — or, from "Supersede", the decision that replaces another. */
export function NewDecisionDialog({ intent, workspaceId }: { intent: NewDecisionIntent; workspaceId: string }) {
  const close = useUiStore((state) => state.closeNewDecision);
  const startUnsavedDecision = useUiStore((state) => state.startUnsavedDecision);
  const route = useRoute();
  const [title, setTitle] = useState('');
  const [choice, setChoice] = useState<string>(DEFAULT_TEMPLATE);
  const templates = useServerQuery('listTemplates', { workspaceId });
  const team = templates.data?.team ?? [];
  const folder = templates.data?.folder ?? [];
  const chosenTeam = team.find((t) => `team:${t.id}` === choice);
  const chosenFile = folder.find((t) => `folder:${t.name}` === choice);
  const hint = chosenTeam
    ? `Your team’s template, written as ${TEMPLATES[chosenTeam.dialect].name}.`
    : chosenFile
      ? `The template file ${chosenFile.name} of the linked folder, written as ${TEMPLATES[chosenFile.dialect].name}.`
      : TEMPLATES[sourceOf(choice).template].description;

  // Nothing is stored yet: the core only says what the decision starts as (and checks the title and
  // the decision it supersedes); the editor creates it on the first save.
  const submit = async () => {
    const start = await api().previewNewDecision({
      workspaceId,
      ...sourceOf(choice),
      // The writer's day, not the host's: a web host may run in another zone.
      content: { title, date: toCalendarDate(new Date()) },
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
      <SelectField name="template" label="Template" hint={hint} value={choice} onChange={setChoice}>
        {TemplateId.options.map((option) => (
          <option key={option} value={option}>
            {TEMPLATES[option].name}
          </option>
        ))}
        {team.length > 0 && (
          <optgroup label="Your team’s templates">
            {team.map((t) => (
              <option key={t.id} value={`team:${t.id}`}>
                {t.name}
              </option>
            ))}
          </optgroup>
        )}
        {folder.length > 0 && (
          <optgroup label="From the linked folder">
            {folder.map((t) => (
              <option key={t.name} value={`folder:${t.name}`}>
                From the folder: {t.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
    </FormDialog>
  );
}
