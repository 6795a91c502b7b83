import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { BEHAVIOR_KINDS, PERIODS, RESULT_DIRECTIONS, TARGET_COMPARISONS } from '../../../shared/goals/goal';
import { checkObservable } from '../../../shared/goals/show-me-check';
import { errorField, errorMessage } from '../api/error-message';
import { useDocumentTitle } from '../app/use-document-title';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { KbdHint, modKeyLabel } from '../components/kbd-hint';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { navigate } from '../router';
import { useCurrentGoalStore } from '../stores/current-goal-store';
import { showToast } from '../stores/toast-store';
import { draftOf, definitionOf, emptyBehavior, emptyResult, newGoalDraft, type BehaviorDraft, type GoalDraft, type ResultDraft } from './goal-draft';
import { GoalMissing } from './goal-missing';
import { DIRECTION_LABELS } from './result-description';
import { ShowMeFlag } from './show-me-flag';
import { useGoal } from './use-goal';

/** Defines a new goal (id null) or edits one: context, then results, then behaviors. */
export function GoalEditorPage({ id, workspaceId }: { id: string | null; workspaceId: string }) {
  return id === null ? <NewGoal workspaceId={workspaceId} /> : <ExistingGoal id={id} />;
}

function NewGoal({ workspaceId }: { workspaceId: string }) {
  const create = useCurrentGoalStore((state) => state.create);
  const today = toCalendarDate(new Date());
  useDocumentTitle('New goal');
  return (
    <GoalForm
      heading="New goal"
      initial={newGoalDraft(today, addDays(today, 91))}
      checkInCounts={{}}
      onCancel={() => navigate({ name: 'goals' })}
      onSave={async (definition) => {
        const view = await create({ workspaceId, ...definition });
        showToast(`Created goal "${view.goal.title}"`);
        navigate({ name: 'goal', id: view.goal.id }, { replace: true });
      }}
    />
  );
}

function ExistingGoal({ id }: { id: string }) {
  const { view, loadError, notFound } = useGoal(id);
  const update = useCurrentGoalStore((state) => state.update);
  useDocumentTitle(view ? `Edit ${view.goal.title}` : null);
  if (!view) return <GoalMissing loadError={loadError} notFound={notFound} />;
  const checkInCounts: Record<string, number> = {};
  for (const c of view.checkIns) checkInCounts[c.subjectId] = (checkInCounts[c.subjectId] ?? 0) + 1;
  return (
    <GoalForm
      heading={`Edit ${view.goal.title}`}
      initial={draftOf(view)}
      checkInCounts={checkInCounts}
      onCancel={() => navigate({ name: 'goal', id })}
      onSave={async (definition) => {
        await update({ id, ...definition });
        showToast('Saved the goal');
        navigate({ name: 'goal', id });
      }}
    />
  );
}

interface GoalFormProps {
  heading: string;
  initial: GoalDraft;
  /** Check-ins per result or behavior id, to warn before removing one that has some. */
  checkInCounts: Record<string, number>;
  onCancel: () => void;
  onSave: (definition: Extract<ReturnType<typeof definitionOf>, { definition: unknown }>['definition']) => Promise<void>;
}

function GoalForm({ heading, initial, checkInCounts, onCancel, onSave }: GoalFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [removal, setRemoval] = useState<{ kind: 'results' | 'behaviors'; index: number; name: string; checkIns: number } | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useKeyShortcut('s', () => formRef.current?.requestSubmit(), { mod: true, inFields: true });
  const cancel = () => (dirty ? setConfirmingDiscard(true) : onCancel());

  useEffect(() => {
    if (!error?.field) return;
    document.querySelector<HTMLElement>(`[data-field="${error.field}"]`)?.focus();
  }, [error]);

  const set = (patch: Partial<GoalDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setResult = (index: number, patch: Partial<ResultDraft>) => setDraft((d) => ({ ...d, results: d.results.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const setBehavior = (index: number, patch: Partial<BehaviorDraft>) =>
    setDraft((d) => ({ ...d, behaviors: d.behaviors.map((b, i) => (i === index ? { ...b, ...patch } : b)) }));
  const remove = (kind: 'results' | 'behaviors', index: number) => setDraft((d) => ({ ...d, [kind]: d[kind].filter((_, i) => i !== index) }));
  const askRemove = (kind: 'results' | 'behaviors', index: number) => {
    const item = draft[kind][index];
    const checkIns = item?.id ? (checkInCounts[item.id] ?? 0) : 0;
    if (checkIns === 0) remove(kind, index);
    else setRemoval({ kind, index, checkIns, name: kind === 'results' ? (draft.results[index]?.metric ?? '') : (draft.behaviors[index]?.action ?? '') });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = definitionOf(draft);
    if ('problem' in read) {
      setError(read.problem);
      return;
    }
    setBusy(true);
    try {
      await onSave(read.definition);
    } catch (failure) {
      setError({ message: errorMessage(failure), field: errorField(failure) });
      setBusy(false);
    }
  };

  const invalid = (field: string) => (error?.field === field ? true : undefined);
  const input = (field: string, value: string, onChange: (value: string) => void, extra: { type?: string; placeholder?: string; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <input
      id={`${id}-${field}`}
      data-field={field}
      className="input"
      type={extra.type ?? 'text'}
      inputMode={extra.inputMode}
      placeholder={extra.placeholder}
      value={value}
      aria-invalid={invalid(field)}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
    />
  );

  return (
    <div className="page page-goal-editor">
      <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <header className="editor-header">
          <h1 className="page-title" id={`${id}-heading`} tabIndex={-1}>
            {heading}
          </h1>
          <div className="toolbar">
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={busy} aria-keyshortcuts="Control+S Meta+S">
              Save goal
              <KbdHint keys={`${modKeyLabel()}S`} />
            </button>
          </div>
        </header>
        <ErrorAlert message={error?.message} />

        <fieldset className="form-section goal-form-section">
          <legend className="section-title">1. Context</legend>
          <p className="field-hint">Who is this for, and how do they work? Results come next, then the behaviors that lead to them.</p>
          <Field label="Goal" htmlFor={`${id}-title`}>
            {input('title', draft.title, (title) => set({ title }), { placeholder: 'Ship smaller changes more often' })}
          </Field>
          <div className="goal-form-grid">
            <Field label="Team" htmlFor={`${id}-context.team`}>
              {input('context.team', draft.team, (team) => set({ team }))}
            </Field>
            <Field label="Stakeholders" htmlFor={`${id}-context.stakeholders`}>
              {input('context.stakeholders', draft.stakeholders, (stakeholders) => set({ stakeholders }))}
            </Field>
            <Field label="Start (baseline measured)" htmlFor={`${id}-startDate`}>
              {input('startDate', draft.startDate, (startDate) => set({ startDate }), { type: 'date' })}
            </Field>
            <Field label="Sprint length (days)" htmlFor={`${id}-sprintLengthDays`}>
              {input('sprintLengthDays', draft.sprintLengthDays, (sprintLengthDays) => set({ sprintLengthDays }), { inputMode: 'numeric' })}
            </Field>
          </div>
          <Field label="Way of working" htmlFor={`${id}-context.wayOfWorking`}>
            {input('context.wayOfWorking', draft.wayOfWorking, (wayOfWorking) => set({ wayOfWorking }), { placeholder: 'Two-week sprints, trunk-based, on-call rotation' })}
          </Field>
        </fieldset>

        <fieldset className="form-section goal-form-section">
          <legend className="section-title">2. Results</legend>
          <p className="field-hint">Measurable: how much, by when.</p>
          {draft.results.map((result, index) => (
            <div key={result.id ?? `new-${index}`} className="goal-form-item" role="group" aria-label={`Result ${index + 1}`}>
              <div className="goal-form-grid goal-form-grid-result">
                <Field label="Metric" htmlFor={`${id}-results.${index}.metric`}>
                  {input(`results.${index}.metric`, result.metric, (metric) => setResult(index, { metric }), { placeholder: 'Deploys per week' })}
                </Field>
                <Field label="Unit" htmlFor={`${id}-results.${index}.unit`}>
                  {input(`results.${index}.unit`, result.unit, (unit) => setResult(index, { unit }), { placeholder: 'deploys' })}
                </Field>
                <Field label="Direction" htmlFor={`${id}-results.${index}.direction`}>
                  <select
                    id={`${id}-results.${index}.direction`}
                    data-field={`results.${index}.direction`}
                    className="select"
                    value={result.direction}
                    onChange={(event) => setResult(index, { direction: event.target.value as ResultDraft['direction'] })}
                  >
                    {RESULT_DIRECTIONS.map((d) => (
                      <option key={d} value={d}>
                        {DIRECTION_LABELS[d]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Baseline" htmlFor={`${id}-results.${index}.baseline`}>
                  {input(`results.${index}.baseline`, result.baseline, (baseline) => setResult(index, { baseline }), { inputMode: 'decimal' })}
                </Field>
                <Field label="Target" htmlFor={`${id}-results.${index}.target`}>
                  {input(`results.${index}.target`, result.target, (target) => setResult(index, { target }), { inputMode: 'decimal' })}
                </Field>
                <Field label="Deadline" htmlFor={`${id}-results.${index}.deadline`}>
                  {input(`results.${index}.deadline`, result.deadline, (deadline) => setResult(index, { deadline }), { type: 'date' })}
                </Field>
              </div>
              {draft.results.length > 1 && (
                <button type="button" className="button button-small button-danger-quiet" onClick={() => askRemove('results', index)}>
                  Remove result
                </button>
              )}
            </div>
          ))}
          <button type="button" className="button button-small" onClick={() => set({ results: [...draft.results, emptyResult(draft.results.at(-1)?.deadline ?? draft.startDate)] })}>
            Add a result
          </button>
        </fieldset>

        <fieldset className="form-section goal-form-section">
          <legend className="section-title">3. Behaviors</legend>
          <p className="field-hint">Who does what — something you could see or hear. &ldquo;Pairs with a newcomer on one ticket per sprint&rdquo;, not &ldquo;be more supportive&rdquo;.</p>
          {draft.behaviors.map((behavior, index) => {
            const check = checkObservable(behavior.action);
            return (
              <div key={behavior.id ?? `new-${index}`} className="goal-form-item" role="group" aria-label={`Behavior ${index + 1}`}>
                <div className="goal-form-grid goal-form-grid-behavior">
                  <Field label="Who" htmlFor={`${id}-behaviors.${index}.who`}>
                    {input(`behaviors.${index}.who`, behavior.who, (who) => setBehavior(index, { who }), { placeholder: 'Each developer' })}
                  </Field>
                  <Field label="Does what" htmlFor={`${id}-behaviors.${index}.action`}>
                    {input(`behaviors.${index}.action`, behavior.action, (action) => setBehavior(index, { action }), { placeholder: 'deploys to production before the sprint ends' })}
                  </Field>
                </div>
                {behavior.action.trim() !== '' && <ShowMeFlag check={check} kept={behavior.keepAnyway} />}
                {!check.observable && behavior.action.trim() !== '' && (
                  <label className="checkbox-label">
                    <input type="checkbox" className="checkbox" checked={behavior.keepAnyway} onChange={(event) => setBehavior(index, { keepAnyway: event.target.checked })} />
                    Keep anyway — the flag stays visible on the goal
                  </label>
                )}
                <div className="goal-form-grid goal-form-grid-target">
                  <Field label="Recorded as" htmlFor={`${id}-behaviors.${index}.kind`}>
                    <select id={`${id}-behaviors.${index}.kind`} className="select" value={behavior.kind} onChange={(event) => setBehavior(index, { kind: event.target.value as BehaviorDraft['kind'] })}>
                      {BEHAVIOR_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {k === 'count' ? 'A count per check-in' : 'Yes/no per occurrence'}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="Target" htmlFor={`${id}-behaviors.${index}.comparison`}>
                    <select id={`${id}-behaviors.${index}.comparison`} className="select" value={behavior.comparison} onChange={(event) => setBehavior(index, { comparison: event.target.value as BehaviorDraft['comparison'] })}>
                      {TARGET_COMPARISONS.map((c) => (
                        <option key={c} value={c}>
                          {c === 'at-least' ? 'At least' : 'At most'}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="Times" htmlFor={`${id}-behaviors.${index}.targetCount`}>
                    {input(`behaviors.${index}.targetCount`, behavior.targetCount, (targetCount) => setBehavior(index, { targetCount }), { inputMode: 'numeric' })}
                  </Field>
                  <Field label="Per" htmlFor={`${id}-behaviors.${index}.period`}>
                    <select id={`${id}-behaviors.${index}.period`} className="select" value={behavior.period} onChange={(event) => setBehavior(index, { period: event.target.value as BehaviorDraft['period'] })}>
                      {PERIODS.map((p) => (
                        <option key={p} value={p}>
                          {p}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="Observed by" htmlFor={`${id}-behaviors.${index}.observedBy`}>
                    {input(`behaviors.${index}.observedBy`, behavior.observedBy, (observedBy) => setBehavior(index, { observedBy }), { placeholder: 'the deploy log' })}
                  </Field>
                </div>
                <details className="reinforcement-plan" open={behavior.antecedent !== '' || behavior.consequence !== ''}>
                  <summary>Reinforcement plan (optional)</summary>
                  <div className="goal-form-grid">
                    <Field label="What prompts it" htmlFor={`${id}-behaviors.${index}.antecedent`}>
                      {input(`behaviors.${index}.antecedent`, behavior.antecedent, (antecedent) => setBehavior(index, { antecedent }), { placeholder: 'A "ready to ship" column on the board' })}
                    </Field>
                    <Field label="What follows it" htmlFor={`${id}-behaviors.${index}.consequence`}>
                      {input(`behaviors.${index}.consequence`, behavior.consequence, (consequence) => setBehavior(index, { consequence }), { placeholder: 'Shout-out in the sprint review' })}
                    </Field>
                  </div>
                </details>
                {draft.behaviors.length > 1 && (
                  <button type="button" className="button button-small button-danger-quiet" onClick={() => askRemove('behaviors', index)}>
                    Remove behavior
                  </button>
                )}
              </div>
            );
          })}
          <button type="button" className="button button-small" onClick={() => set({ behaviors: [...draft.behaviors, emptyBehavior()] })}>
            Add a behavior
          </button>
        </fieldset>
      </form>
      {confirmingDiscard && (
        <Dialog title="Discard changes?" onDismiss={() => setConfirmingDiscard(false)}>
          <div className="dialog-body">
            <p className="dialog-text">Your edits to this goal have not been saved. Leaving now loses them.</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setConfirmingDiscard(false)}>
                Keep editing
              </button>
              <button type="button" className="button button-danger" onClick={onCancel}>
                Discard
              </button>
            </div>
          </div>
        </Dialog>
      )}
      {removal && (
        <Dialog title={`Remove ${removal.kind === 'results' ? 'result' : 'behavior'}?`} onDismiss={() => setRemoval(null)}>
          <div className="dialog-body">
            <p className="dialog-text">
              <strong>{removal.name}</strong> has {removal.checkIns} {removal.checkIns === 1 ? 'check-in' : 'check-ins'}. Saving the goal without it deletes
              them too.
            </p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setRemoval(null)}>
                Keep it
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  remove(removal.kind, removal.index);
                  setRemoval(null);
                }}
              >
                Remove
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </div>
  );
}

function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
