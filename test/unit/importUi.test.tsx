import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { getCurrent } from '../../src/db/orgRepository';
import { applyImport } from '../../src/db/importRepository';
import { AdminPage } from '../../src/features/admin/AdminPage';
import { DiffPreview } from '../../src/features/admin/DiffPreview';
import { diffOrg, summarizeDiff } from '../../src/domain/diff';
import { cappedDiff } from '../../src/import/importSession';
import i18n from '../../src/i18n/i18n';
import { useAdminStore } from '../../src/store/adminStore';
import { useOrgStore } from '../../src/store/orgStore';
import { smallOrg } from '../fixtures/import/smallOrg';
import { freshDb } from './freshDb';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/import', name), 'utf8');
const initialAdmin = useAdminStore.getState();

beforeEach(async () => {
  await i18n.changeLanguage('en');
  await freshDb();
  const meta = await applyImport({ data: smallOrg(), fileName: 'base.json', text: 'base' });
  useOrgStore.getState().setData(smallOrg(), meta);
  useAdminStore.setState(initialAdmin, true);
});
afterEach(() => {
  cleanup();
  db.close();
});

function file(name: string, text: string): File {
  return new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
}

describe('admin page import', () => {
  it('previews a pasted org file, applies it, and lists the new version', async () => {
    const user = userEvent.setup();
    render(<AdminPage />);
    const next = smallOrg();
    next.people.push({ id: 'erin', name: 'Erin Blanc' });
    next.positions[3] = { ...next.positions[3]!, holders: ['erin'] };
    await user.click(screen.getByLabelText('Or paste the file content'));
    await user.paste(JSON.stringify(next));
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    expect(await screen.findByTestId('import-status')).toHaveTextContent('can be applied');
    const counts = screen.getByTestId('diff-counts');
    expect(within(counts).getByRole('row', { name: /People/ })).toHaveTextContent('People100');
    expect(screen.getByText('Erin Blanc')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply this version' }));
    expect(await screen.findByTestId('admin-message')).toHaveTextContent(
      'pasted text is now the current data.',
    );
    expect(useOrgStore.getState().data?.people).toHaveLength(5);
    expect((await getCurrent())?.data.people).toHaveLength(5);
    await waitFor(() => expect(screen.getAllByTestId('version-row')).toHaveLength(2));
  });

  it('lists errors for a bad file, offers no apply, and keeps the stored data', async () => {
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.upload(screen.getByTestId('file-input'), file('bad.json', '{"formatVersion": 1,'));
    expect(await screen.findByTestId('import-status')).toHaveTextContent('cannot be applied');
    expect(screen.queryByRole('button', { name: 'Apply this version' })).toBeNull();
    expect(screen.getAllByText(/line 1, column 21/).length).toBeGreaterThan(0);
    expect((await getCurrent())?.data).toEqual(smallOrg());
  });

  it('maps CSV columns and re-checks when the user changes one', async () => {
    const user = userEvent.setup();
    render(<AdminPage />);
    await user.upload(
      screen.getByTestId('file-input'),
      file('custom.csv', fixture('custom-headings.csv')),
    );
    expect(await screen.findByTestId('import-status')).toHaveTextContent('cannot be applied');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Id' }), 'ref');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Name' }), 'who');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Manager' }), 'boss');
    await waitFor(() =>
      expect(screen.getByTestId('import-status')).toHaveTextContent('can be applied'),
    );
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('');
  });

  it('renders hostile text as text', async () => {
    const user = userEvent.setup();
    const { container } = render(<AdminPage />);
    await user.upload(screen.getByTestId('file-input'), file('h.csv', fixture('hostile.csv')));
    await screen.findByTestId('import-status');
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
  });

  it('restores an earlier version', async () => {
    const user = userEvent.setup();
    const renamed = smallOrg();
    renamed.organisation = { name: 'Renamed' };
    const meta = await applyImport({ data: renamed, fileName: 'renamed.json', text: 'r' });
    useOrgStore.getState().setData(renamed, meta);
    render(<AdminPage />);
    await waitFor(() => expect(screen.getAllByTestId('version-row')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: /Restore version/ }));
    expect(await screen.findByTestId('admin-message')).toHaveTextContent('was restored');
    expect(useOrgStore.getState().data?.organisation.name).toEqual(smallOrg().organisation.name);
    await waitFor(() => expect(screen.getAllByTestId('version-row')).toHaveLength(3));
  });

  it('speaks French', async () => {
    await i18n.changeLanguage('fr');
    render(<AdminPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Administration des données',
    );
    expect(screen.getByRole('button', { name: 'Choisir un fichier…' })).toBeInTheDocument();
  });
});

describe('diff preview of a capped report', () => {
  it('counts every record and says how many are not listed', async () => {
    const next = smallOrg();
    for (let i = 0; i < 5; i++) next.people.push({ id: `new-${i}`, name: `New ${i}` });
    const diff = diffOrg(smallOrg(), next);
    render(<DiffPreview diff={cappedDiff(diff, 2)} summary={summarizeDiff(diff)} />);
    expect(screen.getByText('5 added')).toBeTruthy();
    await userEvent.click(screen.getByText('5 added'));
    expect(screen.getByText('New 0')).toBeTruthy();
    expect(screen.queryByText('New 2')).toBeNull();
    expect(
      screen.getByText('and 3 more, not listed here: the counts above include them'),
    ).toBeTruthy();
  });

  it('writes the counts with the grouping of the language (12,345 / 12 345)', async () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P ${i}` }));
    const next = { ...smallOrg(), people: [...smallOrg().people, ...many(12_345)] };
    const diff = diffOrg(smallOrg(), next);
    // The people row's 'added' cell, as written (no whitespace folding).
    const added = () =>
      within(within(screen.getByTestId('diff-counts')).getAllByRole('row')[3]!).getAllByRole(
        'cell',
      )[0]!.textContent;
    const { unmount } = render(
      <DiffPreview diff={cappedDiff(diff, 2)} summary={summarizeDiff(diff)} />,
    );
    expect(added()).toBe('12,345');
    unmount();
    await i18n.changeLanguage('fr');
    render(<DiffPreview diff={cappedDiff(diff, 2)} summary={summarizeDiff(diff)} />);
    // French groups with a narrow no-break space (U+202F).
    expect(added()).toBe('12\u202f345');
  });
});
