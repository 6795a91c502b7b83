import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;
const clock = fixedClock('2025-06-15T12:00:00Z');

beforeEach(async () => {
  clock.set('2025-06-15T12:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

function create(title: string, content: Record<string, unknown> = {}) {
  return call(core, 'createDecision', { workspaceId: workspace.id, content: { title, ...content } });
}

describe('createDecision', () => {
  it('creates a MADR 4 decision with defaults, revision 1 and a readable history entry', async () => {
    await call(core, 'setProfile', { name: 'Ada' });
    const decision = await create('Use PostgreSQL', { context: 'We need a database.' });

    expect(decision).toMatchObject({
      number: 1,
      template: 'madr4',
      title: 'Use PostgreSQL',
      status: 'proposed',
      date: '2025-06-15',
      reviewBy: null,
      context: 'We need a database.',
      options: [],
      revision: 1,
      links: [],
      createdAt: '2025-06-15T12:00:00.000Z',
    });
    const history = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(history).toEqual([{ revision: 1, author: 'Ada', createdAt: '2025-06-15T12:00:00.000Z', summary: 'Created from MADR 4' }]);
  });

  it('names the template it was created from and writes "Unknown" as author without a profile', async () => {
    const decision = await call(core, 'createDecision', { workspaceId: workspace.id, template: 'nygard', content: { title: 'Record decisions' } });
    const [first] = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(first).toMatchObject({ author: 'Unknown', summary: 'Created from Nygard (adr-tools)' });
  });

  it('numbers decisions per workspace and never reuses the number of a deleted one', async () => {
    const first = await create('One');
    const second = await create('Two');
    await call(core, 'deleteDecision', { id: second.id });
    const third = await create('Three');
    const other = await createWorkspace(core, 'Other team');
    const elsewhere = await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Elsewhere' } });

    expect([first.number, second.number, third.number, elsewhere.number]).toEqual([1, 2, 3, 1]);
  });

  it('refuses a status the workspace does not have, naming the field', async () => {
    const error = await callError(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'X', status: 'on-hold' } });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'content.status' });
    expect(error.message).toContain('"on-hold" is not a status of this workspace');
  });

  it('accepts a custom status once the workspace has it', async () => {
    await call(core, 'updateWorkspace', { id: workspace.id, customStatuses: ['on-hold'] });
    const decision = await create('Wait for the vendor', { status: 'on-hold' });
    expect(decision.status).toBe('on-hold');
  });

  it('refuses a chosen option that is not among the options', async () => {
    const error = await callError(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: 'X', options: [{ name: 'A' }], chosenOption: 'B' },
    });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'content.chosenOption' });
  });

  it('reports an unknown workspace as not found', async () => {
    const error = await callError(core, 'createDecision', { workspaceId: crypto.randomUUID(), content: { title: 'X' } });
    expect(error).toMatchObject({ code: 'not_found', field: 'workspaceId' });
  });
});

describe('previewNewDecision', () => {
  it('starts a decision as createDecision would, and keeps nothing: no row, no number used, no file on the next sync', async () => {
    const folder = makeTempDir();
    await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: 'madr4' });
    const old = await create('Use MySQL');
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    const filesBefore = fs.readdirSync(folder).sort();

    const start = { workspaceId: workspace.id, template: 'nygard' as const, content: { title: 'Use PostgreSQL' }, links: [{ kind: 'supersedes' as const, toId: old.id }] };
    const preview = await call(core, 'previewNewDecision', start);
    expect(preview).toEqual({ template: 'nygard', content: expect.objectContaining({ title: 'Use PostgreSQL', status: 'proposed', date: '2025-06-15', context: '' }) });

    const rows = await call(core, 'listDecisionRows', { workspaceId: workspace.id });
    expect(rows.map((row) => row.title)).toEqual(['Use MySQL']);
    const sync = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    expect(sync.pushed).toEqual([]);
    expect(fs.readdirSync(folder).sort()).toEqual(filesBefore);
    expect((await call(core, 'getDecision', { id: old.id })).links).toEqual([]);

    // The first save creates it, with the content edited from the preview and its supersede link: the number is the next one still.
    const saved = await call(core, 'createDecision', { ...start, content: { ...preview.content, context: 'The ledger needs transactions.' } });
    expect(saved).toMatchObject({ number: 2, template: 'nygard', date: '2025-06-15', context: 'The ledger needs transactions.', revision: 1 });
    expect(saved.links).toEqual([expect.objectContaining({ kind: 'supersedes', direction: 'outgoing', otherId: old.id })]);
    expect((await call(core, 'syncWorkspace', { workspaceId: workspace.id })).pushed).toContain('0002-use-postgresql.md');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('refuses what createDecision refuses, naming the field: an empty title, an unknown status, a decision gone to the trash', async () => {
    expect(await callError(core, 'previewNewDecision', { workspaceId: workspace.id, content: { title: ' ' } })).toMatchObject({ field: 'content.title' });
    expect(await callError(core, 'previewNewDecision', { workspaceId: workspace.id, content: { title: 'X', status: 'maybe' } })).toMatchObject({ field: 'content.status' });
    const gone = await create('Use MySQL');
    await call(core, 'deleteDecision', { id: gone.id });
    expect(await callError(core, 'previewNewDecision', { workspaceId: workspace.id, content: { title: 'X' }, links: [{ kind: 'supersedes', toId: gone.id }] })).toMatchObject({
      field: 'links.0.toId',
    });
  });
});

describe('updateDecision', () => {
  it('records proposed → accepted as its own revision with the Markdown of that state', async () => {
    const decision = await create('Use PostgreSQL');
    clock.set('2025-06-16T09:00:00Z');
    const accepted = await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { status: 'accepted' } });

    expect(accepted).toMatchObject({ status: 'accepted', revision: 2, updatedAt: '2025-06-16T09:00:00.000Z', createdAt: decision.createdAt });
    const history = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(history.map((r) => [r.revision, r.summary])).toEqual([
      [2, 'Status: proposed → accepted'],
      [1, 'Created from MADR 4'],
    ]);
    const revision = await call(core, 'getRevision', { decisionId: decision.id, revision: 2 });
    expect(revision.content.status).toBe('accepted');
    expect(revision.markdown).toBe(renderDecisionMarkdown(1, 'madr4', revision.content));
    expect(revision.markdown).toContain('* Status: Accepted');
  });

  it('summarises edits in words', async () => {
    const decision = await create('Use PostgreSQL');
    const edited = await call(core, 'updateDecision', {
      id: decision.id,
      baseRevision: 1,
      changes: { title: 'Use PostgreSQL 16', context: 'Why', options: [{ name: 'PostgreSQL' }, { name: 'MySQL' }] },
    });
    const both = await call(core, 'updateDecision', {
      id: decision.id,
      baseRevision: edited.revision,
      changes: { status: 'accepted', chosenOption: 'PostgreSQL', reviewBy: '2026-01-01' },
    });
    const history = await call(core, 'listRevisions', { decisionId: both.id });
    expect(history.map((r) => r.summary).slice(0, 2)).toEqual([
      'Status: proposed → accepted; edited review-by date and chosen option',
      'Edited title, context and options',
    ]);
  });

  it('makes no revision for a save that changes nothing', async () => {
    const decision = await create('Use PostgreSQL', { options: [{ name: 'A', pros: ['fast'] }] });
    const same = await call(core, 'updateDecision', {
      id: decision.id,
      baseRevision: 1,
      changes: { title: 'Use PostgreSQL', status: 'proposed', options: [{ name: 'A', pros: ['fast'] }] },
    });
    expect(same.revision).toBe(1);
    expect(await call(core, 'listRevisions', { decisionId: decision.id })).toHaveLength(1);
  });

  it('refuses a save based on an old revision and says what happened', async () => {
    const decision = await create('Use PostgreSQL');
    for (let i = 0; i < 4; i++) {
      await call(core, 'updateDecision', { id: decision.id, baseRevision: i + 1, changes: { context: `draft ${i}` } });
    }
    const error = await callError(core, 'updateDecision', { id: decision.id, baseRevision: 4, changes: { context: 'mine' } });
    expect(error).toEqual({
      code: 'conflict',
      message: '0001 Use PostgreSQL was changed since you opened it (now revision 5, yours 4). Reload to see the changes.',
    });
    expect((await call(core, 'getDecision', { id: decision.id })).context).toBe('draft 3');
  });

  it('allows a custom status only after the workspace adds it', async () => {
    const decision = await create('Wait');
    const refused = await callError(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { status: 'on-hold' } });
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'changes.status' });

    await call(core, 'updateWorkspace', { id: workspace.id, customStatuses: ['on-hold'] });
    const saved = await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { status: 'on-hold' } });
    expect(saved.status).toBe('on-hold');
  });

  it('requires the chosen option to be one of the new options', async () => {
    const decision = await create('Pick', { options: [{ name: 'A' }, { name: 'B' }], chosenOption: 'A' });
    const wrong = await callError(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { chosenOption: 'C' } });
    expect(wrong).toMatchObject({ code: 'invalid_input', field: 'changes.chosenOption' });
    const dropped = await callError(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { options: [{ name: 'B' }] } });
    expect(dropped).toMatchObject({ code: 'invalid_input', field: 'changes.options' });
    const both = await call(core, 'updateDecision', {
      id: decision.id,
      baseRevision: 1,
      changes: { options: [{ name: 'B' }], chosenOption: 'B' },
    });
    expect(both.chosenOption).toBe('B');
  });

  it('takes a "Chosen option: …, because" typed into the outcome as the chosen option, so the file does not say it twice', async () => {
    const decision = await create('Pick a database', { options: [{ name: 'PostgreSQL' }, { name: 'MySQL' }] });
    const typed = await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { outcome: 'Chosen option: "PostgreSQL", because it is fast.' } });
    expect([typed.chosenOption, typed.outcome]).toEqual(['PostgreSQL', 'it is fast.']);
    const [latest] = await call(core, 'listRevisions', { decisionId: decision.id });
    const revision = await call(core, 'getRevision', { decisionId: decision.id, revision: latest?.revision ?? 0 });
    expect(revision.markdown).toContain('Chosen option: "PostgreSQL", because it is fast.\n');
    expect(revision.markdown.match(/Chosen option/g)).toHaveLength(1);

    const other = await call(core, 'updateDecision', { id: decision.id, baseRevision: typed.revision, changes: { outcome: 'Chosen option: "MySQL", because the team knows it.' } });
    expect([other.chosenOption, other.outcome]).toEqual(['PostgreSQL', 'Chosen option: "MySQL", because the team knows it.']);
    const unknown = await create('Pick a queue', { options: [{ name: 'Kafka' }], outcome: 'Chosen option: "RabbitMQ", because it is small.' });
    expect([unknown.chosenOption, unknown.outcome]).toEqual([null, 'Chosen option: "RabbitMQ", because it is small.']);
  });
});

describe('deleteDecision and restoreDecision', () => {
  it('moves a decision to the trash and back', async () => {
    const decision = await create('Temporary');
    expect(await call(core, 'deleteDecision', { id: decision.id })).toEqual({ id: decision.id });
    expect(await callError(core, 'getDecision', { id: decision.id })).toMatchObject({
      code: 'not_found',
      message: `Decision ${decision.id} not found`,
    });
    expect((await call(core, 'listWorkspaces', {}))[0]?.decisionCount).toBe(0);

    const restored = await call(core, 'restoreDecision', { id: decision.id });
    expect(restored).toMatchObject({ id: decision.id, number: 1, title: 'Temporary' });
    expect((await call(core, 'getDecision', { id: decision.id })).title).toBe('Temporary');
  });

  it('refuses to restore a decision that is not in the trash', async () => {
    const decision = await create('Alive');
    expect(await callError(core, 'restoreDecision', { id: decision.id })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'restoreDecision', { id: crypto.randomUUID() })).toMatchObject({ code: 'not_found' });
  });

  it('refuses to delete again or edit a decision in the trash', async () => {
    const decision = await create('Gone');
    await call(core, 'deleteDecision', { id: decision.id });
    expect(await callError(core, 'deleteDecision', { id: decision.id })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { title: 'X' } })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('listDueForReview', () => {
  it('lists live, unsettled decisions whose review date has come, soonest first', async () => {
    const later = await create('Later', { reviewBy: '2025-06-20' });
    const overdue = await create('Overdue', { reviewBy: '2025-05-01' });
    const today = await create('Today', { reviewBy: '2025-06-15', status: 'accepted' });
    await create('Rejected', { reviewBy: '2025-05-01', status: 'rejected' });
    await create('Deprecated', { reviewBy: '2025-05-01', status: 'deprecated' });
    await create('No date');
    const trashed = await create('Trashed', { reviewBy: '2025-05-01' });
    await call(core, 'deleteDecision', { id: trashed.id });

    const due = await call(core, 'listDueForReview', { workspaceId: workspace.id });
    expect(due.map((d) => d.title)).toEqual(['Overdue', 'Today']);
    expect(due[0]).toMatchObject({ id: overdue.id, reviewBy: '2025-05-01', snippet: null });

    const withinWeek = await call(core, 'listDueForReview', { workspaceId: workspace.id, withinDays: 7 });
    expect(withinWeek.map((d) => d.id)).toEqual([overdue.id, today.id, later.id]);

    const asOf = await call(core, 'listDueForReview', { workspaceId: workspace.id, asOf: '2025-05-01' });
    expect(asOf.map((d) => d.id)).toEqual([overdue.id]);
  });
});
