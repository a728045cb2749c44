/**
 * HR edits in the app (issue 12): edit mode, a topic with its service level and RACI, live
 * checks, undo/redo, a draft that survives reloads and is seen by other tabs, publish.
 * Every test reloads and checks the data (draft or published) is still there.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { SearchPage } from './pages/SearchPage';

test('HR adds a topic with a service level, gives it an A and an R, publishes; search answers it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  await editor.addTopic('Tandem bicycle loan', 'Prêt de tandem');
  await page
    .getByRole('group', { name: 'Response time (service level)' })
    .getByLabel('English')
    .fill('2 working days');
  await expect(editor.raciCheck).toContainText(/no Accountable/);
  await editor.giveLetter('chro', 'A');
  await expect(editor.raciCheck).toContainText(/no Responsible/);
  await expect(editor.raciCheck).not.toContainText(/no Accountable/);
  await editor.giveLetter('hr-bp-sales', 'R');
  await expect(editor.raciCheck).toContainText(/RACI rule followed/);
  await expectNoAxeViolations(page);

  // The draft survives a reload, with its edits.
  await page.reload();
  await expect(editor.banner).toBeVisible();
  await expect(editor.raciCheck).toContainText(/RACI rule followed/);
  await expect(page.getByRole('group', { name: 'Name' }).getByLabel('French')).toHaveValue(
    'Prêt de tandem',
  );

  await editor.publish();
  await expectNoAxeViolations(page);
  // Published: after a reload, outside edit mode, search answers with the new topic.
  await editor.banner.getByRole('button', { name: 'Leave edit mode' }).click();
  await expect(editor.banner).toBeHidden();
  await page.reload();
  // The published version is HR's own data: the start-up keeps it instead of the demo file.
  await expect(page.getByTestId('data-status')).toContainText('published in the app');
  const search = new SearchPage(page);
  await search.open();
  await search.type('tandem');
  await expect(search.answerTitle()).toContainText('Tandem bicycle loan');
  await expect(search.answerCard).toContainText('2 working days');
});
