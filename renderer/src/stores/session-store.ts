import { create } from 'zustand';
import type { Decision } from '../../../shared/domain/decision';
import type { OpenQuestion } from '../../../shared/sessions/open-question';
import type { SessionActionInput } from '../../../shared/sessions/session-action';
import { errorMessage } from '../api/error-message';
import { mutate } from '../queries/run-mutation';
import { localTimeZone } from '../rotations/rotation-format';

interface SessionStoreState {
  /** The session on screen, which the facilitator's actions act on; its data is server data (getSession). */
  sessionId: string | null;
  /** Why the last facilitator action was refused, in the API's words (it names the field). */
  actionError: string | null;

  /** The session page opened (or left, with null): actions act on it, and an old refusal is gone. */
  open: (sessionId: string | null) => void;
  /** Applies one action; false (with actionError set) when the core refused it. */
  act: (action: SessionActionInput) => Promise<boolean>;
  /** Ends the session; returns the decision it wrote, or null (with actionError set) when refused. */
  finish: (acceptAnyway: boolean) => Promise<Decision | null>;
  clearActionError: () => void;
  addQuestion: (workspaceId: string, phase: OpenQuestion['phase'], text: string) => Promise<boolean>;
  rewordQuestion: (id: string, text: string) => Promise<boolean>;
  removeQuestion: (id: string) => Promise<void>;
}

/** The facilitation screen's actions and their refusals; what they change shows through the query cache. */
export const useSessionStore = create<SessionStoreState>()((set, get) => {
  /** Runs one action; a refusal becomes actionError, success clears it. */
  async function attempt<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const result = await action();
      set({ actionError: null });
      return result;
    } catch (error) {
      set({ actionError: errorMessage(error) });
      return null;
    }
  }

  return {
    sessionId: null,
    actionError: null,

    open: (sessionId) => set({ sessionId, actionError: null }),

    act: async (action) => {
      const id = get().sessionId;
      if (!id) return false;
      // A revisit date is checked against today in the facilitator's zone, this computer's.
      return (await attempt(() => mutate('changeSession', { id, action, timeZone: localTimeZone() }))) !== null;
    },

    finish: async (acceptAnyway) => {
      const id = get().sessionId;
      if (!id) return null;
      const result = await attempt(() => mutate('finishSession', { id, acceptAnyway }));
      return result?.decision ?? null;
    },

    clearActionError: () => set({ actionError: null }),

    addQuestion: async (workspaceId, phase, text) => (await attempt(() => mutate('addOpenQuestion', { workspaceId, phase, text }))) !== null,

    rewordQuestion: async (id, text) => (await attempt(() => mutate('updateOpenQuestion', { id, text }))) !== null,

    removeQuestion: async (id) => {
      await attempt(() => mutate('removeOpenQuestion', { id }));
    },
  };
});
