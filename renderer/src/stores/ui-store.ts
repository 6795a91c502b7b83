import { create } from 'zustand';
import type { DecisionContent } from '../../../shared/domain/decision';
import type { TemplateId } from '../../../shared/domain/template';
import type { Route } from '../router';

/** What the new-decision dialog is for: a fresh decision, or one that supersedes another. */
export type NewDecisionIntent = { kind: 'new' } | { kind: 'supersede'; id: string; number: number; title: string };

/**
 * A new decision the editor is open on, held only here until its first save creates it: discarded,
 * it leaves no record, no used number and no file (the number is given when it is saved).
 */
export interface UnsavedDecision {
  /** Tells one started decision from the next, so the editor starts afresh for each. */
  key: number;
  workspaceId: string;
  template: TemplateId;
  /** What it starts as, from the core's preview of createDecision: the dialog's title, today's date. */
  content: DecisionContent;
  /** The decision it supersedes, when started from "Supersede". */
  supersedes: { id: string; number: number; title: string } | null;
  /** Where Cancel goes back to: the page the dialog was opened from. */
  returnTo: Route;
}

interface UiState {
  newDecision: NewDecisionIntent | null;
  unsavedDecision: UnsavedDecision | null;
  newWorkspaceOpen: boolean;
  /** Set by "/" so the decision list focuses its search field once it is on screen. */
  searchFocusRequested: boolean;
  openNewDecision: (intent?: NewDecisionIntent) => void;
  closeNewDecision: () => void;
  startUnsavedDecision: (decision: Omit<UnsavedDecision, 'key'>) => void;
  endUnsavedDecision: () => void;
  setNewWorkspaceOpen: (open: boolean) => void;
  requestSearchFocus: () => void;
  consumeSearchFocus: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  newDecision: null,
  unsavedDecision: null,
  newWorkspaceOpen: false,
  searchFocusRequested: false,
  openNewDecision: (intent = { kind: 'new' }) => set({ newDecision: intent }),
  closeNewDecision: () => set({ newDecision: null }),
  startUnsavedDecision: (decision) => set((state) => ({ unsavedDecision: { ...decision, key: (state.unsavedDecision?.key ?? 0) + 1 } })),
  endUnsavedDecision: () => set({ unsavedDecision: null }),
  setNewWorkspaceOpen: (open) => set({ newWorkspaceOpen: open }),
  requestSearchFocus: () => set({ searchFocusRequested: true }),
  consumeSearchFocus: () => set({ searchFocusRequested: false }),
}));
