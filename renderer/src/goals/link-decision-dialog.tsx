import { useState } from 'react';
import type { DecisionSummary } from '../../../shared/domain/decision';
import type { Goal } from '../../../shared/goals/goal';
import { FormDialog } from '../components/form-dialog';
import { DecisionPicker } from '../decision/decision-picker';
import { decisionName } from '../decisions/decision-name';
import { formFields } from '../forms/form-errors';
import { FormProblem } from '../forms/form-problem';
import { showToast } from '../stores/toast-store';
import { linkDecision } from './goal-actions';

const FIELDS = formFields({ decision: 'Decision' }, { aliases: { decisionId: 'decision' } });

/** Links the goal to a decision of its workspace, e.g. the ADR that introduced trunk-based development. */
export function LinkDecisionDialog({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const [target, setTarget] = useState<DecisionSummary | null>(null);

  const submit = async () => {
    if (!target) throw new FormProblem({ field: 'decision', message: 'Choose the decision to link to' });
    await linkDecision(goal, target.id);
    showToast(`Linked ${decisionName(target)}`);
    onClose();
  };

  return (
    <FormDialog title="Link a decision" size="medium" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Link decision">
      <p className="dialog-text">
        Which decision does <strong>{goal.title}</strong> follow from, or test?
      </p>
      <DecisionPicker workspaceId={goal.workspaceId} excludeIds={goal.linkedDecisions.map((d) => d.id)} name="decision" value={target} onChange={setTarget} />
    </FormDialog>
  );
}
