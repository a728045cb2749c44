/**
 * HR edits in the app (issue 12): edit mode, a topic with its service level and RACI, live
 * checks, undo/redo, a draft that survives reloads and is seen by other tabs, publish.
 * Every test reloads and checks the data (draft or published) is still there.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';
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
  await expect(
    page.getByRole('group', { name: 'Name', exact: true }).getByLabel('French'),
  ).toHaveValue('Prêt de tandem');

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

test('HR edits a RACI cell with the keyboard in the matrix; undo, redo; reload keeps the draft; a second tab sees it', async ({
  page,
  context,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  // One unit's topics: a matrix small enough for axe to check in a moment.
  await page.goto('./#/raci?unit=legal');
  const first = page.locator('button[data-cell="0:1"]');
  await expect(first).toBeVisible();
  // Checked at the top of the page (scrolled, the sticky header covers the filters).
  await expectNoAxeViolations(page);
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const cell = page.locator('button[data-cell="0:2"]');
  await expect(cell).toBeFocused();
  const before = (await cell.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('Enter');
  await expect(cell).not.toHaveAttribute('aria-label', before);
  const after = (await cell.getAttribute('aria-label')) ?? '';
  await expect(editor.banner).toContainText('1 change saved in the draft.');

  // Ctrl+Z undoes, Ctrl+Y redoes (focus stays in the grid).
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveAttribute('aria-label', before);
  await page.keyboard.press('Control+y');
  await expect(cell).toHaveAttribute('aria-label', after);

  await page.reload();
  await expect(editor.banner).toBeVisible();
  await expect(page.locator('button[data-cell="0:2"]')).toHaveAttribute('aria-label', after);

  // Another tab of the same browser opens the same draft, and follows this tab's edits.
  const second = await context.newPage();
  await second.goto('./#/raci?unit=legal');
  const secondCell = second.locator('button[data-cell="0:2"]');
  await expect(secondCell).toHaveAttribute('aria-label', after);
  await page.locator('button[data-cell="0:2"]').focus();
  await page.keyboard.press('Enter');
  // Wait for the cell to change before reading it (reading at once races the re-render).
  await expect(page.locator('button[data-cell="0:2"]')).not.toHaveAttribute('aria-label', after);
  const third = (await page.locator('button[data-cell="0:2"]').getAttribute('aria-label')) ?? '';
  await expect(secondCell).toHaveAttribute('aria-label', third);
  await second.close();
});

test('HR edits a position: moves it by choosing the manager, assigns a person, adds a report, deletes it; reload keeps the draft', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  await page.goto('./#/position/hr-hris');
  const form = page.getByRole('group', { name: 'Edit this position' });
  await expect(form).toBeVisible();
  await expect(page.getByTestId('position-manager')).toContainText('(hr-svc-mgr)');

  // Move under another manager by choosing it in the record.
  const manager = form.getByLabel('Move under another manager');
  await manager.fill('talent-mgr');
  await manager.press('Enter');
  await expect(page.getByTestId('position-manager')).toContainText(
    'Reports to: Head of talent and learning',
  );
  await editor.undo.click();
  await expect(page.getByTestId('position-manager')).toContainText('(hr-svc-mgr)');
  await editor.redo.click();
  await expect(page.getByTestId('position-manager')).toContainText('(talent-mgr)');

  // Purpose, assistant flag, backup, a second holder.
  await page
    .getByRole('group', { name: 'Purpose' })
    .getByLabel('English')
    .fill('Keeps HR data right');
  await form.getByLabel('Assistant to the manager').check();
  const backup = form.getByLabel('Choose the backup position');
  await backup.fill('hr-benefits');
  await backup.press('Enter');
  await expect(page.getByTestId('position-backup')).toContainText('(hr-benefits)');
  const assign = form.getByLabel('Assign a person');
  await assign.fill('p-felix-koch');
  await assign.press('Enter');
  await expect(page.getByTestId('position-holders')).toContainText('(p-felix-koch)');
  await expectNoAxeViolations(page);

  // A new report: its own page opens, reporting to this position.
  await form.getByLabel('Add a report — Title of the new position').fill('HR data analyst');
  await form.getByRole('button', { name: 'Add a report', exact: true }).click();
  await expect(page).toHaveURL(/#\/position\/(?!hr-hris)/);
  await expect(page.getByTestId('position-manager')).toContainText('(hr-hris)');
  const newUrl = page.url();

  await page.reload();
  await expect(editor.banner).toBeVisible();
  await expect(page.getByTestId('position-manager')).toContainText('(hr-hris)');
  await page.goto('./#/position/hr-hris');
  await expect(page.getByTestId('position-manager')).toContainText('(talent-mgr)');
  await expect(page.getByTestId('position-holders')).toContainText('(p-felix-koch)');
  await expect(page.getByRole('group', { name: 'Purpose' }).getByLabel('English')).toHaveValue(
    'Keeps HR data right',
  );

  // Delete the new report (asks first).
  await page.goto(newUrl);
  await page.getByRole('button', { name: 'Delete the position' }).click();
  await page.getByRole('button', { name: 'Yes, go ahead' }).click();
  await expect(page).toHaveURL(/#\/position\/hr-hris$/);
  await page.goto(newUrl);
  await expect(page.getByRole('group', { name: 'Edit this position' })).toBeHidden();
});

test('HR drags a position onto another manager on the chart, undoes, redoes (on another page), reloads: the draft is intact', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  const chart = new ChartPage(page);
  await chart.open();
  await expect(chart.node('general-counsel')).toBeVisible();
  await expect(chart.node('general-counsel')).toHaveClass(/draggable/);
  await chart.dragOnto('general-counsel', 'comms-director');
  await expect(editor.banner).toContainText('1 change saved in the draft.');
  const manager = page.getByTestId('position-manager');
  await page.goto('./#/position/general-counsel');
  await expect(manager).toContainText('(comms-director)');

  // Undo on the chart with the keyboard, redo on the record page.
  await chart.open();
  await page.keyboard.press('Control+z');
  await expect(editor.banner).toContainText('0 changes saved in the draft.');
  await page.goto('./#/position/general-counsel');
  await expect(manager).toContainText('(ceo)');
  await page.keyboard.press('Control+Shift+z');
  await expect(manager).toContainText('(comms-director)');
  // "Saved" once IndexedDB has the redo (a reload before it lost it once under load).
  await expect(editor.banner).toContainText('1 change saved in the draft.');

  await page.reload();
  await expect(editor.banner).toContainText('1 change saved in the draft.');
  await expect(manager).toContainText('(comms-director)');
  // Outside edit mode the chart is read-only: cards do not move.
  await editor.banner.getByRole('button', { name: 'Leave edit mode' }).click();
  await chart.open();
  await expect(chart.node('comms-director')).not.toHaveClass(/draggable/);
});

test('HR edits a person and a unit; reload keeps the draft', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.start();
  await page.goto('./#/person/p-gael-muller');
  const person = page.getByRole('group', { name: 'Edit this person' });
  await person.getByLabel('Time zone (e.g. Europe/Paris)').fill('America/Toronto');
  await person.getByLabel('Away until').fill('2027-01-15');
  await page.goto('./#/unit/legal');
  const unit = page.getByRole('group', { name: 'Edit this unit' });
  await unit
    .getByRole('group', { name: 'Mission' })
    .getByLabel('English')
    .fill('Keeps every contract lawful');
  await unit.getByLabel('Colour on the chart').fill('#12');
  await expect(unit.getByLabel('Colour on the chart')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.checkSummary).toContainText('1 error');
  await unit.getByLabel('Colour on the chart').fill('#123456');
  await expect(editor.checkSummary).toContainText('0 errors');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(editor.banner).toBeVisible();
  await expect(page.getByText('Keeps every contract lawful').first()).toBeVisible();
  await expect(unit.getByLabel('Colour on the chart')).toHaveValue('#123456');
  await page.goto('./#/person/p-gael-muller');
  await expect(person.getByLabel('Time zone (e.g. Europe/Paris)')).toHaveValue('America/Toronto');
  await expect(person.getByLabel('Away until')).toHaveValue('2027-01-15');
});

test('HR adds a person and a unit, deletes others after a confirmation that says what happens to their seats and records; undo; reload keeps the draft', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const heading = page.getByRole('heading', { level: 1 });
  await editor.start();

  // A new unit under Legal, from the admin page.
  const addUnit = page.getByRole('form', { name: 'Add a unit' });
  await addUnit.getByLabel('Unit name in English').fill('Contract desk');
  await addUnit.getByLabel('Unit name in French').fill('Bureau des contrats');
  await addUnit.getByLabel('Part of (parent unit)').selectOption('legal');
  await addUnit.getByRole('button', { name: 'Add the unit' }).click();
  await expect(heading).toHaveText('Contract desk');
  const newUnitUrl = page.url();

  // A new person, from the admin page; another one straight into a seat.
  await page.goto('./#/admin');
  await page.getByRole('form', { name: 'Add a person' }).getByLabel('Full name').fill('Zoé Tandem');
  await page.getByRole('button', { name: 'Add the person' }).click();
  await expect(heading).toHaveText('Zoé Tandem');
  const newPersonUrl = page.url();
  await page.goto('./#/position/hr-hris');
  await page.getByLabel('Full name of the new holder').fill('Yann Nouveau');
  await page.getByRole('button', { name: 'Add the person' }).click();
  await expect(page.getByTestId('position-holders')).toContainText('Yann Nouveau');

  // Deleting a person: the confirmation names the seat they leave, which becomes vacant.
  await page.goto('./#/person/p-pauline-legrand');
  await page.getByRole('button', { name: 'Delete this person' }).click();
  const impact = page.getByTestId('delete-impact');
  await expect(impact).toContainText('They leave 1 seat: Facilities manager');
  await expect(impact).toContainText('1 seat becomes vacant');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, go ahead' }).click();
  await expect(editor.banner).toContainText(
    'Pauline Legrand was deleted. Seats left: 1; now vacant: 1.',
  );
  await page.goto('./#/position/fac-mgr');
  await expect(page.getByTestId('position-holders')).toHaveText('Vacant: nobody holds this seat.');

  // Deleting a unit: cancelled first (nothing changes), then confirmed.
  await page.goto('./#/unit/fac');
  await expect(editor.banner).toContainText('4 changes saved in the draft.');
  await page.getByRole('button', { name: 'Delete this unit' }).click();
  await expect(impact).toContainText('Its 1 sub-unit moves to “Northwind Logistics”.');
  await expect(impact).toContainText('Its 8 positions move to “Northwind Logistics”.');
  await expect(impact).toContainText('Its 7 services move to “Northwind Logistics”.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(impact).toBeHidden();
  await expect(heading).toHaveText('Facilities');
  await expect(editor.banner).toContainText('4 changes saved in the draft.');
  await page.getByRole('button', { name: 'Delete this unit' }).click();
  await page.getByRole('button', { name: 'Yes, go ahead' }).click();
  // The parent unit's page: the sub-unit and the positions are now its own.
  await expect(heading).toHaveText('Northwind Logistics');
  await expect(editor.banner).toContainText(
    'Moved to “Northwind Logistics”: sub-units 1, positions 8, services 7.',
  );
  await expect(page.getByRole('region', { name: 'Sub-units' })).toContainText('Site security');
  await expect(page.getByRole('heading', { name: /Positions/ })).toContainText('(8)');
  await expect(editor.checkSummary).toContainText('0 errors');

  // Everything survives a reload.
  await page.reload();
  await expect(editor.banner).toContainText('5 changes saved in the draft.');
  await expect(page.getByRole('region', { name: 'Sub-units' })).toContainText('Site security');
  await page.goto('./#/unit/fac');
  await expect(page.getByText('This unit does not exist in the organisation data.')).toBeVisible();
  await page.goto('./#/person/p-pauline-legrand');
  await expect(page.getByText('No person with the id “p-pauline-legrand”.')).toBeVisible();
  await page.goto(newPersonUrl);
  await expect(heading).toHaveText('Zoé Tandem');
  await page.goto(newUnitUrl);
  await expect(heading).toHaveText('Contract desk');
  await expect(page.getByLabel('Part of (parent unit)')).toHaveValue('legal');

  // Undo brings the unit back, with its records.
  await editor.undo.click();
  await page.goto('./#/unit/fac');
  await expect(heading).toHaveText('Facilities');
  await expect(page.getByRole('region', { name: 'Sub-units' })).toContainText('Site security');
});

test('HR names a shared channel as the Responsible of a topic: the RACI rule follows it; reload keeps it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.start();
  await editor.addTopic('Badge reader fault', 'Lecteur de badge en panne');
  await editor.giveLetter('chro', 'A');
  await expect(editor.raciCheck).toContainText(/no Responsible/);

  const channel = page.getByTestId('responsible-channel');
  const unit = channel.getByLabel('Answered by the shared contact of');
  // A unit without a shared contact is flagged next to the choice.
  await unit.selectOption('cs-care');
  await expect(channel).toContainText('This unit has no shared contact');
  await unit.selectOption('it-help');
  await expect(channel).not.toContainText('This unit has no shared contact');
  await expect(editor.raciCheck).toContainText(/RACI rule followed/);
  await channel
    .getByRole('group', { name: 'Name of the channel' })
    .getByLabel('English')
    .fill('IT service desk');
  await channel.getByLabel('Email').fill('servicedesk@northwind.example');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(editor.banner).toBeVisible();
  await expect(unit).toHaveValue('it-help');
  await expect(channel.getByLabel('Email')).toHaveValue('servicedesk@northwind.example');
  await expect(editor.raciCheck).toContainText(/RACI rule followed/);

  // Emptying every part removes the channel: the topic has no Responsible again.
  await unit.selectOption('');
  await channel.getByLabel('Email').fill('');
  await channel.getByRole('group', { name: 'Name of the channel' }).getByLabel('English').fill('');
  await expect(editor.raciCheck).toContainText(/no Responsible/);
});

test('Preview shows the draft against the current data; Discard asks first: Cancel keeps the draft, Yes clears it; reload', async ({
  page,
}) => {
  // Three reloads and two previews: longer than most journeys on a loaded CI machine.
  test.slow();
  const editor = new EditorPage(page);
  await editor.start();
  // Two edits on two kinds of record.
  await page.goto('./#/unit/legal');
  await page
    .getByRole('group', { name: 'Edit this unit' })
    .getByRole('group', { name: 'Mission' })
    .getByLabel('English')
    .fill('Keeps every contract lawful');
  await page.goto('./#/position/hr-hris');
  await page
    .getByRole('group', { name: 'Purpose' })
    .getByLabel('English')
    .fill('Keeps HR data right');
  await expect(editor.banner).toContainText('2 changes saved in the draft.');

  const diff = await editor.openPreview();
  await expect(editor.diffCount('Units', 2)).toHaveText('1');
  await expect(editor.diffCount('Positions', 2)).toHaveText('1');
  await expect(editor.diffCount('People', 2)).toHaveText('0');
  await expect(editor.diffCount('Topics', 2)).toHaveText('0');
  await expect(diff.getByRole('heading', { level: 3 })).toContainText('2 changes');
  // The changed unit, field by field: the current text before, the draft's after.
  await diff.locator('summary', { hasText: 'Units' }).click();
  await diff.locator('summary', { hasText: 'Legal and compliance' }).click();
  const row = diff.getByRole('row', { name: /^mission/ });
  await expect(row.locator('.diff-before')).toContainText(
    'Contracts, personal data, ethics and compliance.',
  );
  await expect(row.locator('.diff-after')).toContainText('Keeps every contract lawful');
  await expectNoAxeViolations(page);

  // Discard asks first; Cancel keeps every change, also after a reload.
  const discard = page.getByRole('button', { name: 'Discard the draft' });
  await discard.click();
  const dialog = page.getByRole('alertdialog', {
    name: 'Discard every change of the draft? This cannot be undone.',
  });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.banner).toContainText('2 changes saved in the draft.');
  await page.reload();
  await expect(editor.banner).toContainText('2 changes saved in the draft.');
  await page.goto('./#/unit/legal');
  await expect(page.getByText('Keeps every contract lawful').first()).toBeVisible();

  // Yes clears the draft: the current data is back, and stays back after a reload.
  await page.goto('./#/admin');
  await discard.click();
  await dialog.getByRole('button', { name: 'Yes, go ahead' }).click();
  await expect(editor.banner).toContainText('The draft was discarded.');
  await expect(editor.banner).toContainText('0 changes saved in the draft.');
  await page.reload();
  await expect(editor.banner).toContainText('0 changes saved in the draft.');
  const after = await editor.openPreview();
  await expect(after.getByTestId('no-changes')).toBeVisible();
  await page.goto('./#/unit/legal');
  await expect(
    page.getByText('Contracts, personal data, ethics and compliance.').first(),
  ).toBeVisible();
  await expect(page.getByText('Keeps every contract lawful')).toHaveCount(0);
  await page.goto('./#/position/hr-hris');
  await expect(page.getByRole('group', { name: 'Purpose' }).getByLabel('English')).toHaveValue(
    'Keep the HR portal and employee records right.',
  );
});
