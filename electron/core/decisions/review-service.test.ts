import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/domain/decision';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let decision: Decision;
const clock = fixedClock('2026-12-02T10:00:00.000Z');

beforeEach(async () => {
  core = await openTempCore({ now: clock.now });
  await call(core, 'setProfile', { name: 'Ada Lovelace' });
  const workspace = await createWorkspace(core);
  decision = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL', reviewBy: '2026-11-30' } });
});
afterEach(() => core.dispose());

describe('marking a decision reviewed', () => {
  it('sets the next review date and records who reviewed it, in its own revision', async () => {
    const reviewed = await call(core, 'markReviewed', { id: decision.id, baseRevision: 1, nextReviewBy: '2027-06-01' });
    expect(reviewed).toMatchObject({ reviewBy: '2027-06-01', revision: 2 });
    const [latest] = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(latest).toMatchObject({ revision: 2, author: 'Ada Lovelace', summary: 'Reviewed; next review by 2027-06-01' });
    expect(await call(core, 'listDueForReview', { workspaceId: decision.workspaceId })).toEqual([]);
  });

  it('is a revision even when the next date stays as it was, and may end the reviews', async () => {
    const again = await call(core, 'markReviewed', { id: decision.id, baseRevision: 1, nextReviewBy: null });
    expect(again.reviewBy).toBeNull();
    const same = await call(core, 'markReviewed', { id: decision.id, baseRevision: 2, nextReviewBy: null });
    expect(same.revision).toBe(3);
    expect((await call(core, 'listRevisions', { decisionId: decision.id }))[0]?.summary).toBe('Reviewed; no further review planned');
  });

  it('refuses a next date that is not in the future, and an edit made since', async () => {
    expect(await callError(core, 'markReviewed', { id: decision.id, baseRevision: 1, nextReviewBy: '2026-12-02' })).toMatchObject({ code: 'invalid_input', field: 'nextReviewBy' });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { context: 'Edited meanwhile' } });
    expect(await callError(core, 'markReviewed', { id: decision.id, baseRevision: 1, nextReviewBy: '2027-06-01' })).toMatchObject({ code: 'conflict' });
  });
});

describe('snoozing a review', () => {
  it('moves the review-by date without recording a review', async () => {
    const snoozed = await call(core, 'snoozeReview', { id: decision.id, baseRevision: 1, until: '2026-12-09' });
    expect(snoozed.reviewBy).toBe('2026-12-09');
    expect((await call(core, 'listRevisions', { decisionId: decision.id }))[0]?.summary).toBe('Review snoozed until 2026-12-09');
  });

  it('needs a review date to move, and a day after today', async () => {
    expect(await callError(core, 'snoozeReview', { id: decision.id, baseRevision: 1, until: '2026-12-01' })).toMatchObject({ field: 'until' });
    const none = await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { reviewBy: null } });
    expect(await callError(core, 'snoozeReview', { id: decision.id, baseRevision: none.revision, until: '2026-12-09' })).toMatchObject({ code: 'invalid_input', field: 'id' });
  });
});

describe('restoring a revision', () => {
  it('saves what the earlier revision said as a new revision, keeping everything in between', async () => {
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { title: 'Use MySQL', context: 'Cheaper hosting.' } });
    const restored = await call(core, 'restoreRevision', { id: decision.id, baseRevision: 2, revision: 1 });
    expect(restored).toMatchObject({ title: 'Use PostgreSQL', context: '', revision: 3 });
    const history = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(history.map((r) => [r.revision, r.summary])).toEqual([
      [3, 'Restored revision 1'],
      [2, 'Edited title and context'],
      [1, 'Created from MADR 4'],
    ]);
    const middle = await call(core, 'getRevision', { decisionId: decision.id, revision: 2 });
    expect(middle.content.title).toBe('Use MySQL');
  });

  it('applies the supersede rule to a status it brings back', async () => {
    const older = await call(core, 'createDecision', { workspaceId: decision.workspaceId, content: { title: 'Use SQLite', status: 'accepted' } });
    const successor = await call(core, 'createDecision', { workspaceId: decision.workspaceId, content: { title: 'Use PostgreSQL everywhere', status: 'accepted' } });
    await call(core, 'updateDecision', { id: successor.id, baseRevision: 1, changes: { status: 'proposed' } });
    const linked = await call(core, 'addDecisionLink', { fromId: successor.id, kind: 'supersedes', toId: older.id });
    // A proposed successor does not supersede yet.
    expect((await call(core, 'getDecision', { id: older.id })).status).toBe('accepted');
    // Revision 1 of the successor said "accepted": bringing it back supersedes the older decision.
    await call(core, 'restoreRevision', { id: successor.id, baseRevision: linked.revision, revision: 1 });
    expect((await call(core, 'getDecision', { id: older.id })).status).toBe('superseded');
  });

  it('refuses the current revision, one that says the same, an unknown one and a stale base', async () => {
    expect(await callError(core, 'restoreRevision', { id: decision.id, baseRevision: 1, revision: 1 })).toMatchObject({ field: 'revision' });
    expect(await callError(core, 'restoreRevision', { id: decision.id, baseRevision: 1, revision: 7 })).toMatchObject({ code: 'not_found', field: 'revision' });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { context: 'x' } });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 2, changes: { context: '' } });
    expect(await callError(core, 'restoreRevision', { id: decision.id, baseRevision: 3, revision: 1 })).toMatchObject({ code: 'invalid_input', field: 'revision' });
    expect(await callError(core, 'restoreRevision', { id: decision.id, baseRevision: 2, revision: 1 })).toMatchObject({ code: 'conflict' });
  });
});
