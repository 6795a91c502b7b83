import { create } from 'zustand';

/** What the new-decision dialog is for: a fresh decision, or one that supersedes another. */
export type NewDecisionIntent = { kind: 'new' } | { kind: 'supersede'; id: string; number: number; title: string };

interface UiState {
  newDecision: NewDecisionIntent | null;
  newWorkspaceOpen: boolean;
  /** Set by "/" so the decision list focuses its search field once it is on screen. */
  searchFocusRequested: boolean;
  openNewDecision: (intent?: NewDecisionIntent) => void;
  closeNewDecision: () => void;
  setNewWorkspaceOpen: (open: boolean) => void;
  requestSearchFocus: () => void;
  consumeSearchFocus: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  newDecision: null,
  newWorkspaceOpen: false,
  searchFocusRequested: false,
  openNewDecision: (intent = { kind: 'new' }) => set({ newDecision: intent }),
  closeNewDecision: () => set({ newDecision: null }),
  setNewWorkspaceOpen: (open) => set({ newWorkspaceOpen: open }),
  requestSearchFocus: () => set({ searchFocusRequested: true }),
  consumeSearchFocus: () => set({ searchFocusRequested: false }),
}));
