import { create } from 'zustand';
import type { OperationInput } from '../../../shared/api/contract';
import type { Session, SessionSummary } from '../../../shared/sessions/session';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

interface SessionListState {
  sessions: SessionSummary[] | null;
  error: string | null;
  load: (workspaceId: string) => Promise<void>;
  /** Starts a session; throws ApiCallError for the dialog to show. */
  start: (input: OperationInput<'createSession'>) => Promise<Session>;
}

export const useSessionListStore = create<SessionListState>()((set) => ({
  sessions: null,
  error: null,
  load: async (workspaceId) => {
    set({ error: null });
    try {
      set({ sessions: await api().listSessions({ workspaceId }) });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  start: (input) => api().createSession(input),
}));
