import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationOutput, Workspace } from '../../../shared/api/contract';
import type { TimelineCursor } from '../../../shared/overview/timeline-cursor';
import { call, callError } from '../testing/call';
import { deliveryGoal } from '../testing/goal-fixtures';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;
const clock = fixedClock('2026-03-02T09:00:00Z');

beforeEach(async () => {
  clock.set('2026-03-02T09:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

function create(title: string, content: Record<string, unknown> = {}) {
  return call(core, 'createDecision', { workspaceId: workspace.id, content: { title, ...content } });
}

describe('getDecisionGraph', () => {
  it('returns every live decision and the links between them, leaving out the trash and other workspaces', async () => {
    const postgres = await create('Use PostgreSQL', { status: 'accepted', tags: ['database'] });
    const cockroach = await call(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: 'Use CockroachDB', status: 'accepted' },
      links: [{ kind: 'supersedes', toId: postgres.id }],
    });
    const binned = await create('Binned');
    await call(core, 'addDecisionLink', { fromId: binned.id, kind: 'relates-to', toId: postgres.id });
    await call(core, 'deleteDecision', { id: binned.id });
    const other = await createWorkspace(core, 'Other team');
    await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Elsewhere' } });

    const graph = await call(core, 'getDecisionGraph', { workspaceId: workspace.id });

    expect(graph.nodes).toEqual([
      { id: postgres.id, number: 1, title: 'Use PostgreSQL', status: 'superseded', tags: ['database'] },
      { id: cockroach.id, number: 2, title: 'Use CockroachDB', status: 'accepted', tags: [] },
    ]);
    expect(graph.edges).toEqual([{ fromId: cockroach.id, kind: 'supersedes', toId: postgres.id }]);
  });

  it('names the workspace that does not exist', async () => {
    const error = await callError(core, 'getDecisionGraph', { workspaceId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(error).toMatchObject({ code: 'not_found', field: 'workspaceId' });
  });
});

describe('getTimeline', () => {
  it('shows each status a decision entered, on the day it entered it, newest first', async () => {
    const postgres = await create('Use PostgreSQL');
    clock.set('2026-03-10T10:00:00Z');
    const accepted = await call(core, 'updateDecision', { id: postgres.id, baseRevision: 1, changes: { status: 'accepted' } });
    clock.set('2026-03-11T10:00:00Z');
    await call(core, 'updateDecision', { id: postgres.id, baseRevision: accepted.revision, changes: { context: 'Only a wording change.' } });
    clock.set('2026-04-20T10:00:00Z');
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use CockroachDB', status: 'accepted' }, links: [{ kind: 'supersedes', toId: postgres.id }] });

    const { events } = await call(core, 'getTimeline', { workspaceId: workspace.id });

    const rows = events.map((e) => [e.date, e.title, e.detail]);
    // Superseding happens in the same transaction as creating the successor: same instant, either order.
    expect(rows.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['2026-04-20', '0002 Use CockroachDB', 'Accepted'],
        ['2026-04-20', '0001 Use PostgreSQL', 'Superseded'],
      ]),
    );
    expect(rows.slice(2)).toEqual([
      ['2026-03-10', '0001 Use PostgreSQL', 'Accepted'],
      ['2026-03-02', '0001 Use PostgreSQL', 'Proposed'],
    ]);
    expect(events.every((e) => e.kind === 'decision')).toBe(true);
    expect(events[3]?.target).toEqual({ page: 'decision', id: postgres.id });
  });

  it('files each event under the day the viewer’s clock showed, in the zone the viewer names', async () => {
    const decision = await create('Use PostgreSQL');
    // Accepted at 23:30 UTC on 31 March: already 1 April in Berlin, still 31 March in New York.
    clock.set('2026-03-31T23:30:00Z');
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { status: 'accepted' } });
    await call(core, 'createSession', { workspaceId: workspace.id, title: 'Pick a queue' });
    const days = async (timeZone: string) =>
      (await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone })).events.filter((e) => e.detail !== 'Proposed').map((e) => `${e.kind} ${e.date}`).sort();
    expect(await days('Europe/Berlin')).toEqual(['decision 2026-04-01', 'session 2026-04-01']);
    expect(await days('America/New_York')).toEqual(['decision 2026-03-31', 'session 2026-03-31']);
    const recent = (await call(core, 'getHomeOverview', { workspaceId: workspace.id, timeZone: 'Asia/Tokyo' })).recent;
    expect(recent.filter((e) => e.kind === 'session').map((e) => e.date)).toEqual(['2026-04-01']);
    expect(await callError(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'Mars/Olympus' })).toMatchObject({ field: 'timeZone' });
  });

  it('dates an imported decision by its own date, not by the day it was added', async () => {
    await create('Record decisions', { status: 'accepted', date: '2019-05-01' });
    const { events } = await call(core, 'getTimeline', { workspaceId: workspace.id });
    expect(events.map((e) => [e.date, e.detail])).toEqual([['2019-05-01', 'Accepted']]);
  });

  it('puts a goal\'s check-ins on the same axis, one event per goal and day', async () => {
    const goal = await call(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal() });
    const [result] = goal.goal.results;
    const [behavior] = goal.goal.behaviors;
    await call(core, 'recordCheckIns', {
      goalId: goal.goal.id,
      date: '2026-02-15',
      entries: [
        { subject: 'result', subjectId: result?.id as string, value: 6 },
        { subject: 'behavior', subjectId: behavior?.id as string, value: 2 },
      ],
    });

    const { events } = await call(core, 'getTimeline', { workspaceId: workspace.id });

    expect(events.map((e) => [e.kind, e.date, e.title, e.detail])).toEqual([['check-in', '2026-02-15', 'Ship smaller changes more often', '2 check-ins']]);
    expect(events[0]?.target).toEqual({ page: 'goal', id: goal.goal.id });
  });
});

describe('getTimeline in pages', () => {
  /** 11 decision events (12 in all): 5 at one instant (a tie the cursor must split), 4 a day apart, 2 with no date; and a check-in. */
  async function fillTimeline() {
    clock.set('2026-01-05T10:00:00Z');
    for (const title of ['Tie A', 'Tie B', 'Tie C', 'Tie D', 'Tie E']) await create(title);
    for (const [day, title] of [['06', 'Later 1'], ['07', 'Later 2'], ['08', 'Later 3']] as const) {
      clock.set(`2026-04-${day}T10:00:00Z`);
      await create(title, { status: 'accepted' });
    }
    clock.set('2026-04-09T10:00:00Z');
    await create('Old one', { status: 'accepted', date: '2025-06-01' });
    for (const title of ['Undated 1', 'Undated 2']) await create(title, { status: 'accepted', date: null });
    const goal = await call(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal() });
    const [result] = goal.goal.results;
    await call(core, 'recordCheckIns', { goalId: goal.goal.id, date: '2026-01-05', entries: [{ subject: 'result', subjectId: result?.id as string, value: 6 }] });
  }

  async function allPages(limit: number, filter: { kinds?: ('decision' | 'check-in')[]; statuses?: string[] } = {}) {
    const pages: OperationOutput<'getTimeline'>[] = [];
    let before: TimelineCursor | null = null;
    do {
      const page: OperationOutput<'getTimeline'> = await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'UTC', limit, ...filter, ...(before ? { before } : {}) });
      pages.push(page);
      before = page.next;
    } while (before && pages.length < 50);
    return pages;
  }

  it('gives every event exactly once, in order, across pages that split a tie', async () => {
    await fillTimeline();
    const whole = await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'UTC' });
    expect(whole.events).toHaveLength(12);
    expect(whole.next).toBeNull();

    for (const limit of [1, 2, 3, 5, 12, 1000]) {
      const pages = await allPages(limit);
      expect(pages.map((page) => page.events.length)).toEqual(Array.from({ length: Math.ceil(12 / limit) }, (_, i) => Math.min(limit, 12 - i * limit)));
      expect(pages.flatMap((page) => page.events.map((e) => e.key))).toEqual(whole.events.map((e) => e.key));
      expect(pages.at(-1)?.next).toBeNull();
    }
    // The five created at one instant are ordered by key, and a page of two ends inside them.
    const tie = whole.events.filter((e) => e.at === '2026-01-05T10:00:00.000Z' || e.at === '2026-01-05T10:00:00Z').map((e) => e.key);
    expect(tie).toHaveLength(5);
    expect([...tie].sort()).toEqual(tie);
  });

  it('answers the counts of the whole filtered timeline with every page', async () => {
    await fillTimeline();
    const [first] = await allPages(2);
    expect(first).toMatchObject({
      total: 12,
      undated: 2,
      kinds: { decision: 11, session: 0, 'check-in': 1, rotation: 0 },
      statuses: ['accepted', 'proposed'],
      months: [
        { month: '2026-04', counts: { decision: 3, session: 0, 'check-in': 0, rotation: 0 } },
        { month: '2026-01', counts: { decision: 5, session: 0, 'check-in': 1, rotation: 0 } },
        { month: '2025-06', counts: { decision: 1, session: 0, 'check-in': 0, rotation: 0 } },
      ],
    });
    // The undated come last, after every month.
    const keys = (await allPages(4)).flatMap((page) => page.events);
    expect(keys.slice(-2).map((e) => e.date)).toEqual([null, null]);

    const accepted = await allPages(2, { kinds: ['decision'], statuses: ['accepted'] });
    expect(accepted[0]).toMatchObject({ total: 6, undated: 2, kinds: { decision: 11, 'check-in': 1 } });
    expect(accepted[0]?.months.map((m) => [m.month, m.counts.decision, m.counts['check-in']])).toEqual([
      ['2026-04', 3, 0],
      ['2025-06', 1, 0],
    ]);
    expect(accepted.flatMap((page) => page.events.map((e) => e.detail))).toEqual(Array(6).fill('Accepted'));
  });

  it('answers nothing after the last event, and refuses a page size out of range', async () => {
    await fillTimeline();
    const whole = await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'UTC' });
    const last = whole.events.at(-1);
    const past = await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'UTC', limit: 10, before: { at: last?.at ?? '', key: last?.key ?? '' } });
    expect(past).toMatchObject({ events: [], next: null, total: 12 });
    // A cursor whose event is gone (deleted since) still starts the page after where it stood.
    const gone = await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'UTC', limit: 2, before: { at: '2026-04-07T12:00:00.000Z', key: 'decision:zzz' } });
    expect(gone.events.map((e) => e.title)).toEqual(['0007 Later 2', '0006 Later 1']);
    expect(await callError(core, 'getTimeline', { workspaceId: workspace.id, limit: 0 })).toMatchObject({ field: 'limit' });
    expect(await callError(core, 'getTimeline', { workspaceId: workspace.id, limit: 1001 })).toMatchObject({ field: 'limit' });
  });
});

describe('getHomeOverview', () => {
  it('lists reviews due, proposals waiting (oldest first) and the newest activity', async () => {
    await create('Old proposal', { date: '2026-01-05' });
    await create('Accepted one', { status: 'accepted', reviewBy: '2026-03-01' });
    await create('Not due yet', { status: 'accepted', reviewBy: '2026-06-01' });
    await create('New proposal', { date: '2026-02-20' });

    const home = await call(core, 'getHomeOverview', { workspaceId: workspace.id });

    expect(home.decisionCount).toBe(4);
    expect(home.dueForReview.map((d) => d.title)).toEqual(['Accepted one']);
    expect(home.waiting.map((d) => d.title)).toEqual(['Old proposal', 'New proposal']);
    expect(home.recent.map((e) => e.title)).toContain('0004 New proposal');
  });

  it('counts a review as due by the viewer’s day, not the host’s', async () => {
    await create('Due on the 2nd', { status: 'accepted', reviewBy: '2026-03-02' });
    // 09:00 UTC on 2 March is still 1 March in Honolulu and already the evening of 2 March in Tokyo.
    const due = async (timeZone: string) => (await call(core, 'getHomeOverview', { workspaceId: workspace.id, timeZone })).dueForReview.map((d) => d.title);
    expect(await due('Pacific/Honolulu')).toEqual([]);
    expect(await due('Asia/Tokyo')).toEqual(['Due on the 2nd']);
  });

  it('is empty for a new workspace', async () => {
    expect(await call(core, 'getHomeOverview', { workspaceId: workspace.id })).toEqual({ decisionCount: 0, dueForReview: [], waiting: [], recent: [] });
  });
});

describe('listDecisionGoals', () => {
  it('lists the goals that link to a decision, leaving out goals in the trash', async () => {
    const trunk = await create('Adopt trunk-based development');
    const delivery = await call(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal() });
    const binned = await call(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal({ title: 'Binned goal' }) });
    await call(core, 'linkGoalDecision', { goalId: delivery.goal.id, decisionId: trunk.id });
    await call(core, 'linkGoalDecision', { goalId: binned.goal.id, decisionId: trunk.id });
    await call(core, 'deleteGoal', { id: binned.goal.id });

    expect(await call(core, 'listDecisionGoals', { decisionId: trunk.id })).toEqual([{ id: delivery.goal.id, title: 'Ship smaller changes more often' }]);
  });

  it('names a decision that does not exist', async () => {
    const error = await callError(core, 'listDecisionGoals', { decisionId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(error).toMatchObject({ code: 'not_found', field: 'decisionId' });
  });
});

describe('openSampleWorkspace', () => {
  it('fills a new workspace whose history, links, reviews and proposals tell a story', async () => {
    const opened = await call(core, 'openSampleWorkspace', {});
    expect(opened.name).toBe('Sample: Northwind payments');

    const graph = await call(core, 'getDecisionGraph', { workspaceId: opened.workspaceId });
    expect(graph.nodes.length).toBeGreaterThanOrEqual(10);
    const byTitle = new Map(graph.nodes.map((n) => [n.title, n]));
    const cockroach = byTitle.get('Move the ledger to CockroachDB');
    const postgres = byTitle.get('Use PostgreSQL for the ledger');
    expect(postgres?.status).toBe('superseded');
    expect(graph.edges).toContainEqual({ fromId: cockroach?.id, kind: 'supersedes', toId: postgres?.id });

    const history = await call(core, 'listRevisions', { decisionId: postgres?.id as string });
    expect(history.map((r) => [r.createdAt.slice(0, 10), r.summary])).toEqual([
      ['2026-01-21', 'Status: accepted → superseded'],
      ['2025-07-21', 'Status: proposed → accepted'],
      ['2025-07-15', 'Created from MADR 4'],
    ]);

    const home = await call(core, 'getHomeOverview', { workspaceId: opened.workspaceId });
    expect(home.dueForReview.map((d) => d.title)).toEqual(['Make every payment command idempotent', 'Publish domain events through Kafka']);
    expect(home.waiting.map((d) => d.title)).toEqual(['Adopt trunk-based development', 'Use feature flags for unfinished work', 'Score fraud in a separate service']);
    expect(home.recent.find((e) => e.kind === 'decision')).toMatchObject({ title: '0012 Score fraud in a separate service', detail: 'Proposed', date: '2026-02-24' });
  });

  it('brings a goal behind its plan, linked to the decisions it came from, and rotations with turns to come', async () => {
    const opened = await call(core, 'openSampleWorkspace', {});

    const [goal, ...otherGoals] = await call(core, 'listGoals', { workspaceId: opened.workspaceId });
    expect(otherGoals).toEqual([]);
    expect(goal?.title).toBe('Ship smaller changes more often');
    expect(['at-risk', 'off-track']).toContain(goal?.status);
    const trunk = (await call(core, 'getDecisionGraph', { workspaceId: opened.workspaceId })).nodes.find((n) => n.title === 'Adopt trunk-based development');
    expect(await call(core, 'listDecisionGoals', { decisionId: trunk?.id as string })).toEqual([{ id: goal?.id, title: goal?.title }]);

    const rotations = await call(core, 'listRotations', { workspaceId: opened.workspaceId });
    expect(rotations.map((r) => [r.name, r.kind, r.next !== null])).toEqual([
      ['Friday teaching', 'teaching', true],
      ['Security Commander', 'role', true],
    ]);

    const { events } = await call(core, 'getTimeline', { workspaceId: opened.workspaceId });
    expect(events.filter((e) => e.kind === 'check-in').map((e) => [e.date, e.detail])).toEqual([
      ['2026-02-16', '2 check-ins'],
      ['2026-02-02', '2 check-ins'],
      ['2026-01-19', '2 check-ins'],
    ]);
    expect(events.filter((e) => e.kind === 'rotation').map((e) => [e.title, e.detail])).toEqual([
      ['Friday teaching', "Ada Lovelace taught: How the ledger's idempotency keys work"],
      ['Security Commander', 'Ada Lovelace held the role: Patched the TLS library in the payment gateway'],
      ['Friday teaching', 'Katherine Johnson taught: Kafka consumer groups, hands on'],
      ['Security Commander', 'Katherine Johnson held the role: Rotated the card network API keys'],
      ['Friday teaching', 'Alan Turing taught: Writing an ADR the next person can follow'],
    ]);
    const friday = rotations.find((r) => r.name === 'Friday teaching');
    const schedule = await call(core, 'getRotationSchedule', { id: friday?.id as string });
    expect(schedule.occurrences[0]?.topic?.title).toBe('Reading a CockroachDB query plan');
  });

  it('opens a second copy under its own name', async () => {
    await call(core, 'openSampleWorkspace', {});
    const second = await call(core, 'openSampleWorkspace', {});
    expect(second.name).toBe('Sample: Northwind payments (2)');
    const names = (await call(core, 'listWorkspaces', {})).map((w) => w.name);
    expect(names).toContain('Sample: Northwind payments (2)');
  });
});
