import { useState } from 'react';
import type { TeamTemplate } from '../../../shared/templates/team-template';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { TextField } from '../forms/text-field';
import { mutate } from '../queries/run-mutation';
import { showToast } from '../stores/toast-store';

const FIELDS = formFields({ name: 'Name', body: 'Markdown' });

/** What a new template starts as: adr-tools' own layout, whose words a new decision fills in. */
const STARTER = '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\n\n## Decision\n\n\n## Consequences\n\n';

/** Adds a team template, or edits one (`template`): a name it is offered by, and its Markdown. */
export function TeamTemplateDialog({ workspaceId, template, onClose }: { workspaceId: string; template: TeamTemplate | null; onClose: () => void }) {
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? STARTER);

  const submit = async () => {
    if (template) {
      await mutate('updateTeamTemplate', { id: template.id, name, body });
      showToast(`Saved template ${name.trim()}`);
    } else {
      await mutate('createTeamTemplate', { workspaceId, name, body });
      showToast(`Added template ${name.trim()}`);
    }
    onClose();
  };

  return (
    <FormDialog title={template ? `Edit ${template.name}` : 'New template'} size="medium" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel={template ? 'Save' : 'Add template'}>
      <TextField name="name" label="Name" hint="The New decision dialog and cairn new --template offer it by this name." value={name} onChange={setName} placeholder="e.g. Lightweight" />
      <TextField
        name="body"
        label="Markdown"
        hint="Written in any dialect Cairn reads (adr-tools, MADR, Log4brains). NUMBER, TITLE, DATE and STATUS are filled in as adr-tools fills them; MADR’s {…} placeholders stay for the author."
        value={body}
        onChange={setBody}
        rows={14}
      />
    </FormDialog>
  );
}
