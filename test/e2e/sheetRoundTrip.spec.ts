/**
 * Issue 12 item 5: the RACI matrix and the service catalogue go out as XLSX/CSV and come back
 * as ONE draft edit; a file with a bad cell says where and changes nothing. The test edits the
 * exported workbook with SheetJS, as HR's Excel would.
 */
import { read, utils, write } from '@e965/xlsx';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { SheetToolsPage } from './pages/SheetToolsPage';

const NEXT: Record<string, string> = { '': 'I', R: 'A', A: 'C', C: 'I', I: '' };

test('HR exports the matrix to XLSX, changes two cells, imports it: exactly those two changes in the preview; undo; reload keeps the draft', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  // One unit's matrix (the export is the whole matrix whatever the filter).
  await page.goto('./#/raci?unit=legal');
  const sheets = new SheetToolsPage(page);
  // The page and the editor's chunk load lazily (slow on a loaded CI machine).
  await expect(sheets.section).toBeVisible({ timeout: 60_000 });
  const { bytes, fileName } = await sheets.export('raci', 'XLSX');
  expect(fileName).toMatch(/raci.*\.xlsx$/);

  // Change two cells of two different positions, as HR would in Excel.
  const book = read(bytes, { type: 'buffer' });
  const sheetName = book.SheetNames[0] ?? '';
  expect(sheetName).toBe('RACI');
  const rows = utils.sheet_to_json<string[]>(book.Sheets[sheetName]!, {
    header: 1,
    defval: '',
    raw: false,
  });
  const header = rows[0] ?? [];
  // The topic's shared channel (as the matrix shows it), then one column per position.
  expect(header.slice(0, 3)).toEqual(['Topic id', 'Topic', 'Shared channel']);
  const positionOf = (column: number) => /\(([^()]*)\)$/.exec(header[column] ?? '')?.[1] ?? '';
  const changes = [
    { row: 1, column: 3 },
    { row: 2, column: 4 },
  ].map(({ row, column }) => {
    const before = rows[row]?.[column] ?? '';
    const after = NEXT[before] ?? 'I';
    rows[row]![column] = after;
    return { topic: rows[row]?.[0] ?? '', position: positionOf(column), after };
  });
  expect(changes[0]?.position).not.toBe(changes[1]?.position);
  const edited = utils.book_new();
  utils.book_append_sheet(edited, utils.aoa_to_sheet(rows), sheetName);
  const xlsx = write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await sheets.import('raci-edited.xlsx', xlsx);
  await expect(sheets.outcome).toContainText(
    'raci-edited.xlsx: 2 cells changed, added to the draft as one step',
  );
  await expect(editor.banner).toContainText('1 change saved in the draft.');

  const expectTheTwoChanges = async () => {
    const diff = await editor.openPreview();
    await expect(editor.diffCount('Positions', 2)).toHaveText('2');
    for (const kind of ['Units', 'People', 'Topics'] as const)
      await expect(editor.diffCount(kind, 2)).toHaveText('0');
    await expect(editor.diffCount('Positions', 1)).toHaveText('0');
    await expect(editor.diffCount('Positions', 3)).toHaveText('0');
    await diff.locator('details.diff-kind > summary').filter({ hasText: 'Positions' }).click();
    const changed = diff.locator('li.diff-changed');
    await expect(changed).toHaveCount(2);
    for (const c of changes) {
      const id = page.locator('code.diff-id').getByText(c.position, { exact: true });
      const item = changed.filter({ has: id });
      await expect(item).toContainText('(responsibilities)');
      await item.locator('summary').click();
      const after = item.locator('td.diff-after');
      if (c.after === '') await expect(after).not.toContainText(`"topicId":"${c.topic}"`);
      else await expect(after).toContainText(`"topicId":"${c.topic}","role":"${c.after}"`);
    }
  };
  await expectTheTwoChanges();

  // Data is never lost: the draft survives a reload.
  await page.reload();
  await expect(editor.banner).toContainText('1 change saved in the draft.');
  await expectTheTwoChanges();

  // One step: Undo takes both cells back, Redo brings both.
  const changed = page.locator('section.diff-preview li.diff-changed');
  await editor.undo.click();
  await expect(changed).toHaveCount(0);
  await editor.redo.click();
  await expect(editor.diffCount('Positions', 2)).toHaveText('2');
});

test('a CSV with bad cells says where (sheet, cell, row, column, heading) and changes nothing, even after a reload', async ({
  page,
  shell,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  const sheets = new SheetToolsPage(page);
  // The page and the editor's chunk load lazily (slow on a loaded CI machine).
  await expect(sheets.section).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(page);
  const { bytes } = await sheets.export('raci', 'CSV');
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFFTopic id,Topic,')).toBe(true);
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  const cells = (lines[1] ?? '').split(',');
  const heading = (lines[0] ?? '').split(',')[3] ?? '';
  // The shared channel column takes R or nothing; the positions' columns R, A, C, I or nothing.
  cells[2] = 'A';
  cells[3] = 'X';
  cells[4] = '"=HYPERLINK(""https://evil.example"",""R"")"';
  lines[1] = cells.join(',');
  // A valid change elsewhere in the file: refused with the rest (the whole file or nothing).
  const valid = (lines[2] ?? '').split(',');
  valid[3] = valid[3] === 'I' ? 'C' : 'I';
  lines[2] = valid.join(',');
  await sheets.import('raci.csv', Buffer.from(lines.join('\r\n'), 'utf8'));

  await expect(sheets.outcome).toContainText(
    'raci.csv was not imported: 3 errors. The draft is unchanged.',
  );
  await expect(sheets.errors).toContainText(
    'Sheet “raci.csv”, cell C2 (row 2, column C, “Shared channel”): “A” is not allowed in the shared channel column',
  );
  await expect(sheets.errors).toContainText(
    `Sheet “raci.csv”, cell D2 (row 2, column D, “${heading}”): “X” is not a RACI letter`,
  );
  await expect(sheets.errors).toContainText('cell E2 (row 2, column E');
  await expect(sheets.errors).toContainText('is a formula');
  await expect(editor.banner).toContainText('0 changes saved in the draft.');
  await expectNoAxeViolations(page);

  // The same file in French says it in French.
  await shell.switchLanguage('fr');
  await sheets.import('raci.csv', Buffer.from(lines.join('\r\n'), 'utf8'));
  await expect(sheets.outcome).toContainText(
    'raci.csv n’a pas été importé\u00a0: 3 erreurs. Le brouillon est inchangé.',
  );
  await expect(sheets.errors).toContainText(
    `Feuille «\u00a0raci.csv\u00a0», cellule D2 (ligne 2, colonne D, «\u00a0${heading}\u00a0»)\u00a0: «\u00a0X\u00a0» n’est pas une lettre RACI`,
  );
  await expect(sheets.errors).toContainText(
    'cellule C2 (ligne 2, colonne C, «\u00a0Shared channel\u00a0»)\u00a0: «\u00a0A\u00a0» n’est pas permis',
  );
  await shell.switchLanguage('en');

  // Nothing was stored: after a reload the draft is empty and exports the same matrix.
  await page.reload();
  await expect(editor.banner).toContainText('0 changes saved in the draft.');
  await expect(sheets.section).toBeVisible({ timeout: 60_000 });
  const again = await sheets.export('raci', 'CSV');
  expect(again.bytes.equals(bytes)).toBe(true);
});
