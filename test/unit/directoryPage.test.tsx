import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DirectoryPage } from '../../src/features/directory/DirectoryPage';
import { loadViewsOrg, renderAt } from './viewsFixture';

const names = () =>
  screen
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent?.replace(/Away until.*|Vacant position/, '').trim());

describe('DirectoryPage', () => {
  beforeEach(() => loadViewsOrg('en'));

  it('lists people with titles, units, contacts and chart links', () => {
    renderAt(DirectoryPage, '#/directory');
    expect(screen.getByRole('heading', { level: 1, name: 'Directory' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('13 results');
    const card = screen.getByRole('heading', { name: /Gina Moreau/ }).closest('li') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Chief Information Officer' })).toHaveAttribute(
      'href',
      '#/position/cio',
    );
    expect(within(card).getByRole('link', { name: /E-mail Gina Moreau/ })).toHaveAttribute(
      'href',
      'mailto:gina@acme.example',
    );
    expect(within(card).getByRole('link', { name: /Show on chart: Gina Moreau/ })).toHaveAttribute(
      'href',
      '#/chart/cio',
    );
    expect(within(card).getByText('London office')).toBeInTheDocument();
    expect(screen.getByText(/Away until/)).toBeInTheDocument();
  });

  it('filters by unit (with sub-units), location and language, and writes the URL', async () => {
    const user = userEvent.setup();
    renderAt(DirectoryPage, '#/directory');
    await user.selectOptions(screen.getByLabelText('Unit'), 'hr');
    expect(window.location.hash).toBe('#/directory?unit=hr');
    // HR and its Payroll team: Chloé, Dan, Eve, Farid and the vacant payroll seat.
    expect(names()).toEqual([
      'Chloé Bernard',
      'Dan Petit',
      'Eve Durand',
      'Farid Leroy',
      'Payroll Officer',
    ]);
    await user.selectOptions(screen.getByLabelText('Unit'), '');
    await user.selectOptions(screen.getByLabelText('Location'), 'lyon');
    expect(names()).toEqual(['Kim Garcia', 'Léo Roux']);
    await user.selectOptions(screen.getByLabelText('Speaks'), 'es');
    expect(names()).toEqual(['Kim Garcia']);
    expect(window.location.hash).toBe('#/directory?location=lyon&lang=es');
  });

  it('reads filters from the URL and filters by text ignoring accents', async () => {
    const user = userEvent.setup();
    renderAt(DirectoryPage, '#/directory?q=ines%20LAURENT');
    expect(names()).toEqual(['Inès Laurent']);
    await user.clear(screen.getByLabelText('Name, title or unit'));
    await user.type(screen.getByLabelText('Name, title or unit'), 'zzz');
    expect(screen.getByText('Nobody matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('13 results')).toBeInTheDocument();
    expect(screen.getByLabelText('Name, title or unit')).toHaveValue('');
  });

  it('draws only the rows on screen of a long list, each told its place in the whole', async () => {
    const { viewsOrg } = await import('./viewsFixture');
    const people = Array.from({ length: 120 }, (_, i) => ({ id: `x${i}`, name: `Person ${i}` }));
    await loadViewsOrg('en', { ...viewsOrg, people: [...viewsOrg.people, ...people] });
    renderAt(DirectoryPage, '#/directory');
    expect(screen.getByRole('status')).toHaveTextContent('133 results');
    const rows = [...screen.getByRole('list', { name: 'Results' }).querySelectorAll(':scope > li')];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(133);
    expect(rows[0]).toHaveAttribute('aria-setsize', '133');
    // jsdom lays nothing out (every row measures 0 px), so which rows are drawn is arbitrary;
    // each still says its place in the whole list.
    for (const row of rows) {
      expect(row.getAttribute('aria-posinset')).toBe(
        String(Number(row.getAttribute('data-index')) + 1),
      );
    }
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await loadViewsOrg('fr');
    renderAt(DirectoryPage, '#/directory?unit=it');
    expect(screen.getByRole('heading', { level: 1, name: 'Annuaire' })).toBeInTheDocument();
    expect(screen.getAllByText('Informatique').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: /dans l’organigramme/ }).length).toBe(4);
  });
});
