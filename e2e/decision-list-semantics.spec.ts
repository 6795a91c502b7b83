import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { createSampleLog } from './sample-log';

test('the decision list is a list whose rows say their place, and the row the arrow keys reach is ringed', async ({ page, api }) => {
  const { ids } = await createSampleLog(api);
  await openRoute(page, '#/decisions');
  const list = page.getByRole('main').getByRole('list', { name: 'Decisions' });
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(ids.length);

  await test.step('each row has its position in the whole list', async () => {
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(ids.length));
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(ids.length));
  });

  await test.step('ArrowDown moves to the next row, which shows a 2px ring like every focused control', async () => {
    await rows.first().getByRole('link').focus();
    await page.keyboard.press('ArrowDown');
    const second = rows.nth(1);
    await expect(second.getByRole('link')).toBeFocused();
    const ring = await second.evaluate((row) => {
      const style = getComputedStyle(row);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(ring).toEqual({ style: 'solid', width: '2px' });
    const firstRing = await rows.first().evaluate((row) => getComputedStyle(row).outlineStyle);
    expect(firstRing).toBe('none');
  });

  await test.step('End reaches the last row, and only one row is in the tab order', async () => {
    await page.keyboard.press('End');
    await expect(rows.last().getByRole('link')).toBeFocused();
    await expect(list.locator('a[tabindex="0"]')).toHaveCount(1);
  });
});
