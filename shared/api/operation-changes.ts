import { CHANGE_KINDS, type ChangeKind, type RecordChange } from './change-event';
import type { OperationName } from './contract';

/**
 * What each write of the contract changes in the database, by kind of record. The core announces a
 * commit of one of these operations with these kinds; a window uses the same table to refresh what
 * its own write made untrue. A write not listed here is taken to change everything: a new
 * operation is never left stale, only refetched more than it needs. An empty list writes no record
 * (a cancel, a backup copied beside the database).
 */
export const OPERATION_CHANGES: Partial<Record<OperationName, readonly ChangeKind[]>> = {
  setProfile: ['profile'],
  createWorkspace: ['workspace'],
  updateWorkspace: ['workspace'],
  // A workspace's team templates are among its settings.
  createTeamTemplate: ['workspace'],
  updateTeamTemplate: ['workspace'],
  deleteTeamTemplate: ['workspace'],
  createDecision: ['decision', 'sync'],
  updateDecision: ['decision', 'sync'],
  deleteDecision: ['decision', 'sync', 'goal', 'session'],
  restoreDecision: ['decision', 'sync', 'goal', 'session'],
  addDecisionLink: ['decision', 'sync'],
  removeDecisionLink: ['decision', 'sync'],
  renumberDecision: ['decision', 'sync'],
  markReviewed: ['decision', 'sync'],
  snoozeReview: ['decision', 'sync'],
  restoreRevision: ['decision', 'sync'],
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
  // A room lives in memory beside its session or its rotation's backlog; who joined shows with it.
  openRoom: ['session', 'rotation'],
  removeRoomParticipant: ['session', 'rotation'],
  closeRoom: ['session', 'rotation'],
  createRotation: ['rotation'],
  updateRotation: ['rotation'],
  // A rotation's logged sessions are check-ins of the goal behavior it counts toward.
  deleteRotation: ['rotation', 'goal'],
  applyRotationChange: ['rotation'],
  setChecklistTick: ['rotation'],
  proposeRotationTopic: ['rotation'],
  voteRotationTopic: ['rotation'],
  assignRotationTopic: ['rotation'],
  deleteRotationTopic: ['rotation'],
  saveRotationLogEntry: ['rotation', 'goal'],
  addRotationFeedback: ['rotation', 'goal'],
  startStuckTimer: ['rotation'],
  stopStuckTimer: ['rotation'],
  setRotationBehavior: ['rotation', 'goal'],
  // Files written beside the records, or text handed back: no record changes.
  exportRotationCalendar: [],
  exportRotationMarkdown: [],
  writeRotationMarkdown: [],
  publishSite: [],
  addOpenQuestion: ['question'],
  updateOpenQuestion: ['question'],
  removeOpenQuestion: ['question'],
  backupNow: [],
  // git's state is read live, never stored: a commit or push writes no record. It is listed under
  // sync so that the window's own git reads (gitStatus) are read again after it.
  gitCommit: ['sync'],
  gitPush: ['sync'],
  gitPull: ['sync', 'decision'],
  // It syncs the folder first, so that the file committed says what Cairn holds.
  gitProposeForReview: ['sync', 'decision'],
};

/** The kinds a write changes (every kind when the table does not say). */
export function changedKinds(operation: OperationName): readonly ChangeKind[] {
  return OPERATION_CHANGES[operation] ?? CHANGE_KINDS;
}

/** Fields of an operation's input that name the record it writes, in the order they are looked for. */
const ID_FIELDS = ['id', 'decisionId', 'goalId', 'rotationId'] as const;

/**
 * What one commit of `operation` changed, as the feed reports it: its kinds, the workspace its input
 * names (null when it names none: any workspace may be affected), and the record id its input names
 * (none when it names none: any record of those kinds may be).
 */
export function recordChanges(operation: OperationName, input: unknown): RecordChange[] {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const workspaceId = typeof fields.workspaceId === 'string' ? fields.workspaceId : null;
  const idField = ID_FIELDS.find((field) => typeof fields[field] === 'string');
  const ids = idField ? [fields[idField] as string] : [];
  return changedKinds(operation).map((kind) => ({ kind, workspaceId, ids }));
}
