import { useId, useState } from 'react';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { BEHAVIOR_KINDS, PERIODS, RESULT_DIRECTIONS, TARGET_COMPARISONS } from '../../../shared/goals/goal';
import { checkObservable } from '../../../shared/goals/show-me-check';
import { useDocumentTitle } from '../app/use-document-title';
import { DiscardDialog } from '../components/discard-dialog';
import { FormDialog } from '../components/form-dialog';
import { KbdHint, modKeyLabel } from '../components/kbd-hint';
import { PageHeader } from '../components/page-header';
import { Form } from '../forms/form';
import { FormAlert } from '../forms/form-alert';
import { formFields } from '../forms/form-errors';
import { FormProblem } from '../forms/form-problem';
import { SelectField } from '../forms/select-field';
import { SubmitButton } from '../forms/submit-button';
import { TextField } from '../forms/text-field';
import { navigate } from '../router';
import { createGoal, updateGoal } from './goal-actions';
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
  const today = toCalendarDate(new Date());
  useDocumentTitle('New goal');
  return (
    <GoalForm
      heading="New goal"
      initial={newGoalDraft(today, addDays(today, 91))}
      checkInCounts={{}}
      onCancel={() => navigate({ name: 'goals' })}
      onSave={async (definition) => {
        const view = await createGoal({ workspaceId, ...definition });
        showToast(`Created goal "${view.goal.title}"`);
        navigate({ name: 'goal', id: view.goal.id }, { replace: true });
      }}
    />
  );
}

function ExistingGoal({ id }: { id: string }) {
  const { view, loadError, notFound } = useGoal(id);
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
        await updateGoal({ id, ...definition });
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

const RESULT_PARTS: Record<string, string> = { metric: 'metric', unit: 'unit', direction: 'direction', baseline: 'baseline', target: 'target', deadline: 'deadline' };
const BEHAVIOR_PARTS: Record<string, string> = {
  who: 'who',
  action: 'action',
  kind: 'kind',
  comparison: 'comparison',
  targetCount: 'target',
  period: 'period',
  observedBy: 'observer',
  antecedent: 'prompt',
  consequence: 'consequence',
};
const CONTEXT_LABELS: Record<string, string> = {
  title: 'Goal',
  'context.team': 'Team',
  'context.stakeholders': 'Stakeholders',
  startDate: 'Start',
  sprintLengthDays: 'Sprint length',
  'context.wayOfWorking': 'Way of working',
};

/** The goal's fields as the form shows them now: "results.1.target" is "Result 2 target" while there is a second result. */
function goalFields(draft: GoalDraft) {
  return formFields((field) => {
    if (Object.hasOwn(CONTEXT_LABELS, field)) return CONTEXT_LABELS[field];
    const [, list, index = '', part = ''] = /^(results|behaviors)\.(\d+)\.(\w+)$/.exec(field) ?? [];
    if (!list || Number(index) >= draft[list === 'results' ? 'results' : 'behaviors'].length) return undefined;
    const parts = list === 'results' ? RESULT_PARTS : BEHAVIOR_PARTS;
    return Object.hasOwn(parts, part) ? `${list === 'results' ? 'Result' : 'Behavior'} ${Number(index) + 1} ${parts[part]}` : undefined;
  });
}

function GoalForm({ heading, initial, checkInCounts, onCancel, onSave }: GoalFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [removal, setRemoval] = useState<{ kind: 'results' | 'behaviors'; index: number; name: string; checkIns: number } | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const cancel = () => (dirty ? setConfirmingDiscard(true) : onCancel());

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

  const submit = async () => {
    const read = definitionOf(draft);
    if ('problem' in read) throw new FormProblem(read.problem);
    await onSave(read.definition);
  };

  const input = (name: string, label: string, value: string, onChange: (value: string) => void, extra: { type?: 'date'; placeholder?: string; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <TextField name={name} label={label} value={value} onChange={onChange} {...extra} />
  );
  const select = (name: string, label: string, value: string, onChange: (value: string) => void, options: readonly { value: string; label: string }[]) => (
    <SelectField name={name} label={label} value={value} onChange={onChange}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <div className="page page-goal-editor">
      <Form onSubmit={submit} fields={goalFields(draft)} saveShortcut aria-labelledby={`${id}-heading`}>
        <PageHeader
          variant="bar"
          title={heading}
          titleId={`${id}-heading`}
          actions={
            <>
              <button type="button" className="button" onClick={cancel}>
                Cancel
              </button>
              <SubmitButton aria-keyshortcuts="Control+S Meta+S">
                Save goal
                <KbdHint keys={`${modKeyLabel()}S`} />
              </SubmitButton>
            </>
          }
        />
        <FormAlert />

        <fieldset className="form-section goal-form-section">
          <legend className="section-title">1. Context</legend>
          <p className="field-hint">Who is this for, and how do they work? Results come next, then the behaviors that lead to them.</p>
          {input('title', 'Goal', draft.title, (title) => set({ title }), { placeholder: 'Ship smaller changes more often' })}
          <div className="goal-form-grid">
            {input('context.team', 'Team', draft.team, (team) => set({ team }))}
            {input('context.stakeholders', 'Stakeholders', draft.stakeholders, (stakeholders) => set({ stakeholders }))}
            {input('startDate', 'Start (baseline measured)', draft.startDate, (startDate) => set({ startDate }), { type: 'date' })}
            {input('sprintLengthDays', 'Sprint length (days)', draft.sprintLengthDays, (sprintLengthDays) => set({ sprintLengthDays }), { inputMode: 'numeric' })}
          </div>
          {input('context.wayOfWorking', 'Way of working', draft.wayOfWorking, (wayOfWorking) => set({ wayOfWorking }), { placeholder: 'Two-week sprints, trunk-based, on-call rotation' })}
        </fieldset>

        <fieldset className="form-section goal-form-section">
          <legend className="section-title">2. Results</legend>
          <p className="field-hint">Measurable: how much, by when.</p>
          {draft.results.map((result, index) => (
            <div key={result.id ?? `new-${index}`} className="goal-form-item" role="group" aria-label={`Result ${index + 1}`}>
              <div className="goal-form-grid goal-form-grid-result">
                {input(`results.${index}.metric`, 'Metric', result.metric, (metric) => setResult(index, { metric }), { placeholder: 'Deploys per week' })}
                {input(`results.${index}.unit`, 'Unit', result.unit, (unit) => setResult(index, { unit }), { placeholder: 'deploys' })}
                {select(`results.${index}.direction`, 'Direction', result.direction, (direction) => setResult(index, { direction: direction as ResultDraft['direction'] }), DIRECTION_OPTIONS)}
                {input(`results.${index}.baseline`, 'Baseline', result.baseline, (baseline) => setResult(index, { baseline }), { inputMode: 'decimal' })}
                {input(`results.${index}.target`, 'Target', result.target, (target) => setResult(index, { target }), { inputMode: 'decimal' })}
                {input(`results.${index}.deadline`, 'Deadline', result.deadline, (deadline) => setResult(index, { deadline }), { type: 'date' })}
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
                  {input(`behaviors.${index}.who`, 'Who', behavior.who, (who) => setBehavior(index, { who }), { placeholder: 'Each developer' })}
                  {input(`behaviors.${index}.action`, 'Does what', behavior.action, (action) => setBehavior(index, { action }), { placeholder: 'deploys to production before the sprint ends' })}
                </div>
                {behavior.action.trim() !== '' && <ShowMeFlag check={check} kept={behavior.keepAnyway} />}
                {!check.observable && behavior.action.trim() !== '' && (
                  <label className="checkbox-label">
                    <input type="checkbox" className="checkbox" checked={behavior.keepAnyway} onChange={(event) => setBehavior(index, { keepAnyway: event.target.checked })} />
                    Keep anyway — the flag stays visible on the goal
                  </label>
                )}
                <div className="goal-form-grid goal-form-grid-target">
                  {select(`behaviors.${index}.kind`, 'Recorded as', behavior.kind, (kind) => setBehavior(index, { kind: kind as BehaviorDraft['kind'] }), KIND_OPTIONS)}
                  {select(`behaviors.${index}.comparison`, 'Target', behavior.comparison, (comparison) => setBehavior(index, { comparison: comparison as BehaviorDraft['comparison'] }), COMPARISON_OPTIONS)}
                  {input(`behaviors.${index}.targetCount`, 'Times', behavior.targetCount, (targetCount) => setBehavior(index, { targetCount }), { inputMode: 'numeric' })}
                  {select(`behaviors.${index}.period`, 'Per', behavior.period, (period) => setBehavior(index, { period: period as BehaviorDraft['period'] }), PERIOD_OPTIONS)}
                  {input(`behaviors.${index}.observedBy`, 'Observed by', behavior.observedBy, (observedBy) => setBehavior(index, { observedBy }), { placeholder: 'the deploy log' })}
                </div>
                <details className="reinforcement-plan" open={behavior.antecedent !== '' || behavior.consequence !== ''}>
                  <summary>Reinforcement plan (optional)</summary>
                  <div className="goal-form-grid">
                    {input(`behaviors.${index}.antecedent`, 'What prompts it', behavior.antecedent, (antecedent) => setBehavior(index, { antecedent }), { placeholder: 'A "ready to ship" column on the board' })}
                    {input(`behaviors.${index}.consequence`, 'What follows it', behavior.consequence, (consequence) => setBehavior(index, { consequence }), { placeholder: 'Shout-out in the sprint review' })}
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
      </Form>
      {confirmingDiscard && <DiscardDialog what="goal" onKeep={() => setConfirmingDiscard(false)} onDiscard={onCancel} />}
      {removal && (
        <FormDialog
          title={`Remove ${removal.kind === 'results' ? 'result' : 'behavior'}?`}
          onDismiss={() => setRemoval(null)}
          cancelLabel="Keep it"
          onSubmit={() => {
            remove(removal.kind, removal.index);
            setRemoval(null);
          }}
          submitLabel="Remove"
          tone="danger"
        >
          <p className="dialog-text">
            <strong>{removal.name}</strong> has {removal.checkIns} {removal.checkIns === 1 ? 'check-in' : 'check-ins'}. Saving the goal without it deletes them
            too.
          </p>
        </FormDialog>
      )}
    </div>
  );
}

const DIRECTION_OPTIONS = RESULT_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));
const KIND_OPTIONS = BEHAVIOR_KINDS.map((k) => ({ value: k, label: k === 'count' ? 'A count per check-in' : 'Yes/no per occurrence' }));
const COMPARISON_OPTIONS = TARGET_COMPARISONS.map((c) => ({ value: c, label: c === 'at-least' ? 'At least' : 'At most' }));
const PERIOD_OPTIONS = PERIODS.map((p) => ({ value: p, label: p }));
