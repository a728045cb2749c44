/**
 * Issue 12 on a phone (375×812): every record editor, and the admin page in edit mode, fit the
 * screen's width in English and in French (whose labels are the longer): the page never scrolls
 * sideways. The French topic editor's "Canal responsable (…)" group once pushed it 27 px wide
 * (a fieldset is as wide as its content by default).
 */
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';

test.use({ viewport: { width: 375, height: 812 } });

const PAGES = [
  '#/topic/payslip',
  '#/position/strategy-analyst',
  '#/person/p-manon-morin',
  '#/unit/hr',
  '#/admin',
];

test('every record editor and the admin page in edit mode fit a phone, in English and French', async ({
  page,
  shell,
}) => {
  await new EditorPage(page).start();
  for (const lang of ['en', 'fr'] as const) {
    if (lang === 'fr') await shell.switchLanguage('fr');
    for (const hash of PAGES) {
      await page.goto(`./${hash}`);
      const editor = hash === '#/admin' ? page.locator('#checks') : page.locator('.record-editor');
      await expect(editor).toBeVisible();
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, `${lang} ${hash}: px the page scrolls sideways`).toBe(0);
    }
  }
});
