import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type OperationInput, type OperationName, type OperationOutput } from '../../shared/api/contract';
import { call } from './testing/call';
import { isolateGitConfig, makeTeamRepositories } from './testing/git-repositories';
import { copyCorpusFolder } from './testing/corpus-folders';
import { makeTempDir, openTempCore, type TempCore } from './testing/temp-core';
import { openTempServices } from './testing/temp-services';
import { startParticipantListener } from '../room-listener/participant-listener';

let core: TempCore;
beforeEach(async () => {
  // With a room's listener lent, as the app and the web host lend it, so the room's operations answer too.
  core = await openTempCore({ room: { listen: startParticipantListener, pageDir: null } });
});
afterEach(() => core.dispose());

describe('the core against the contract', () => {
  it('implements every operation and nothing else', () => {
    const { services, close } = openTempServices(core);
    try {
      expect(Object.keys(services).sort()).toEqual([...OPERATION_NAMES].sort());
    } finally {
      close();
    }
  });

  it('answers every operation with output its schema accepts', async () => {
    const covered = new Set<OperationName>();
    // `call` parses every value with the operation's output schema and throws on a mismatch.
    const run = <K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>> => {
      covered.add(op);
      return call(core, op, input);
    };

    await run('getProfile', {});
    await run('setProfile', { name: 'Ada' });
    const workspace = await run('createWorkspace', { name: 'Platform' });
    await run('updateWorkspace', { id: workspace.id, customStatuses: ['on-hold'] });
    await run('listWorkspaces', {});
    const scratch = makeTempDir();
    const adrFolder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await run('importFolder', { workspaceId: workspace.id, folder: adrFolder, preview: true });
    const imported = await run('importFolder', { workspaceId: workspace.id, folder: adrFolder });
    await run('getLastImportReport', { workspaceId: workspace.id });
    // In-process (no worker script here) an import is over when its call returns: nothing to report or stop.
    expect(await run('getImportProgress', { workspaceId: workspace.id })).toBeNull();
    expect(await run('cancelImport', { workspaceId: workspace.id })).toEqual({ cancelled: false });
    await run('exportWorkspace', { workspaceId: workspace.id, folder: path.join(scratch, 'out'), dialect: 'madr4' });
    await run('publishSite', { workspaceId: workspace.id, folder: path.join(scratch, 'site') });
    await run('getSyncFolder', { workspaceId: workspace.id });
    await run('listDecisionFiles', { workspaceId: workspace.id });
    await run('getFolderIndex', { workspaceId: workspace.id });
    const importedId = imported.files[1]?.decisionId as string;
    const importedDecision = await run('getDecision', { id: importedId });
    await run('updateDecision', { id: importedId, baseRevision: importedDecision.revision, changes: { title: 'Edited in the app' } });
    fs.appendFileSync(path.join(adrFolder, imported.files[1]?.file as string), '\nEdited on disk.\n');
    await run('previewSync', { workspaceId: workspace.id });
    await run('syncWorkspace', { workspaceId: workspace.id });
    await run('listSyncConflicts', { workspaceId: workspace.id });
    await run('resolveSyncConflict', { decisionId: importedId, keep: 'disk' });
    await run('previewRenumber', { id: importedId });
    await run('renumberDecision', { id: importedId });
    await run('linkSyncFolder', { workspaceId: workspace.id, path: scratch, dialect: null });
    fs.rmSync(scratch, { recursive: true, force: true });
    const old = await run('createDecision', {
      workspaceId: workspace.id,
      content: { title: 'Old', reviewBy: '2000-01-01', tags: ['db'], decisionMakers: ['Ada'], options: [{ name: 'A' }], chosenOption: 'A' },
    });
    await run('previewNewDecision', { workspaceId: workspace.id, content: { title: 'Next' }, links: [{ kind: 'supersedes', toId: old.id }] });
    const teamTemplate = await run('createTeamTemplate', { workspaceId: workspace.id, name: 'Lightweight', body: '# TITLE\n\n## Context\n\nWhy.\n' });
    await run('updateTeamTemplate', { id: teamTemplate.id, name: 'Light', body: '# TITLE\n\n## Context\n\nWhy now.\n' });
    await run('listTemplates', { workspaceId: workspace.id });
    await run('previewNewDecision', { workspaceId: workspace.id, content: { title: 'From a template' }, from: { kind: 'team', id: teamTemplate.id } });
    await run('deleteTeamTemplate', { id: teamTemplate.id });
    const next = await run('createDecision', { workspaceId: workspace.id, content: { title: 'Next', status: 'accepted' }, links: [{ kind: 'supersedes', toId: old.id }] });
    await run('getDecision', { id: old.id });
    await run('updateDecision', { id: next.id, baseRevision: 1, changes: { status: 'on-hold' } });
    await run('addDecisionLink', { fromId: next.id, kind: 'relates-to', toId: old.id });
    await run('removeDecisionLink', { fromId: next.id, kind: 'relates-to', toId: old.id });
    await run('searchDecisions', { workspaceId: workspace.id, query: 'old' });
    await run('searchDecisions', { workspaceId: workspace.id });
    await run('listDecisionRows', { workspaceId: workspace.id });
    await run('listDecisionRows', { workspaceId: workspace.id, status: 'on-hold', query: 'next' });
    await run('listDueForReview', { workspaceId: workspace.id, withinDays: 30 });
    await run('listRevisions', { decisionId: old.id });
    await run('getRevision', { decisionId: old.id, revision: 2 });
    await run('diffRevisions', { decisionId: old.id, from: 1, to: 2 });
    const reviewed = await run('markReviewed', { id: old.id, baseRevision: (await run('getDecision', { id: old.id })).revision, nextReviewBy: '2999-01-01' });
    const snoozed = await run('snoozeReview', { id: old.id, baseRevision: reviewed.revision, until: '2998-01-01' });
    await run('restoreRevision', { id: old.id, baseRevision: snoozed.revision, revision: 1 });
    await run('getWorkspaceCheck', { workspaceId: workspace.id });
    const goal = await run('createGoal', {
      workspaceId: workspace.id,
      title: 'Ship more often',
      startDate: '2000-01-01',
      results: [{ metric: 'Deploys', baseline: 1, target: 5, direction: 'increase', deadline: '2000-12-31' }],
      behaviors: [{ who: 'Developers', action: 'deploy to production', targetCount: 3 }],
    });
    await run('getGoal', { id: goal.goal.id });
    await run('listGoals', { workspaceId: workspace.id });
    await run('updateGoal', { id: goal.goal.id, title: 'Ship more', results: goal.goal.results, behaviors: goal.goal.behaviors });
    const checkedIn = await run('recordCheckIns', { goalId: goal.goal.id, date: '2000-02-01', entries: [{ subject: 'result', subjectId: goal.goal.results[0]!.id, value: 2 }] });
    await run('updateCheckIn', { id: checkedIn.checkIns[0]!.id, date: '2000-02-02', value: 3 });
    await run('deleteCheckIn', { id: checkedIn.checkIns[0]!.id });
    await run('linkGoalDecision', { goalId: goal.goal.id, decisionId: old.id });
    await run('unlinkGoalDecision', { goalId: goal.goal.id, decisionId: old.id });
    await run('deleteGoal', { id: goal.goal.id });
    await run('restoreGoal', { id: goal.goal.id });
    await run('deleteDecision', { id: next.id });
    await run('restoreDecision', { id: next.id });
    const session = await run('createSession', { workspaceId: workspace.id, decisionId: old.id });
    await run('changeSession', { id: session.id, action: { type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2030-01-01', justification: '' } } });
    await run('getSession', { id: session.id });
    await run('listSessions', { workspaceId: workspace.id });
    await run('getSessionMinutes', { id: session.id });
    await run('listNetworkAddresses', {});
    const room = await run('openRoom', { id: session.id, address: '127.0.0.1' });
    const joined = await fetch(`http://127.0.0.1:${room.port}/room/join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ joinToken: room.joinUrl.split('#join=')[1], name: 'A guest in the room' }),
    });
    expect(joined.status).toBe(200);
    const inRoom = await run('getRoom', { id: session.id });
    await run('removeRoomParticipant', { id: session.id, participantId: inRoom?.participants[0]?.participantId ?? '' });
    await run('closeRoom', { id: session.id });
    await run('finishSession', { id: session.id });
    const question = await run('addOpenQuestion', { workspaceId: workspace.id, phase: 'frame', text: 'What would change your mind?' });
    await run('updateOpenQuestion', { id: question.id, text: 'What would change our minds?' });
    await run('listOpenQuestions', { workspaceId: workspace.id });
    await run('removeOpenQuestion', { id: question.id });
    await run('getDecisionGraph', { workspaceId: workspace.id });
    await run('getTimeline', { workspaceId: workspace.id, limit: 150, kinds: ['decision'], before: { at: '2026-01-01', key: '' } });
    await run('getHomeOverview', { workspaceId: workspace.id });
    await run('listDecisionGoals', { decisionId: old.id });
    await run('openSampleWorkspace', {});
    const rotation = await run('createRotation', {
      workspaceId: workspace.id,
      name: 'Teaching',
      kind: 'teaching',
      members: ['Ada', 'Grace'],
      cadence: { kind: 'weekly', weekday: 5 },
      startDate: '2020-01-03',
      time: '15:00',
      durationMinutes: 45,
      timeZone: 'UTC',
    });
    await run('listRotations', { workspaceId: workspace.id });
    await run('getRotation', { id: rotation.id });
    await run('listMemberTurns', { workspaceId: workspace.id, name: 'Ada' });
    await run('updateRotation', { id: rotation.id, time: '16:00', checklist: '- Prepare slides' });
    await run('setChecklistTick', { rotationId: rotation.id, date: '2020-01-03', key: 'Prepare slides', done: true });
    const schedule = await run('getRotationSchedule', { id: rotation.id });
    const change = { type: 'skipDate', date: schedule.occurrences[0]!.date } as const;
    await run('previewRotationChange', { rotationId: rotation.id, change });
    await run('applyRotationChange', { rotationId: rotation.id, change });
    const topic = await run('proposeRotationTopic', { rotationId: rotation.id, title: 'T', proposedBy: 'Ada' });
    await run('voteRotationTopic', { topicId: topic.id, voter: 'Ada' });
    await run('assignRotationTopic', { topicId: topic.id, date: schedule.occurrences[1]!.date });
    await run('listRotationTopics', { rotationId: rotation.id });
    await run('deleteRotationTopic', { topicId: topic.id });
    await run('listBehaviorTargets', { workspaceId: workspace.id });
    await run('setRotationBehavior', { rotationId: rotation.id, behaviorId: goal.goal.behaviors[0]!.id });
    await run('getRotationBehavior', { rotationId: rotation.id });
    await run('saveRotationLogEntry', { rotationId: rotation.id, date: '2020-01-03', summary: 'x', decisionIds: [old.id], goalIds: [goal.goal.id] });
    await run('listDecisionRotationSessions', { decisionId: old.id });
    await run('listGoalRotationSessions', { goalId: goal.goal.id });
    await run('addRotationFeedback', { rotationId: rotation.id, date: '2020-01-03', rating: 5, author: 'Ada' });
    await run('listRotationLog', { rotationId: rotation.id });
    await run('exportRotationCalendar', { id: rotation.id });
    await run('exportRotationMarkdown', { id: rotation.id });
    const rotationsSync = makeTempDir();
    await run('linkSyncFolder', { workspaceId: workspace.id, path: rotationsSync, dialect: null });
    await run('writeRotationMarkdown', { id: rotation.id });
    fs.rmSync(rotationsSync, { recursive: true, force: true });
    const restoreGit = isolateGitConfig();
    const team = makeTeamRepositories(['Ada']);
    const gitFolder = path.join(team.clones.Ada as string, 'docs', 'decisions');
    await run('linkSyncFolder', { workspaceId: workspace.id, path: gitFolder, dialect: null });
    await run('syncWorkspace', { workspaceId: workspace.id });
    await run('gitStatus', { workspaceId: workspace.id });
    await run('gitCommit', { workspaceId: workspace.id, message: 'Decisions from the contract test' });
    await run('gitPush', { workspaceId: workspace.id });
    await run('gitPull', { workspaceId: workspace.id, mode: 'fast-forward' });
    const proposed = await run('createDecision', { workspaceId: workspace.id, content: { title: 'Propose me', status: 'proposed' } });
    await run('gitProposeForReview', { decisionId: proposed.id });
    await run('gitFileHistory', { decisionId: proposed.id });
    team.dispose();
    restoreGit();
    const timer = await run('startStuckTimer', { workspaceId: workspace.id, problem: 'p', startedBy: 'Ada' });
    await run('listStuckTimers', { workspaceId: workspace.id });
    await run('stopStuckTimer', { id: timer.id });
    await run('deleteRotation', { id: rotation.id });
    const backup = await run('backupNow', {});
    await run('listBackups', {});
    await run('restoreBackup', { file: backup.file });
    expect(await run('getDatabaseStatus', {})).toMatchObject({ damage: null, backupProblem: null });
    // Only a damaged database is replaced this way (electron/core/backup/damaged-database.test.ts); a sound one refuses.
    await expect(run('restoreDamagedDatabase', { file: null })).rejects.toThrow(/not damaged/);

    expect([...covered].sort()).toEqual([...OPERATION_NAMES].sort());
  });
});
