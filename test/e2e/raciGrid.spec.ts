/**
 * Issue 12 item 1: the whole RACI matrix in edit mode (103 topics × 137 positions, virtualised)
 * is usable with the keyboard, and item 2: a shared channel as a topic's Responsible, shown and
 * edited in the matrix. Each test reloads and checks the draft kept the change.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { RaciView } from './pages/ViewsPages';

test('HR opens the full matrix in edit mode and edits a cell far down and right with the keyboard; reload keeps it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  await page.goto('./#/raci');
  const raci = new RaciView(page);
  await expect(raci.summary).toContainText('103 topics × 137 positions');
  // Only the rows and columns in view are in the page, yet the grid says how big it is.
  await expect(raci.grid).toHaveAttribute('aria-rowcount', '104');
  await expect(raci.grid).toHaveAttribute('aria-colcount', '140');
  expect(await raci.grid.locator('button[data-cell]').count()).toBeLessThan(2000);
  // The whole matrix passes axe now that it is not 14,000 buttons.
  await expectNoAxeViolations(page);

  // Tab reaches the grid's one tab stop: the first cell.
  await raci.cell(0, 1).focus();
  await page.keyboard.press('Control+End');
  await expect(raci.focusedCell).toHaveAttribute('data-cell', '102:137');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const target = raci.cell(100, 134);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  const before = (await target.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('Enter');
  await expect(target).not.toHaveAttribute('aria-label', before);
  const after = (await target.getAttribute('aria-label')) ?? '';
  expect(after).toMatch(/: (Responsible|Accountable|Consulted|Informed|no letter)\./);
  await expect(editor.banner).toContainText('1 change saved in the draft.');
  // Page Up / Home move too; the focus stays in the grid.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Home');
  await expect(raci.focusedCell).toHaveAttribute('data-cell', '90:0');

  await page.reload();
  await expect(editor.banner).toBeVisible();
  await raci.cell(0, 1).focus();
  await page.keyboard.press('Control+End');
  await expect(raci.focusedCell).toHaveAttribute('data-cell', '102:137');
  await expect(raci.cell(100, 134)).toHaveAttribute('aria-label', after);
});

test('HR makes a unit’s shared contact the Responsible of a topic in the matrix: the rule check follows; reload keeps it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  await page.goto('./#/raci?unit=legal');
  const raci = new RaciView(page);
  await expect(raci.summary).toContainText('Every topic follows the rule.');
  // Take the first topic's Rs away with the keyboard: R → A → C → I → none.
  const row = raci.grid.getByRole('row').nth(1);
  const topic = (await row.getByRole('rowheader').textContent()) ?? '';
  const responsible = row.getByRole('button', { name: /: Responsible\. Press Enter/ });
  for (let left = await responsible.count(); left > 0; left--) {
    const cell = raci.page.locator(
      `button[data-cell="${await responsible.first().getAttribute('data-cell')}"]`,
    );
    await cell.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    await expect(cell).toHaveAccessibleName(/no letter/);
    await expect(responsible).toHaveCount(left - 1);
  }
  await expect(row).toContainText('No Responsible');

  // Home: the shared channel cell; Enter gives the topic its unit's shared contact.
  await page.keyboard.press('Home');
  const channel = raci.cell(0, 0);
  await expect(channel).toBeFocused();
  await expect(channel).toHaveAccessibleName(
    `${topic} × shared channel: none. Press Enter to make the shared contact of Legal and compliance Responsible.`,
  );
  await page.keyboard.press('Enter');
  await expect(channel).toHaveAccessibleName(
    `${topic} × shared channel: Legal and compliance, Responsible. Press Enter to remove it.`,
  );
  await expect(row).not.toContainText('No Responsible');
  await expect(raci.summary).toContainText('Every topic follows the rule.');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(editor.banner).toBeVisible();
  await expect(raci.cell(0, 0)).toHaveAccessibleName(
    /shared channel: Legal and compliance, Responsible/,
  );
  // The topic's record shows the same channel.
  await row.getByRole('rowheader').getByRole('link').click();
  await expect(
    page.getByTestId('responsible-channel').getByLabel('Answered by the shared contact of'),
  ).toHaveValue('legal');

  // Published, the read-only matrix shows the channel as the topic's R.
  await editor.publish();
  await editor.banner.getByRole('button', { name: 'Leave edit mode' }).click();
  await page.reload();
  await page.goto('./#/raci?unit=legal');
  await expect(raci.table.getByRole('columnheader', { name: 'Shared channel' })).toBeVisible();
  await expect(raci.row(topic).locator('.raci-channel')).toContainText('RLegal and compliance');
});
