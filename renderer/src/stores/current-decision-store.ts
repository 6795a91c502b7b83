import { create } from 'zustand';
import type { OperationInput } from '../../../shared/api/contract';
import type { Decision, DecisionContent } from '../../../shared/domain/decision';
import type { LinkKind } from '../../../shared/domain/link-kind';
import { statusLabel } from '../../../shared/domain/decision-status';
import { api } from '../api/api';
import { errorCode, errorMessage } from '../api/error-message';
import { decisionName } from '../decisions/decision-name';
import { navigate } from '../router';
import { useDecisionListStore } from './decision-list-store';
import { showToast } from './toast-store';

interface CurrentDecisionState {
  /** The decision on screen (detail, editor, history), once loaded. */
  decision: Decision | null;
  loadingId: string | null;
  /** Why the decision with this id could not be shown. */
  loadFailure: { id: string; message: string; notFound: boolean } | null;

  load: (id: string) => Promise<void>;
  /** Creates a decision (optionally linked, e.g. superseding another) and opens its editor. */
  create: (input: OperationInput<'createDecision'>) => Promise<Decision>;
  /**
   * Saves changed fields as a new revision on top of baseRevision (the one the edit started from);
   * throws ApiCallError, e.g. a conflict when someone saved in between, for the caller to show.
   */
  save: (changes: Partial<DecisionContent>, baseRevision: number) => Promise<Decision>;
  changeStatus: (status: string) => Promise<void>;
  addLink: (kind: LinkKind, toId: string) => Promise<void>;
  removeLink: (kind: LinkKind, toId: string) => Promise<void>;
  /** Moves the decision to the trash, returns to the list and offers Undo. */
  remove: () => Promise<void>;
}

export const useCurrentDecisionStore = create<CurrentDecisionState>()((set, get) => {
  const current = (): Decision => {
    const decision = get().decision;
    if (!decision) throw new Error('No decision is open.');
    return decision;
  };

  return {
    decision: null,
    loadingId: null,
    loadFailure: null,

    load: async (id) => {
      set({ loadingId: id, loadFailure: null });
      try {
        const decision = await api().getDecision({ id });
        if (get().loadingId !== id) return;
        set({ decision, loadingId: null });
      } catch (error) {
        if (get().loadingId !== id) return;
        set({ loadingId: null, loadFailure: { id, message: errorMessage(error), notFound: errorCode(error) === 'not_found' } });
      }
    },

    create: async (input) => {
      const decision = await api().createDecision(input);
      set({ decision, loadFailure: null });
      void useDecisionListStore.getState().refresh();
      return decision;
    },

    save: async (changes, baseRevision) => {
      const decision = await api().updateDecision({ id: current().id, baseRevision, changes });
      set({ decision });
      return decision;
    },

    changeStatus: async (status) => {
      await get().save({ status }, current().revision);
      showToast(`Status changed to ${statusLabel(status)}`);
    },

    addLink: async (kind, toId) => {
      const decision = await api().addDecisionLink({ fromId: current().id, kind, toId });
      set({ decision });
    },

    removeLink: async (kind, toId) => {
      const decision = await api().removeDecisionLink({ fromId: current().id, kind, toId });
      set({ decision });
    },

    remove: async () => {
      const decision = current();
      await api().deleteDecision({ id: decision.id });
      set({ decision: null });
      navigate({ name: 'decisions' });
      void useDecisionListStore.getState().refresh();
      showToast(`Deleted ${decisionName(decision)}`, async () => {
        try {
          await api().restoreDecision({ id: decision.id });
          showToast(`Restored ${decisionName(decision)}`);
        } catch (error) {
          showToast(`Could not restore ${decisionName(decision)}: ${errorMessage(error)}`);
        }
        void useDecisionListStore.getState().refresh();
      });
    },
  };
});
