import type { OperationInput } from '../../../shared/api/contract';
import type { Decision, DecisionContent } from '../../../shared/domain/decision';
import { statusLabel } from '../../../shared/domain/decision-status';
import type { LinkKind } from '../../../shared/domain/link-kind';
import { errorMessage } from '../api/error-message';
import { decisionName } from '../decisions/decision-name';
import { mutate } from '../queries/run-mutation';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';

// What can be done to a decision. Each is one write through the query cache, which then shows the
// new state wherever it is on screen; failures throw ApiCallError for the action's caller to show.

/** Creates a decision (optionally linked, e.g. superseding another). */
export function createDecision(input: OperationInput<'createDecision'>): Promise<Decision> {
  return mutate('createDecision', input);
}

/**
 * Saves changed fields as a new revision on top of baseRevision (the one the edit started from);
 * a conflict (someone saved in between) comes back as an ApiCallError for the editor to show.
 */
export function saveDecision(id: string, changes: Partial<DecisionContent>, baseRevision: number): Promise<Decision> {
  return mutate('updateDecision', { id, baseRevision, changes });
}

export async function changeStatus(decision: Decision, status: string): Promise<void> {
  await saveDecision(decision.id, { status }, decision.revision);
  showToast(`Status changed to ${statusLabel(status)}`);
}

export async function addLink(decision: Decision, kind: LinkKind, toId: string): Promise<void> {
  await mutate('addDecisionLink', { fromId: decision.id, kind, toId });
}

export async function removeLink(decision: Decision, kind: LinkKind, toId: string): Promise<void> {
  await mutate('removeDecisionLink', { fromId: decision.id, kind, toId });
}

/** Moves the decision to the trash, returns to the list and offers Undo. */
export async function removeDecision(decision: Decision): Promise<void> {
  // Off its page first, so the page does not show it missing while the list is read again.
  await mutate('deleteDecision', { id: decision.id }, { beforeRefresh: () => navigate({ name: 'decisions' }) });
  showToast(`Deleted ${decisionName(decision)}`, async () => {
    try {
      await mutate('restoreDecision', { id: decision.id });
      showToast(`Restored ${decisionName(decision)}`);
    } catch (error) {
      showToast(`Could not restore ${decisionName(decision)}: ${errorMessage(error)}`);
    }
  });
}
