import { useId, useState } from 'react';
import { TEMPLATES } from '../../../shared/domain/template';
import type { TeamTemplate } from '../../../shared/templates/team-template';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PlusIcon } from '../components/plus-icon';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { DeleteTemplateDialog } from './delete-template-dialog';
import { TeamTemplateDialog } from './team-template-dialog';

type Editing = { kind: 'new' } | { kind: 'edit'; template: TeamTemplate } | { kind: 'delete'; template: TeamTemplate } | null;

/** The workspace's templates: the team's own (add, edit, delete) and the template files its linked folder holds. */
export function TemplatesSection({ workspaceId }: { workspaceId: string }) {
  const id = useId();
  const templates = useServerQuery('listTemplates', { workspaceId });
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const data = templates.data;

  return (
    <section className="sync-panel settings-section" aria-labelledby={`${id}-title`}>
      <div className="settings-section-head">
        <h2 id={`${id}-title`} className="section-title">
          Templates
        </h2>
        {data && data.team.length > 0 && (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
            <PlusIcon />
            New template
          </button>
        )}
      </div>
      <p className="section-text">
        New decisions start from a template. Besides the built-in ones (MADR 4, Nygard, MADR 3, MADR 2, Log4brains), the New decision dialog and{' '}
        <code>cairn new --template</code> offer your team’s own and the template files of the linked folder.
      </p>
      <ErrorAlert message={queryErrorMessage(templates)} />
      {!data ? (
        templates.isPending && <Loading label="Loading templates" />
      ) : (
        <>
          {data.team.length === 0 ? (
            <EmptyState title="No team templates yet">
              <p className="empty-state-text">Add the layout your team writes its decisions in, in any dialect Cairn reads.</p>
              <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })}>
                <PlusIcon />
                New template
              </button>
            </EmptyState>
          ) : (
            <ul className="template-list" aria-label="Team templates">
              {data.team.map((template) => (
                <li key={template.id} className="template-row">
                  <span className="template-name">{template.name}</span>
                  <span className="template-dialect">{TEMPLATES[template.dialect].name}</span>
                  <span className="template-actions">
                    <button type="button" className="button button-ghost" aria-label={`Edit ${template.name}`} onClick={() => setEditing({ kind: 'edit', template })}>
                      Edit
                    </button>
                    <button type="button" className="button button-ghost" aria-label={`Delete ${template.name}`} onClick={() => setEditing({ kind: 'delete', template })}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="settings-subtitle">From the linked folder</h3>
          {data.folder.length === 0 && data.unreadable.length === 0 ? (
            <p className="section-text">
              No template files found. A <code>template.md</code>, <code>adr-template.md</code> or <code>templates/template.md</code> in the linked folder is offered here by its name, and never synced as a decision.
            </p>
          ) : (
            <ul className="template-list" aria-label="Template files of the linked folder">
              {data.folder.map((file) => (
                <li key={file.name} className="template-row">
                  <code className="template-name">{file.name}</code>
                  <span className="template-dialect">{TEMPLATES[file.dialect].name}</span>
                </li>
              ))}
              {data.unreadable.map((file) => (
                <li key={file.name} className="template-row template-row-problem">
                  <code className="template-name">{file.name}</code>
                  <span className="template-dialect">Not offered: {file.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {editing?.kind === 'new' && <TeamTemplateDialog workspaceId={workspaceId} template={null} onClose={close} />}
      {editing?.kind === 'edit' && <TeamTemplateDialog workspaceId={workspaceId} template={editing.template} onClose={close} />}
      {editing?.kind === 'delete' && <DeleteTemplateDialog template={editing.template} onClose={close} />}
    </section>
  );
}
