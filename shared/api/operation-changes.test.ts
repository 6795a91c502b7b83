import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from './change-event';
import { OPERATION_NAMES } from './contract';
import { OPERATION_CHANGES, recordChanges } from './operation-changes';

/** Writes that replace or add records of every kind: "everything changed" is the truth for them. */
const CHANGE_EVERYTHING = ['openSampleWorkspace', 'restoreBackup', 'restoreDamagedDatabase'];
/** Reads: the store's, and git's state of the linked folder (gitStatus, gitFileHistory), which no write of Cairn's holds. */
const READ = /^(get|list|search|diff|preview)[A-Z]|^git(Status|FileHistory)$/;

describe('what each write changes', () => {
  // Rotation writes were missing: every open view then read everything again after a tick of a checklist.
  it('is said for every write but those that change everything', () => {
    const unsaid = OPERATION_NAMES.filter((name) => !READ.test(name) && !CHANGE_EVERYTHING.includes(name) && !Object.hasOwn(OPERATION_CHANGES, name));
    expect(unsaid).toEqual([]);
  });

  it('names the rotation of a rotation write, and the goals its logged sessions count toward', () => {
    const rotationId = '7f0c2f5e-4a0b-4c7e-9a55-3f1d2b6c8e10';
    expect(recordChanges('setChecklistTick', { rotationId, date: '2025-06-02', key: 'a', done: true })).toEqual([{ kind: 'rotation', workspaceId: null, ids: [rotationId] }]);
    expect(recordChanges('saveRotationLogEntry', { rotationId }).map((change) => change.kind)).toEqual(['rotation', 'goal']);
  });

  it('takes a write it does not know to change every kind', () => {
    expect(recordChanges('restoreBackup', {}).map((change) => change.kind)).toEqual([...CHANGE_KINDS]);
  });
});
