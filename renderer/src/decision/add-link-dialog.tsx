import { useState } from 'react';
import type { Decision, DecisionSummary } from '../../../shared/domain/decision';
import { LINK_KINDS, LINK_LABELS, LinkKind } from '../../../shared/domain/link-kind';
import { FormDialog } from '../components/form-dialog';
import { decisionName } from '../decisions/decision-name';
import { formFields } from '../forms/form-errors';
import { FormProblem } from '../forms/form-problem';
import { SelectField } from '../forms/select-field';
import { showToast } from '../stores/toast-store';
import { addLink } from './decision-actions';
import { DecisionPicker } from './decision-picker';

const FIELDS = formFields({ kind: 'Link type', decision: 'Decision' }, { aliases: { toId: 'decision', fromId: 'decision' } });

/** Links this decision to another: "this decision <link type> <decision>". */
export function AddLinkDialog({ decision, workspaceId, onClose }: { decision: Decision; workspaceId: string; onClose: () => void }) {
  const [kind, setKind] = useState<LinkKind>('relates-to');
  const [target, setTarget] = useState<DecisionSummary | null>(null);

  const submit = async () => {
    if (!target) throw new FormProblem({ field: 'decision', message: 'Choose the decision to link to' });
    await addLink(decision, kind, target.id);
    showToast(`Linked: ${LINK_LABELS[kind].outgoing.toLowerCase()} ${decisionName(target)}`);
    onClose();
  };

  return (
    <FormDialog title="Add link" size="medium" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Add link">
      <p className="dialog-text">
        From <strong>{decisionName(decision)}</strong> to another decision in this workspace.
      </p>
      <SelectField name="kind" label="Link type" hint={kind === 'supersedes' ? 'The other decision will be marked superseded.' : undefined} value={kind} onChange={(value) => setKind(LinkKind.parse(value))}>
        {LINK_KINDS.map((option) => (
          <option key={option} value={option}>
            {LINK_LABELS[option].outgoing}
          </option>
        ))}
      </SelectField>
      <DecisionPicker workspaceId={workspaceId} excludeIds={[decision.id]} name="decision" value={target} onChange={setTarget} />
    </FormDialog>
  );
}
