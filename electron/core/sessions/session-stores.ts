import type { Database } from 'better-sqlite3';
import { OpenQuestionStore } from './open-question-store';
import { SessionStore } from './session-store';

/** The sessions feature's stores: facilitated sessions and each workspace's bank of open questions. */
export interface SessionStores {
  sessions: SessionStore;
  openQuestions: OpenQuestionStore;
}

export function createSessionStores(db: Database): SessionStores {
  return { sessions: new SessionStore(db), openQuestions: new OpenQuestionStore(db) };
}
