import { emptyDecisionContent } from '../domain/decision';
import { applySessionAction } from './apply-session-action';
import type { VoterKeys } from './ballot-box';
import { newSessionState } from './new-session-state';
import type { SessionState } from './session';
import { SessionAction, type SessionActionInput } from './session-action';

/**
 * A session driven through actions the way the core does it (input parsed first), on a clock tests
 * move; with `keys`, anonymous rounds are keyed the way the core keys them.
 */
export function sessionHarness(start = '2025-06-15T10:00:00Z', keys: VoterKeys = {}) {
  let now = new Date(start);
  let next = 0;
  const newId = () => `id-${++next}`;
  let state: SessionState = newSessionState(emptyDecisionContent('Pick a message broker', '2025-06-15'), now, newId);
  return {
    get state() {
      return state;
    },
    at(iso: string) {
      now = new Date(iso);
    },
    act(action: SessionActionInput): SessionState {
      state = applySessionAction(state, SessionAction.parse(action), { now, newId, ...keys });
      return state;
    },
    /** The id of the participant, option … with this name. */
    idOf(name: string): string {
      const found = [...state.participants, ...state.options, ...state.criteria].find((x) => x.name === name);
      if (!found) throw new Error(`nothing named ${name}`);
      return found.id;
    },
  };
}
