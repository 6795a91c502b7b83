import { CHANGE_KINDS, type ChangeKind } from '../../../shared/api/change-event';
import type { OperationName } from '../../../shared/api/contract';

/**
 * What a cached answer can depend on: the kinds of record the change feed reports, and the backups
 * folder (files beside the database, which only this window's own actions change).
 */
export type CachedKind = ChangeKind | 'backup';

const ALL: readonly CachedKind[] = [...CHANGE_KINDS, 'backup'];

/**
 * The reads the renderer caches, with the kinds of record each one's answer depends on: a change of
 * any of them makes the answer untrue. Only operations listed here can be used as queries; one that
 * reads across many features (the timeline, the home page) lists every kind it touches.
 */
export const QUERY_READS = {
  getProfile: ['profile'],
  listWorkspaces: ['workspace', 'decision'],
  getDecision: ['decision'],
  searchDecisions: ['decision'],
  listDueForReview: ['decision'],
  listDecisionRows: ['decision', 'sync'],
  listRevisions: ['decision'],
  getRevision: ['decision'],
  diffRevisions: ['decision'],
  getDecisionGraph: ['decision'],
  getTimeline: ALL,
  getHomeOverview: ALL,
  listDecisionGoals: ['goal', 'decision'],
  listGoals: ['goal', 'decision'],
  getGoal: ['goal', 'decision', 'rotation'],
  listBehaviorTargets: ['goal'],
  getSyncFolder: ['sync'],
  listSyncConflicts: ['sync', 'decision'],
  listDecisionFiles: ['sync', 'decision'],
  getFolderIndex: ['sync', 'decision'],
  getLastImportReport: ['sync'],
  listSessions: ['session', 'decision'],
  getSession: ['session', 'decision'],
  getSessionMinutes: ['session', 'decision'],
  listOpenQuestions: ['question'],
  listRotations: ['rotation'],
  getRotation: ['rotation'],
  getRotationSchedule: ['rotation'],
  previewRotationChange: ['rotation'],
  listRotationTopics: ['rotation'],
  listRotationLog: ['rotation', 'decision', 'goal'],
  listStuckTimers: ['rotation'],
  listMemberTurns: ['rotation'],
  getRotationBehavior: ['rotation', 'goal'],
  listDecisionRotationSessions: ['rotation', 'decision'],
  listGoalRotationSessions: ['rotation', 'goal'],
  listBackups: ['backup'],
} as const satisfies Partial<Record<OperationName, readonly CachedKind[]>>;

export type QueryOperation = keyof typeof QUERY_READS;

/**
 * What each write changes, so its answer is reflected at once in this window (the change feed tells
 * the others). A write not listed here is taken to change everything: a new operation is never
 * left stale, only refetched more than it needs.
 */
export const MUTATION_WRITES: Partial<Record<OperationName, readonly CachedKind[]>> = {
  setProfile: ['profile'],
  createWorkspace: ['workspace'],
  updateWorkspace: ['workspace'],
  openSampleWorkspace: ALL,
  createDecision: ['decision', 'sync'],
  updateDecision: ['decision', 'sync'],
  deleteDecision: ['decision', 'sync', 'goal', 'session'],
  restoreDecision: ['decision', 'sync', 'goal', 'session'],
  addDecisionLink: ['decision', 'sync'],
  removeDecisionLink: ['decision', 'sync'],
  renumberDecision: ['decision', 'sync'],
  importFolder: ['decision', 'sync'],
  cancelImport: [],
  exportWorkspace: ['sync'],
  linkSyncFolder: ['sync', 'decision'],
  syncWorkspace: ['sync', 'decision'],
  resolveSyncConflict: ['sync', 'decision'],
  createGoal: ['goal'],
  updateGoal: ['goal'],
  deleteGoal: ['goal'],
  restoreGoal: ['goal'],
  recordCheckIns: ['goal'],
  updateCheckIn: ['goal'],
  deleteCheckIn: ['goal'],
  linkGoalDecision: ['goal'],
  unlinkGoalDecision: ['goal'],
  createSession: ['session', 'decision'],
  changeSession: ['session'],
  finishSession: ['session', 'decision', 'sync'],
  addOpenQuestion: ['question'],
  updateOpenQuestion: ['question'],
  removeOpenQuestion: ['question'],
  backupNow: ['backup'],
  restoreBackup: ALL,
};

/** The kinds a write changes (every kind when the table does not say). */
export function writtenKinds(operation: OperationName): readonly CachedKind[] {
  return MUTATION_WRITES[operation] ?? ALL;
}
