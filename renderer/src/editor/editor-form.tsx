import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { Decision, DecisionContent } from '../../../shared/domain/decision';
import { allowedStatuses, NO_STATUS, statusLabel } from '../../../shared/domain/decision-status';
import { TEMPLATES, type TemplateSection } from '../../../shared/domain/template';
import { DiscardDialog } from '../components/discard-dialog';
import { KbdHint, modKeyLabel } from '../components/kbd-hint';
import { MarkdownView } from '../components/markdown-view';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { Field } from '../forms/field';
import { Form } from '../forms/form';
import { FormAlert } from '../forms/form-alert';
import { useFormState } from '../forms/form-context';
import { formFields } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { navigate } from '../router';
import { createDecision, saveDecision } from '../decision/decision-actions';
import { showToast } from '../stores/toast-store';
import { useUiStore, type UnsavedDecision } from '../stores/ui-store';
import { changedFields } from './changed-fields';
import { contentFromDraft, draftFromContent, type DecisionDraft } from './decision-draft';
import { OptionsEditor } from './options-editor';

type TextKey = { [K in keyof DecisionDraft]: DecisionDraft[K] extends string ? K : never }[keyof DecisionDraft];

/** What the editor edits: one revision of a saved decision, or a new one that its first save creates. */
export type EditorSubject = { kind: 'saved'; decision: Decision } | { kind: 'new'; decision: UnsavedDecision };

interface EditorFormProps {
  subject: EditorSubject;
  customStatuses: string[];
  /** Told when typing starts and when it is all undone, so the page keeps this revision while there are edits. */
  onDirtyChange?: (dirty: boolean) => void;
  /** After a conflict: drop the edits and edit the latest revision. */
  onLoadLatest?: () => Promise<void>;
}

/**
 * The form and live preview for a decision. For a saved one, Save sends only the changed fields,
 * based on the revision the edit started from, so a concurrent save is reported, not overwritten.
 * A new one exists only in this window until Save creates it (with its number and supersede link);
 * Cancel or Discard before that leaves nothing behind.
 */
export function EditorForm({ subject, customStatuses, onDirtyChange, onLoadLatest }: EditorFormProps) {
  const id = useId();
  const start: DecisionContent = subject.kind === 'saved' ? subject.decision : subject.decision.content;
  const [draft, setDraft] = useState(() => draftFromContent(start));
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const endUnsavedDecision = useUiStore((state) => state.endUnsavedDecision);

  const templateId = subject.decision.template;
  const template = TEMPLATES[templateId];
  const number = subject.kind === 'saved' ? subject.decision.number : null;
  const changes = changedFields(start, contentFromDraft(draft));
  const dirty = Object.keys(changes).length > 0;
  const previewDraft = useDeferredValue(draft);
  const previewContent = useMemo(() => contentFromDraft(previewDraft), [previewDraft]);
  const statuses = allowedStatuses(customStatuses);
  if (draft.status !== '' && !statuses.includes(draft.status)) statuses.push(draft.status);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const text = (key: TextKey) => ({
    value: draft[key],
    onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })),
    name: key,
  });

  const submit = async () => {
    if (subject.kind === 'new') {
      const { workspaceId, supersedes } = subject.decision;
      const created = await createDecision({
        workspaceId,
        template: templateId,
        content: contentFromDraft(draft),
        links: supersedes ? [{ kind: 'supersedes', toId: supersedes.id }] : [],
      });
      showToast('Saved');
      // The address of the unsaved decision is gone once it is saved: Back skips it.
      navigate({ name: 'decision', id: created.id }, { replace: true });
      endUnsavedDecision();
      return;
    }
    const { decision } = subject;
    if (dirty) {
      await saveDecision(decision.id, changes, decision.revision);
      showToast('Saved');
    } else showToast('No changes to save');
    navigate({ name: 'decision', id: decision.id });
  };

  const leave = () => {
    if (subject.kind === 'saved') {
      navigate({ name: 'decision', id: subject.decision.id });
      return;
    }
    navigate(subject.decision.returnTo, { replace: true });
    endUnsavedDecision();
  };

  const cancel = () => {
    if (dirty) setConfirmingDiscard(true);
    else leave();
  };

  useKeyShortcut('Escape', cancel, { inFields: true });

  return (
    <Form
      className="page page-editor"
      onSubmit={submit}
      fields={editorFields(template.sections, draft, subject.kind === 'new' ? 'content.' : 'changes.')}
      saveShortcut
      aria-labelledby={`${id}-heading`}
    >
      <PageHeader
        variant="bar"
        title={subject.kind === 'saved' ? `Edit ${decisionName(subject.decision)}` : 'New decision'}
        titleId={`${id}-heading`}
        subtitle={subject.kind === 'new' ? newDecisionNote(subject.decision) : undefined}
        actions={
          <>
            {dirty && <span className="dirty-note">Unsaved changes</span>}
            <button type="button" className="button" onClick={cancel} aria-keyshortcuts="Escape">
              Cancel
            </button>
            <SubmitButton aria-keyshortcuts="Control+S Meta+S">
              Save
              <KbdHint keys={`${modKeyLabel()}S`} />
            </SubmitButton>
          </>
        }
      />
      <FormAlert />
      {onLoadLatest && <ConflictActions onLoadLatest={onLoadLatest} />}

      <div className="editor-panes">
        <div className="editor-form">
          <section className="form-section">
            <TextField label="Title" className="field-title" {...text('title')} />
            <div className="field-row">
              <SelectField name="status" label="Status" value={draft.status} onChange={(value) => setDraft((current) => ({ ...current, status: value }))}>
                {draft.status === '' && <option value="">{NO_STATUS}</option>}
                {statuses.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </SelectField>
              <TextField label="Date" type="date" {...text('date')} />
              <TextField label="Review by" type="date" hint="Optional: when to look at it again." {...text('reviewBy')} />
            </div>
            <div className="field-row">
              <TextField label="Decision-makers" placeholder="Names, comma-separated" {...text('decisionMakers')} />
              <TextField label="Consulted" placeholder="Names, comma-separated" {...text('consulted')} />
              <TextField label="Informed" placeholder="Names, comma-separated" {...text('informed')} />
            </div>
            <TextField label="Tags" placeholder="e.g. database, security" hint="Comma-separated, no spaces within a tag." {...text('tags')} />
          </section>

          {template.sections.map((section) =>
            section.field === 'options' ? (
              <OptionsEditor
                key={section.field}
                options={draft.options}
                chosenOption={draft.chosenOption}
                hint={section.hint}
                onChange={(options, chosenOption) => setDraft((current) => ({ ...current, options, chosenOption }))}
              />
            ) : (
              <TextField key={section.field} label={section.heading} placeholder={section.hint} rows={4} className="field-section" {...text(section.field)} />
            ),
          )}

          {draft.extraSections.map((section, index) => (
            <Field key={index} name={`extraSections.${index}`} label={section.heading} className="field-section">
              {(control) => (
                <textarea
                  {...control}
                  className="textarea"
                  rows={4}
                  value={section.body}
                  onChange={(event) =>
                    setDraft((current) => ({
                      ...current,
                      extraSections: current.extraSections.map((s, i) => (i === index ? { ...s, body: event.target.value } : s)),
                    }))
                  }
                />
              )}
            </Field>
          ))}
        </div>

        {/* The preview scrolls on its own: focusable, so keyboard users can scroll it too. */}
        <section className="editor-preview" aria-labelledby={`${id}-preview`} tabIndex={0}>
          <h2 id={`${id}-preview`} className="preview-title">
            Preview
          </h2>
          <div className="document document-preview">
            <MarkdownView number={number} template={templateId} content={previewContent} headingsBelow={2} />
          </div>
        </section>
      </div>

      {confirmingDiscard && <DiscardDialog what={subject.kind === 'new' ? 'new decision' : 'decision'} onKeep={() => setConfirmingDiscard(false)} onDiscard={leave} />}
    </Form>
  );
}

/** Under a new decision's heading: that it is not kept yet, and what it will supersede. */
function newDecisionNote({ supersedes }: UnsavedDecision): string {
  const kept = 'Not saved yet: its number is assigned when you save.';
  return supersedes ? `Supersedes ${decisionName(supersedes)}. ${kept}` : kept;
}

/** After a save refused because someone else saved first: the way to the latest revision. */
function ConflictActions({ onLoadLatest }: { onLoadLatest: () => Promise<void> }) {
  if (useFormState().errors.code !== 'conflict') return null;
  return (
    <div className="conflict-actions">
      <button type="button" className="button button-small" onClick={() => void onLoadLatest()}>
        Load the latest revision
      </button>
      <span>Your edits here are discarded; copy anything you want to keep first.</span>
    </div>
  );
}

const FIXED_LABELS: Record<string, string> = {
  title: 'Title',
  status: 'Status',
  date: 'Date',
  reviewBy: 'Review by',
  decisionMakers: 'Decision-makers',
  consulted: 'Consulted',
  informed: 'Informed',
  tags: 'Tags',
  chosenOption: 'Chosen option',
};

/** The editor's fields as it shows them now; the API names them inside "changes" (an edit) or "content" (a new decision). */
function editorFields(sections: readonly TemplateSection[], draft: DecisionDraft, apiPrefix: 'changes.' | 'content.') {
  const sectionLabels = new Map<string, string>(sections.map((section) => [section.field, section.heading]));
  return formFields(
    (field) => {
      if (Object.hasOwn(FIXED_LABELS, field)) return FIXED_LABELS[field];
      if (sectionLabels.has(field)) return sectionLabels.get(field);
      const [, index = '', part] = /^options\.(\d+)\.(name|description|pros|cons)$/.exec(field) ?? [];
      if (part && Number(index) < draft.options.length) return `Option ${Number(index) + 1} ${part}`;
      const [, extra = ''] = /^extraSections\.(\d+)$/.exec(field) ?? [];
      return extra ? draft.extraSections[Number(extra)]?.heading : undefined;
    },
    { apiPrefix },
  );
}
