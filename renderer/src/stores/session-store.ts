import { create } from 'zustand';
import type { Decision, DecisionContent } from '../../../shared/domain/decision';
import type { OpenQuestion } from '../../../shared/sessions/open-question';
import type { Session } from '../../../shared/sessions/session';
import type { SessionActionInput } from '../../../shared/sessions/session-action';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

interface SessionStoreState {
  session: Session | null;
  /** The decision the session is for, as last saved: the base of the live ADR draft. */
  decision: Decision | null;
  /** What a finished session wrote into the decision (that revision's content), for its draft panel. */
  written: DecisionContent | null;
  questions: OpenQuestion[];
  loadError: string | null;
  /** Why the last facilitator action was refused, in the API's words (it names the field). */
  actionError: string | null;

  load: (id: string) => Promise<void>;
  /** Applies one action; false (with actionError set) when the core refused it. */
  act: (action: SessionActionInput) => Promise<boolean>;
  /** Ends the session; returns the decision it wrote, or null (with actionError set) when refused. */
  finish: (acceptAnyway: boolean) => Promise<Decision | null>;
  clearActionError: () => void;
  addQuestion: (phase: OpenQuestion['phase'], text: string) => Promise<boolean>;
  rewordQuestion: (id: string, text: string) => Promise<boolean>;
  removeQuestion: (id: string) => Promise<void>;
}

export const useSessionStore = create<SessionStoreState>()((set, get) => ({
  session: null,
  decision: null,
  written: null,
  questions: [],
  loadError: null,
  actionError: null,

  load: async (id) => {
    set({ loadError: null, actionError: null });
    try {
      const session = await api().getSession({ id });
      const [decision, questions, revision] = await Promise.all([
        api().getDecision({ id: session.decisionId }),
        api().listOpenQuestions({ workspaceId: session.workspaceId }),
        session.finishedRevision === null ? null : api().getRevision({ decisionId: session.decisionId, revision: session.finishedRevision }),
      ]);
      set({ session, decision, questions, written: revision?.content ?? null });
    } catch (error) {
      set({ session: null, loadError: errorMessage(error) });
    }
  },

  act: async (action) => {
    const session = get().session;
    if (!session) return false;
    try {
      set({ session: await api().changeSession({ id: session.id, action }), actionError: null });
      return true;
    } catch (error) {
      set({ actionError: errorMessage(error) });
      return false;
    }
  },

  finish: async (acceptAnyway) => {
    const session = get().session;
    if (!session) return null;
    try {
      const result = await api().finishSession({ id: session.id, acceptAnyway });
      set({ session: result.session, decision: result.decision, written: result.decision, actionError: null });
      return result.decision;
    } catch (error) {
      set({ actionError: errorMessage(error) });
      return null;
    }
  },

  clearActionError: () => set({ actionError: null }),

  addQuestion: async (phase, text) => {
    const session = get().session;
    if (!session) return false;
    try {
      const question = await api().addOpenQuestion({ workspaceId: session.workspaceId, phase, text });
      set((state) => ({ questions: [...state.questions, question], actionError: null }));
      return true;
    } catch (error) {
      set({ actionError: errorMessage(error) });
      return false;
    }
  },

  rewordQuestion: async (id, text) => {
    try {
      const question = await api().updateOpenQuestion({ id, text });
      set((state) => ({ questions: state.questions.map((q) => (q.id === id ? question : q)), actionError: null }));
      return true;
    } catch (error) {
      set({ actionError: errorMessage(error) });
      return false;
    }
  },

  removeQuestion: async (id) => {
    try {
      await api().removeOpenQuestion({ id });
      set((state) => ({ questions: state.questions.filter((q) => q.id !== id) }));
    } catch (error) {
      set({ actionError: errorMessage(error) });
    }
  },
}));
