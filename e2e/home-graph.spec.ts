import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { AppShell } from './models/app-shell';
import { CommandPalette } from './models/command-palette';
import { DecisionPage } from './models/decision-page';
import { GraphPage } from './models/graph-page';
import { HomePage } from './models/home-page';
import { TimelinePage } from './models/timeline-page';
import { saveScreenshot } from './screenshots';

const SAMPLE = 'Sample: Northwind payments';
const COCKROACH = '0008 Move the ledger to CockroachDB';
const POSTGRES = '0002 Use PostgreSQL for the ledger';
const KAFKA = '0003 Publish domain events through Kafka';
const TRUNK = '0010 Adopt trunk-based development';
const GOAL = 'Ship smaller changes more often';

test('a new team starts at home, opens the sample, follows the graph and the timeline, and finds a decision from the palette', async ({ page, api }) => {
  // The longest journey of the suite (sample, graph, timeline, palette, axe on each): room on a busy machine.
  test.slow();
  const shell = new AppShell(page);
  const home = new HomePage(page);
  const graph = new GraphPage(page);
  const timeline = new TimelinePage(page);
  const decision = new DecisionPage(page);
  const palette = new CommandPalette(page);

  await test.step('the first workspace opens on a home that teaches the first steps', async () => {
    await shell.enterName('Ada Lovelace');
    await shell.createFirstWorkspaceAndStayHome('Payments platform');
    await home.expectShown('Payments platform');
    await expect(home.main.getByRole('heading', { name: "Start your team's log" })).toBeVisible();
    for (const step of ['Write a decision', 'Import a folder', 'Define a goal', 'Start a rotation']) {
      await expect(home.main.getByRole('heading', { level: 3, name: step })).toBeVisible();
    }
    await saveScreenshot(page, 'home-empty');
    await expectNoSeriousViolations(page, 'the empty home');
  });

  await test.step('the sample workspace shows reviews due, proposals waiting and recent activity', async () => {
    await home.openSampleWorkspace();
    await home.expectShown(SAMPLE);
    await expect(shell.workspaceSelect.locator('option:checked')).toHaveText(SAMPLE);
    await expect(home.card('Due for review').getByRole('listitem').getByRole('link')).toHaveText([
      '0005 Make every payment command idempotent',
      KAFKA,
    ]);
    await expect(home.card('Waiting for a decision').getByRole('link', { name: '0010 Adopt trunk-based development' })).toBeVisible();
    await expect(home.card('Recent activity').getByRole('link', { name: '0012 Score fraud in a separate service' })).toBeVisible();
    await expect(home.card('Whose turn it is')).toContainText(/Friday teaching.+ teaches \w{3}, \d{1,2} \w{3} \d{4} at \d\d:\d\d .+: Reading a CockroachDB query plan/);
    await expect(home.card('Whose turn it is')).toContainText(/Security Commander.+ holds it from \w{3}, \d{1,2} \w{3} \d{4} at \d\d:\d\d/);
    await expect(home.card('Stuck right now')).toHaveCount(0);

    const sample = (await api('listWorkspaces', {})).find((w) => w.name === SAMPLE);
    await api('startStuckTimer', { workspaceId: sample?.id as string, problem: 'Flaky settlement test', startedBy: 'Alan Turing' });
    await page.reload();
    await expect(home.card('Stuck right now')).toContainText('Alan Turing: Flaky settlement test');
    await expect(home.card('Stuck right now')).toContainText('Keep going. At 4 hours Cairn will suggest a walk.');
    await saveScreenshot(page, 'home');
    await expectNoSeriousViolations(page, 'the home');
  });

  await test.step('a goal that needs care links to its decisions, and the decision links back', async () => {
    await home.card('Goals that need care').getByRole('link', { name: GOAL }).click();
    await expect(page.getByRole('heading', { level: 1, name: GOAL })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: TRUNK, exact: true }).click();
    await decision.expectShown(TRUNK);
    const goals = page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Goals', exact: true }) });
    await expect(goals.getByRole('link', { name: GOAL })).toBeVisible();
    await saveScreenshot(page, 'decision-goal-backlink');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await home.expectShown(SAMPLE);
  });

  await test.step('the graph draws every decision and link, filters by status, and exports Mermaid', async () => {
    await home.goTo('Graph');
    await graph.expectShown();
    await expect(graph.nodes()).toHaveCount(12);
    await expect(graph.edges()).toHaveCount(8);
    await expect(graph.edges('supersedes')).toHaveCount(1);
    await expect(graph.count).toHaveText('12 of 12 decisions · 8 links');
    await saveScreenshot(page, 'graph');
    await expectNoSeriousViolations(page, 'the graph');

    await graph.statusFilter('Proposed').click();
    await expect(graph.count).toHaveText('3 of 12 decisions · 1 link');
    await expect(graph.nodes()).toHaveCount(3);
    await graph.statusFilter('Proposed').click();
    await expect(graph.nodes()).toHaveCount(12);

    const dialog = await graph.export('Mermaid');
    const text = dialog.getByRole('textbox');
    await expect(text).toHaveValue(/^graph TD\n/);
    await expect(text).toHaveValue(/d0008 -->\|supersedes\| d0002/);
    await expect(text).toHaveValue(/d0008\["0008 Move the ledger to CockroachDB"\]/);
    await saveScreenshot(page, 'graph-export-mermaid');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('clicking a box opens its decision', async () => {
    await graph.node(COCKROACH).click();
    await decision.expectShown(COCKROACH);
  });

  await test.step('the timeline shows what each decision went through, filterable by kind', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await timeline.expectShown();
    const postgres = timeline.entriesAbout(POSTGRES);
    await expect(postgres).toHaveCount(3);
    await expect(postgres.nth(0)).toContainText('Superseded');
    await expect(postgres.nth(1)).toContainText('Accepted');
    await expect(postgres.nth(2)).toContainText('Proposed');
    await saveScreenshot(page, 'timeline');
    await expectNoSeriousViolations(page, 'the timeline');

    await expect(timeline.entriesAbout(GOAL)).toHaveCount(3);
    await expect(timeline.entriesAbout('Friday teaching')).toHaveCount(3);
    await timeline.kindFilter('Decisions').click();
    await timeline.kindFilter('Rotation sessions').click();
    await expect(timeline.entries).toHaveCount(3);
    await expect(timeline.entriesAbout(GOAL).first()).toContainText('2 check-ins');
    await timeline.kindFilter('Goal check-ins').click();
    await expect(timeline.entries).toHaveCount(0);
    await expect(page.getByText('Nothing of the chosen kinds')).toBeVisible();
    for (const kind of ['Decisions', 'Goal check-ins', 'Rotation sessions']) await timeline.kindFilter(kind).click();
    await expect(timeline.entriesAbout(POSTGRES)).toHaveCount(3);
  });

  await test.step('the palette finds a decision by a word of it and opens it', async () => {
    await palette.open();
    await palette.find('kafka');
    await expect(palette.option(KAFKA)).toBeVisible();
    await expect(palette.options.first()).toContainText(KAFKA);
    await saveScreenshot(page, 'palette');
    await expectNoSeriousViolations(page, 'the command palette');
    await palette.input.press('Enter');
    await expect(palette.dialog).toBeHidden();
    await decision.expectShown(KAFKA);
  });

  await test.step('the palette reaches goals, rotations and pages too, and ? lists the shortcuts', async () => {
    await palette.open();
    await palette.find('security');
    await expect(palette.option('Security Commander')).toContainText('Role rotation');
    await palette.find('smaller changes');
    await expect(palette.option(GOAL)).toContainText('Off track');
    await palette.input.press('Escape');
    await expect(palette.dialog).toBeHidden();

    await palette.open();
    await palette.find('graph');
    await palette.option('Decision graph').click();
    await graph.expectShown();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByText('Find a decision, goal, rotation, page or action')).toBeVisible();
    await saveScreenshot(page, 'shortcut-help');
    await expectNoSeriousViolations(page, 'the shortcut help');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });
});

test('the graph of 500 decisions fits the window, zooms in on a part, and still opens a decision', async ({ page, api }) => {
  // 500 decisions and 100 links made through the API before the page opens.
  test.slow();
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Large log' });
  const ids: string[] = [];
  // Ten at a time: the order of numbers does not matter here, only that there are 500.
  for (let batch = 0; batch < 50; batch += 1) {
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api('createDecision', { workspaceId: workspace.id, content: { title: `Decision ${batch * 10 + i + 1} about the platform`, tags: [i % 2 === 0 ? 'even' : 'odd'] } }),
      ),
    );
    ids.push(...created.map((d) => d.id));
  }
  for (let i = 0; i + 1 < 200; i += 2) {
    const supersedes = i % 4 === 0;
    // A decision is superseded once its successor is accepted (ADR 0020).
    if (supersedes) await api('updateDecision', { id: ids[i + 1] as string, baseRevision: 1, changes: { status: 'accepted' } });
    await api('addDecisionLink', { fromId: ids[i + 1] as string, kind: supersedes ? 'supersedes' : 'depends-on', toId: ids[i] as string });
  }
  // 0004 already depends on 0003; the other way round closes a circle, which the graph reports as a lint error.
  await api('addDecisionLink', { fromId: ids[2] as string, kind: 'depends-on', toId: ids[3] as string });
  await page.reload();

  const graph = new GraphPage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
  await graph.expectShown();
  // Past 150 decisions the graph opens on the linked ones only, and says what it leaves out.
  await expect(graph.count).toHaveText('200 of 500 decisions · 101 links');
  await expect(page.getByText(/^Drawn: the 200 decisions with links/)).toContainText('Left out: 300 decisions without links.');
  const lint = page.getByRole('alert').filter({ hasText: 'round in a circle' });
  await expect(lint).toContainText('One chain of links goes round in a circle');
  await expect(lint.getByRole('listitem')).toHaveText([/^Depends on: \d{4} ↔ \d{4}$/]);
  await expect(graph.nodes()).toHaveCount(200);
  const fitted = Number((await page.getByText(/^\d+ %$/).textContent())?.replace(/\D/g, ''));
  expect(fitted).toBeLessThan(100);
  await saveScreenshot(page, 'graph-500');

  await graph.canvas.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('+');
  await expect(page.getByText(/^\d+ %$/)).not.toHaveText(`${fitted} %`);
  await saveScreenshot(page, 'graph-500-zoomed');

  // The search box jumps to one decision and the decisions around it, and back to the whole graph.
  const finder = page.getByLabel('Find a decision');
  await finder.fill('decision 3 about');
  await expect(page.getByRole('list', { name: 'Matching decisions' }).getByRole('link')).toHaveText([/^\d{4} Decision 3 about the platform$/]);
  await finder.press('Enter');
  await expect(page).toHaveURL(/#\/graph\/[0-9a-f-]+$/);
  await expect(graph.count).toHaveText('2 of 500 decisions · 2 links');
  await expect(page.getByText(/Decision 3 about the platform and the decisions up to 2 links away from it/)).toBeVisible();
  await saveScreenshot(page, 'graph-500-neighbourhood');
  await expectNoSeriousViolations(page, 'a decision’s neighbourhood in the graph');
  await page.getByRole('link', { name: 'Back to the whole graph' }).click();
  await expect(graph.count).toHaveText('200 of 500 decisions · 101 links');

  await page.getByRole('group', { name: 'Show statuses' }).getByRole('button', { name: 'Superseded', exact: true }).click();
  await expect(graph.count).toHaveText('50 of 500 decisions · 0 links');
  await page.getByRole('button', { name: 'Fit' }).click();
  const first = graph.nodes().first();
  const name = (await first.getAttribute('aria-label'))?.split(',')[0] ?? '';
  await first.click();
  await new DecisionPage(page).expectShown(name);

  // From a decision's page, the graph opens on that decision and its neighbours.
  await page.getByRole('link', { name: 'Show in the graph' }).click();
  await expect(graph.count).toHaveText('2 of 500 decisions · 1 link');
  await expect(graph.node(name)).toBeVisible();
});

test('a timeline of 160 decisions draws the newest 150 and shows the earlier ones on request', async ({ page, api }) => {
  test.slow();
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Long history' });
  for (let batch = 0; batch < 16; batch += 1) {
    await Promise.all(Array.from({ length: 10 }, (_, i) => api('createDecision', { workspaceId: workspace.id, content: { title: `Entry ${batch * 10 + i + 1}` } })));
  }
  await page.reload();

  const timeline = new TimelinePage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await timeline.expectShown();
  await expect(timeline.entries).toHaveCount(150);
  await expect(page.getByText('10 not shown yet')).toBeVisible();
  await expectNoSeriousViolations(page, 'a long timeline');
  const more = page.getByRole('button', { name: 'Show 10 earlier events' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(timeline.entries).toHaveCount(160);
  await expect(more).toBeHidden();

  // The events come a page at a time; a decision written elsewhere still reaches the open timeline.
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Written elsewhere' } });
  await expect(timeline.entriesAbout('0161 Written elsewhere')).toHaveCount(1);
  await expect(timeline.entries).toHaveCount(161);
});

test('a month on the axis that is not loaded yet is loaded and scrolled to', async ({ page, api }) => {
  test.slow();
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Long history' });
  for (let batch = 0; batch < 16; batch += 1) {
    await Promise.all(Array.from({ length: 10 }, (_, i) => api('createDecision', { workspaceId: workspace.id, content: { title: `Entry ${batch * 10 + i + 1}` } })));
  }
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Record decisions', status: 'accepted', date: '2019-05-01' } });
  await page.reload();

  const timeline = new TimelinePage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await timeline.expectShown();
  await expect(timeline.entries).toHaveCount(150);
  await expect(page.getByText('11 not shown yet')).toBeVisible();
  await expect(timeline.entriesAbout('0161 Record decisions')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Months' }).getByRole('link', { name: 'May 2019, 1 event' }).click();
  await expect(page.getByRole('region', { name: 'May 2019' })).toBeInViewport();
  await expect(timeline.entriesAbout('0161 Record decisions')).toHaveCount(1);
  await expect(timeline.entries).toHaveCount(161);
  await expect(page.getByRole('button', { name: /earlier/ })).toBeHidden();
});
