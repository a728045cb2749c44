/**
 * Two tabs of one browser in edit mode (issue 12: the draft is seen by other tabs). When one
 * tab publishes the draft, the other is told, moves to the published version, and never brings
 * back a draft based on the version it replaced: its next edit starts a draft on the published
 * version, which publishes without a conflict. Reloads check what stays.
 */
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { SearchPage } from './pages/SearchPage';

test('another tab publishes the draft: this tab is told, shows the published version, and its next edit is a draft on it; reload', async ({
  page,
  context,
}) => {
  const a = new EditorPage(page);
  await a.start();
  await a.addTopic('Bike repair', 'Réparation de vélo');
  await expect(a.banner).toContainText('1 change saved in the draft.');
  const topicHash = new URL(page.url()).hash;

  // Tab B sees the same draft and publishes it.
  const second = await context.newPage();
  const b = new EditorPage(second);
  await second.goto('./#/admin');
  await expect(b.banner).toContainText('1 change saved in the draft.');
  await b.publish();

  // Tab A is told, and shows the published version: the topic is there, the draft is empty.
  await expect(a.banner).toContainText(/published by another tab as version \d+/i);
  await expect(a.banner).toContainText(/0 changes/);
  const name = page.getByRole('group', { name: 'Name', exact: true }).getByLabel('English');
  await expect(name).toHaveValue('Bike repair');

  // Its next edit is a draft on the published version, seen by tab B and kept by a reload.
  await name.fill('Bike repairs');
  await expect(a.banner).toContainText('1 change saved in the draft.');
  await expect(b.banner).toContainText('1 change saved in the draft.');
  await page.reload();
  await expect(a.banner).toContainText('1 change saved in the draft.');
  await expect(name).toHaveValue('Bike repairs');
  // On an older base it would be refused as stale ("Nothing was published").
  await a.publish();
  await expect(a.banner).not.toContainText(/Nothing was published/);

  // Both tabs, reloaded: the last published version, and no draft.
  for (const tab of [page, second]) {
    await tab.reload();
    await expect(new EditorPage(tab).banner).toBeVisible();
    await expect(new EditorPage(tab).banner).toContainText(/0 changes/);
    await tab.goto(`./${topicHash}`);
    await expect(
      tab.getByRole('group', { name: 'Name', exact: true }).getByLabel('English'),
    ).toHaveValue('Bike repairs');
  }
  await a.banner.getByRole('button', { name: 'Leave edit mode' }).click();
  const search = new SearchPage(page);
  await search.open();
  await search.type('bike repairs');
  await expect(search.answerTitle()).toContainText('Bike repairs');
});
