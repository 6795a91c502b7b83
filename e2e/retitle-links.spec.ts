import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe-check';
import { AppShell } from './models/app-shell';
import { DecisionPage } from './models/decision-page';
import { DecisionsListPage } from './models/decisions-list-page';
import { EditorPage } from './models/editor-page';
import { openRoute } from './open-route';

test('a decision renamed in the editor: the link another decision made from its old title shows the new one, a worded link stays', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL for the ledger' }, links: [] });
  // Links to 0001's file, the first with the text a link Cairn writes gets, the second worded by hand.
  const file = '0001-use-postgresql-for-the-ledger.md';
  const context = `As [Use PostgreSQL for the ledger](${file}) says; see also [the ledger decision](${file}).`;
  const replicas = await api('createDecision', { workspaceId: workspace.id, content: { title: 'Add read replicas', context }, links: [] });

  const shell = new AppShell(page);
  const list = new DecisionsListPage(page);
  const decision = new DecisionPage(page);
  const editor = new EditorPage(page);
  // The linking decision is read first, so the window holds its text when the other is renamed.
  await openRoute(page, `#/decisions/${replicas.id}`);
  await decision.expectShown('0002 Add read replicas');
  await expect(decision.text.getByRole('link', { name: 'Use PostgreSQL for the ledger', exact: true })).toBeVisible();

  await shell.goToDecisions();
  await list.open('0001 Use PostgreSQL for the ledger');
  await decision.expectShown('0001 Use PostgreSQL for the ledger');
  await decision.edit();
  await editor.expectShown('0001 Use PostgreSQL for the ledger');
  await editor.fill({ title: 'Use PostgreSQL 16 for the ledger' });
  await editor.saveAndExpectSaved();
  await decision.expectShown('0001 Use PostgreSQL 16 for the ledger');

  await shell.goToDecisions();
  await list.open('0002 Add read replicas');
  await decision.expectShown('0002 Add read replicas');
  await expect(decision.text.getByRole('link', { name: 'Use PostgreSQL 16 for the ledger', exact: true })).toBeVisible();
  await expect(decision.text.getByRole('link', { name: 'the ledger decision', exact: true })).toBeVisible();
  await expect(decision.text.getByRole('link', { name: 'Use PostgreSQL for the ledger', exact: true })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'decision whose link followed a retitle');

  await decision.openHistory();
  await expect(page.getByRole('main')).toContainText('Links to 0001 show its new title “Use PostgreSQL 16 for the ledger”');
});
