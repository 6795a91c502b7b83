import { CHANGE_KINDS, type ChangeKind } from '../../../shared/api/change-event';
import type { OperationName } from '../../../shared/api/contract';
import { changedKinds } from '../../../shared/api/operation-changes';

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
  // Team templates are workspace settings; the folder's template files come with the linked folder.
  listTemplates: ['workspace', 'sync'],
  getDecision: ['decision'],
  searchDecisions: ['decision'],
  listDueForReview: ['decision'],
  listDecisionRows: ['decision', 'sync'],
  listRevisions: ['decision'],
  getRevision: ['decision'],
  diffRevisions: ['decision'],
  // Files give records their names in the findings.
  getWorkspaceCheck: ['decision', 'sync'],
  getDecisionGraph: ['decision'],
  getTimeline: ALL,
  getHomeOverview: ALL,
  listDecisionGoals: ['goal', 'decision'],
  listGoals: ['goal', 'decision'],
  getGoal: ['goal', 'decision', 'rotation'],
  listBehaviorTargets: ['goal'],
  getSyncFolder: ['sync'],
  previewSync: ['sync', 'decision'],
  previewRenumber: ['sync', 'decision'],
  listSyncConflicts: ['sync', 'decision'],
  listDecisionFiles: ['sync', 'decision'],
  getFolderIndex: ['sync', 'decision'],
  getLastImportReport: ['sync'],
  gitStatus: ['sync', 'decision'],
  gitFileHistory: ['sync', 'decision'],
  listSessions: ['session', 'decision'],
  getSession: ['session', 'decision'],
  getSessionMinutes: ['session', 'decision'],
  getRoom: ['session', 'rotation'],
  listNetworkAddresses: [],
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
 * What a write of this window changes, so its answer shows at once here (the change feed tells the
 * other windows): the records the core says it writes, and the backups folder for the two
 * operations that touch it (a restore replaces every record too).
 */
export function writtenKinds(operation: OperationName): readonly CachedKind[] {
  if (operation === 'backupNow') return ['backup'];
  if (operation === 'restoreBackup') return ALL;
  return changedKinds(operation);
}
