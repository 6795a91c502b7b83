import { expect, test } from './fixtures';
import { DecisionsListPage } from './models/decisions-list-page';
import { EditorPage } from './models/editor-page';
import { openRoute } from './open-route';

/*
 * A new decision is dated by the writer's day, not the host's. Kiritimati is 14 hours ahead of UTC
 * and Pago Pago 11 behind: at any hour at least one of them is on another day than a host in UTC.
 */
for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test.describe(`a writer in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('dates a new decision by the day where they are', async ({ page, api }) => {
      await api('setProfile', { name: 'Ada Lovelace' });
      await api('createWorkspace', { name: 'Payments platform' });
      await openRoute(page, '#/decisions');
      const writersDay = await page.evaluate(() => {
        const now = new Date();
        return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      });
      const editor = new EditorPage(page);
      await new DecisionsListPage(page).newDecision('Use PostgreSQL for the ledger');
      await editor.expectNew();
      await expect(editor.field('Date')).toHaveValue(writersDay);
      await editor.saveAndExpectSaved();
      const [saved] = (await api('searchDecisions', { workspaceId: (await api('listWorkspaces', {}))[0]!.id, query: '' })).items;
      expect(saved?.date).toBe(writersDay);
    });
  });
}
