import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expect, test } from './fixtures';
import { AppShell } from './models/app-shell';
import { DecisionPage } from './models/decision-page';
import { DecisionsListPage } from './models/decisions-list-page';
import { EditorPage } from './models/editor-page';
import { HistoryPage } from './models/history-page';
import { ReviewPage } from './models/review-page';
import { createSampleLog, sampleName } from './sample-log';
import { publishForReadme, saveScreenshot } from './screenshots';

const POSTGRES = '0001 Use PostgreSQL for the ledger';
const COCKROACH = '0002 Use CockroachDB for the ledger';

test('a person writes a decision, accepts it, supersedes it, reads its history, and deletes and restores one', async ({ page }) => {
  const shell = new AppShell(page);
  const list = new DecisionsListPage(page);
  const editor = new EditorPage(page);
  const decision = new DecisionPage(page);

  await test.step('first start asks for the name, then for a workspace', async () => {
    await shell.enterName('Ada Lovelace');
    await shell.createFirstWorkspace('Payments platform');
    await list.expectLoaded();
    await expect(page.getByRole('heading', { name: 'No decisions yet' })).toBeVisible();
  });

  await test.step('write an ADR from the MADR 4 template and watch the live preview', async () => {
    await list.newDecision('Use PostgreSQL for the ledger');
    // Not kept until it is saved: no number yet, in the heading or the preview.
    await editor.expectNew();
    await expect(editor.preview.getByRole('heading', { name: 'Use PostgreSQL for the ledger', exact: true })).toBeVisible();

    const context = 'The ledger needs transactions that never lose a committed entry. Which database should hold it?';
    await editor.fill({ sections: { 'Context and Problem Statement': context } });
    await expect(editor.preview).toContainText(context);

    await editor.fill({
      decisionMakers: 'Ada Lovelace, Grace Hopper',
      consulted: 'Alan Turing',
      tags: 'database, ledger',
      sections: {
        'Decision Drivers': '* no committed entry is ever lost\n* the team can run it at 3 a.m.',
        'Decision Outcome': 'it is the database the team runs best.',
        Consequences: '* Good, because backups and failover are well understood',
      },
      options: [
        { name: 'PostgreSQL', description: 'The relational database we already run.', pros: ['the team knows it well', 'serializable transactions'], cons: ['one region only'] },
        { name: 'MongoDB', pros: ['flexible documents'], cons: ['multi-document transactions are young'] },
      ],
      chosenOption: 'PostgreSQL',
    });
    await expect(editor.preview).toContainText('Chosen option: "PostgreSQL", because it is the database the team runs best.');
    await expect(editor.preview).toContainText('Good, because serializable transactions');
    await expect(editor.preview).toContainText('Bad, because multi-document transactions are young');
    await expect(editor.preview).toContainText('Decision-makers: Ada Lovelace, Grace Hopper');
    await editor.field('Title').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'editor');

    await editor.saveAndExpectSaved();
    await decision.expectShown(POSTGRES);
    await expect(decision.text.getByRole('heading', { name: 'Decision Drivers' })).toBeVisible();
    await expect(decision.text.getByRole('heading', { name: 'Pros and Cons of the Options' })).toBeVisible();
    await expect(decision.text).toContainText(context);
    await expect(decision.detail('Decision-makers')).toHaveText('Ada Lovelace, Grace Hopper');
    await expect(decision.detail('Tags')).toContainText('#database');
  });

  await test.step('a new decision is proposed; accept it with the Status select', async () => {
    await expect(decision.status.locator('option:checked')).toHaveText('Proposed');
    await decision.changeStatus('Accepted');
    await saveScreenshot(page, 'decision');
  });

  await test.step('the history lists each save, and a diff shows what changed', async () => {
    await decision.openHistory();
    const history = new HistoryPage(page);
    await history.expectShown(POSTGRES);
    // The first save created it with everything written in the editor; the status change is the second.
    await expect(history.revisions).toHaveCount(2);
    await expect(history.revision(1)).toContainText('Ada Lovelace');
    await history.compare(1, 2);
    await expect(history.removedLines()).toHaveText([/Status: Proposed/]);
    await expect(history.addedLines()).toHaveText([/Status: Accepted/]);
    await saveScreenshot(page, 'history');
    await page.getByRole('link', { name: 'Back to the decision' }).click();
    await decision.expectShown(POSTGRES);
  });

  await test.step('supersede it with a new decision: the old one is "being superseded" until the new one is accepted', async () => {
    await decision.supersedeWith('0001', 'Use CockroachDB for the ledger');
    await expect(page.getByText(`Supersedes ${POSTGRES}. Not saved yet: its number is assigned when you save.`)).toBeVisible();
    await editor.fill({ sections: { 'Context and Problem Statement': 'The ledger now has to run in two regions.' } });
    await editor.saveAndExpectSaved();
    await decision.expectShown(COCKROACH);
    await decision.link('Will supersede', POSTGRES).click();
    await decision.expectShown(POSTGRES);
    await expect(decision.status.locator('option:checked')).toHaveText('Accepted');
    await decision.link('Being superseded by', COCKROACH).click();

    await decision.expectShown(COCKROACH);
    await decision.changeStatus('Accepted');
    await decision.link('Supersedes', POSTGRES).click();

    await decision.expectShown(POSTGRES);
    await expect(decision.status.locator('option:checked')).toHaveText('Superseded');
    await expect(decision.link('Superseded by', COCKROACH)).toBeVisible();

    await shell.goToDecisions();
    await list.expectRows([COCKROACH, POSTGRES]);
    await expect(list.rowItem(POSTGRES)).toContainText('Superseded');
  });

  await test.step('delete asks first, and Undo brings the decision back', async () => {
    await list.open(COCKROACH);
    await decision.expectShown(COCKROACH);
    await decision.deleteConfirmed(COCKROACH);
    await list.expectLoaded();
    await expect(shell.toast(`Deleted ${COCKROACH}`)).toBeVisible();
    await list.expectRows([POSTGRES]);

    await shell.toasts.getByRole('button', { name: 'Undo' }).click();
    await expect(shell.toast(`Restored ${COCKROACH}`)).toBeVisible();
    await list.expectRows([COCKROACH, POSTGRES]);
    await list.open(POSTGRES);
    await expect(decision.link('Superseded by', COCKROACH)).toBeVisible();
  });
});

test('search and facet filters narrow the decision list', async ({ page, api }) => {
  await createSampleLog(api);
  await page.reload();
  const list = new DecisionsListPage(page);
  const all = [9, 8, 7, 6, 5, 4, 3, 2, 1].map(sampleName);
  await list.expectRows(all);

  await page.keyboard.press('/');
  await expect(list.search).toBeFocused();
  await page.keyboard.type('ledger');
  await expect(list.rowLinks()).toHaveText([sampleName(7), sampleName(2)]);
  await expect(list.rowItem(sampleName(7)).locator('mark').first()).toHaveText(/ledger/i);
  await list.searchFor('');
  await list.expectRows(all);

  await expect(list.statusFacet('Rejected')).toHaveAccessibleName(/^Rejected \(\s*1\s*\)$/);
  await list.statusFacet('Rejected').check();
  await list.expectRows([sampleName(6)]);
  await list.statusFacet('Rejected').uncheck();

  await list.tagFacet('security').check();
  await list.expectRows([sampleName(9), sampleName(5)]);
  // The Person field matches a whole name (its list suggests them), in any case.
  await list.person().fill('grace hopper');
  await list.expectRows([sampleName(5)]);

  await list.clearFilters();
  await list.expectRows(all);
  await expect(list.tagFacet('security')).not.toBeChecked();

  await list.searchFor('zebra crossing');
  await expect(page.getByRole('heading', { name: 'No decisions match' })).toBeVisible();
  await page.getByRole('region', { name: 'Results' }).getByRole('button', { name: 'Clear filters' }).click();
  await list.expectRows(all);
});

test('a team adds its own status and uses it', async ({ page, api }) => {
  await createSampleLog(api);
  await page.reload();
  await new DecisionsListPage(page).open(sampleName(9));
  const decision = new DecisionPage(page);
  await decision.expectShown(sampleName(9));

  await decision.addCustomStatus('On hold');
  await expect(page.getByRole('status').getByText('Added status On hold')).toBeVisible();
  await decision.changeStatus('On hold');

  await new AppShell(page).goToDecisions();
  const list = new DecisionsListPage(page);
  await expect(list.rowItem(sampleName(9))).toContainText('On hold');
  await list.statusFacet('On hold').check();
  await list.expectRows([sampleName(9)]);
});

test('Due for review shows decisions whose review-by date has come, and those coming up', async ({ page, api }) => {
  const { ids } = await createSampleLog(api);
  const soon = addDays(toCalendarDate(new Date()), 10);
  await api('updateDecision', { id: ids[4]!, baseRevision: 1, changes: { reviewBy: soon } });
  await page.reload();

  const list = new DecisionsListPage(page);
  await list.open(sampleName(8));
  const decision = new DecisionPage(page);
  await decision.expectShown(sampleName(8));
  await decision.edit();
  const editor = new EditorPage(page);
  await editor.fill({ reviewBy: '2026-01-15' });
  await editor.saveAndExpectSaved();
  await expect(decision.detail('Review by')).toHaveText('2026-01-15');

  await new AppShell(page).goToReview();
  const review = new ReviewPage(page);
  await expect(review.heading).toBeVisible();
  await expect(review.section('Due now').getByRole('link')).toHaveText([sampleName(8)]);
  await expect(review.section('Due now')).toContainText('2026-01-15');
  await expect(review.section(/^Coming up in 30 days$/).getByRole('link')).toHaveText([sampleName(5)]);
  await saveScreenshot(page, 'review');
});

test('invalid input is refused with an error that names the field, and nothing is lost', async ({ page, api }) => {
  await createSampleLog(api);
  await page.reload();
  const list = new DecisionsListPage(page);
  await list.open(sampleName(4));
  const decision = new DecisionPage(page);
  await decision.edit();
  const editor = new EditorPage(page);
  await editor.expectShown(sampleName(4));

  await editor.fill({ title: '   ' });
  await editor.save();
  await expect(page.getByRole('alert')).toContainText(/title/i);
  await expect(editor.field('Title')).toHaveAttribute('aria-invalid', 'true');
  await editor.expectShown(sampleName(4));

  await editor.fill({ title: 'Work trunk-based with short-lived flags', tags: 'process, two words' });
  await editor.save();
  await expect(page.getByRole('alert')).toContainText(/tags/i);
  await expect(editor.field('Tags')).toBeFocused();

  await editor.fill({ tags: 'process, delivery' });
  await editor.saveAndExpectSaved();
  await decision.expectShown('0004 Work trunk-based with short-lived flags');
});

test('the decision list of a team in full swing (README screenshot)', async ({ page, api }) => {
  await createSampleLog(api);
  await page.reload();
  const list = new DecisionsListPage(page);
  await list.expectRows([9, 8, 7, 6, 5, 4, 3, 2, 1].map(sampleName));
  await expect(list.rowItem(sampleName(2))).toContainText('Superseded');
  publishForReadme(await saveScreenshot(page, 'list'), 'decisions');
});
