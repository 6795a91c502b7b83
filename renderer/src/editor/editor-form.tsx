import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Decision } from '../../../shared/domain/decision';
import { allowedStatuses, statusLabel } from '../../../shared/domain/decision-status';
import { TEMPLATES } from '../../../shared/domain/template';
import { errorCode, errorField, errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { KbdHint, modKeyLabel } from '../components/kbd-hint';
import { MarkdownView } from '../components/markdown-view';
import { decisionName } from '../decisions/decision-name';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { navigate } from '../router';
import { useCurrentDecisionStore } from '../stores/current-decision-store';
import { showToast } from '../stores/toast-store';
import { changedFields } from './changed-fields';
import { contentFromDraft, draftFromContent, type DecisionDraft } from './decision-draft';
import { DiscardDialog } from './discard-dialog';
import { errorFieldPath, fieldPathCandidates } from './error-field-path';
import { OptionsEditor } from './options-editor';
import { TextField } from './text-field';

type TextKey = { [K in keyof DecisionDraft]: DecisionDraft[K] extends string ? K : never }[keyof DecisionDraft];

/**
 * The form and live preview for one revision of a decision. Save sends only the changed fields,
 * based on the revision the edit started from, so a concurrent save is reported, not overwritten.
 */
export function EditorForm({ decision, customStatuses }: { decision: Decision; customStatuses: string[] }) {
  const save = useCurrentDecisionStore((state) => state.save);
  const reload = useCurrentDecisionStore((state) => state.load);
  const id = useId();
  const [draft, setDraft] = useState(() => draftFromContent(decision));
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [invalidField, setInvalidField] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  const template = TEMPLATES[decision.template];
  const changes = changedFields(decision, contentFromDraft(draft));
  const dirty = Object.keys(changes).length > 0;
  const previewDraft = useDeferredValue(draft);
  const previewContent = useMemo(() => contentFromDraft(previewDraft), [previewDraft]);
  const statuses = allowedStatuses(customStatuses);
  if (!statuses.includes(draft.status)) statuses.push(draft.status);

  const text = (key: TextKey) => ({
    value: draft[key],
    onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })),
    field: key,
    invalidField,
  });

  const submit = async () => {
    if (saving) return;
    if (!dirty) {
      showToast('No changes to save');
      navigate({ name: 'decision', id: decision.id });
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await save(changes, decision.revision);
      showToast('Saved');
      navigate({ name: 'decision', id: decision.id });
    } catch (failure) {
      setSaving(false);
      setError(errorMessage(failure));
      setConflict(errorCode(failure) === 'conflict');
      const path = errorFieldPath(errorField(failure));
      setInvalidField(path);
      if (path) focusField(path);
    }
  };

  const cancel = () => {
    if (dirty) setConfirmingDiscard(true);
    else navigate({ name: 'decision', id: decision.id });
  };

  useKeyShortcut('s', () => void submit(), { mod: true, inFields: true });
  useKeyShortcut('Escape', cancel, { inFields: true });

  return (
    <div className="page page-editor">
      <header className="editor-header">
        <h1 className="page-title" tabIndex={-1}>
          Edit {decisionName(decision)}
        </h1>
        <div className="toolbar">
          {dirty && <span className="dirty-note">Unsaved changes</span>}
          <button type="button" className="button" onClick={cancel} aria-keyshortcuts="Escape">
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void submit()} disabled={saving} aria-keyshortcuts="Control+S Meta+S">
            Save
            <KbdHint keys={`${modKeyLabel()}S`} />
          </button>
        </div>
      </header>
      <ErrorAlert message={error} />
      {conflict && (
        <div className="conflict-actions">
          <button type="button" className="button button-small" onClick={() => void reload(decision.id)}>
            Load the latest revision
          </button>
          <span>Your edits here are discarded; copy anything you want to keep first.</span>
        </div>
      )}

      <div className="editor-panes">
        <form
          className="editor-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <section className="form-section">
            <TextField label="Title" className="field-title" {...text('title')} />
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${id}-status`}>Status</label>
                <select
                  id={`${id}-status`}
                  className="select"
                  value={draft.status}
                  data-field="status"
                  aria-invalid={invalidField === 'status' ? true : undefined}
                  onChange={(event) => setDraft((current) => ({ ...current, status: event.target.value }))}
                >
                  {statuses.map((status) => (
                    <option key={status} value={status}>
                      {statusLabel(status)}
                    </option>
                  ))}
                </select>
              </div>
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
                invalidField={invalidField}
                onChange={(options, chosenOption) => setDraft((current) => ({ ...current, options, chosenOption }))}
              />
            ) : (
              <TextField key={section.field} label={section.heading} placeholder={section.hint} multiline className="field-section" {...text(section.field)} />
            ),
          )}

          {draft.extraSections.map((section, index) => (
            <div key={index} className="field field-section">
              <label htmlFor={`${id}-extra-${index}`}>{section.heading}</label>
              <textarea
                id={`${id}-extra-${index}`}
                className="textarea"
                rows={4}
                value={section.body}
                data-field={`extraSections.${index}`}
                onChange={(event) =>
                  setDraft((current) => ({
                    ...current,
                    extraSections: current.extraSections.map((s, i) => (i === index ? { ...s, body: event.target.value } : s)),
                  }))
                }
              />
            </div>
          ))}
        </form>

        {/* The preview scrolls on its own: focusable, so keyboard users can scroll it too. */}
        <section className="editor-preview" aria-labelledby={`${id}-preview`} tabIndex={0}>
          <h2 id={`${id}-preview`} className="preview-title">
            Preview
          </h2>
          <div className="document document-preview">
            <MarkdownView number={decision.number} template={decision.template} content={previewContent} />
          </div>
        </section>
      </div>

      {confirmingDiscard && (
        <DiscardDialog onKeep={() => setConfirmingDiscard(false)} onDiscard={() => navigate({ name: 'decision', id: decision.id })} />
      )}
    </div>
  );
}

function focusField(path: string): void {
  for (const candidate of fieldPathCandidates(path)) {
    const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
    if (element) {
      element.focus();
      return;
    }
  }
}
