import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RaciPage } from '../../src/features/raci/RaciPage';
import { loadViewsOrg, renderAt, viewsOrg } from './viewsFixture';

describe('RaciPage', () => {
  beforeEach(() => loadViewsOrg('en'));

  it('shows topics × lettered positions with accessible headers', () => {
    renderAt(RaciPage, '#/raci');
    const table = screen.getByRole('table');
    const cols = within(table).getAllByRole('columnheader');
    // Topic + 9 lettered positions (+ 1 more for the breach) + rule check; unlettered seats are left out.
    expect(cols.map((c) => c.getAttribute('scope'))).toEqual(Array(cols.length).fill('col'));
    expect(cols.map((c) => c.textContent)).not.toContain('Chief Executive Officer');
    expect(
      within(table).getByRole('columnheader', { name: /Payroll Lead \(Eve Durand\)/ }),
    ).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Payslip/ });
    expect(within(row).getByRole('rowheader')).toHaveAttribute('scope', 'row');
    expect(within(row).getAllByText('R')).toHaveLength(2);
    expect(within(row).getByText('A')).toHaveAttribute('title', 'Accountable');
    expect(within(row).getByText(/OK/)).toBeInTheDocument();
  });

  it('flags a breach in words, not colour alone', () => {
    renderAt(RaciPage, '#/raci');
    expect(screen.getByText(/1 topic breaks the rule/)).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Parking space/ });
    expect(row).toHaveTextContent('Rule breach:');
    expect(row).toHaveTextContent('Several Accountable (2)');
    expect(row).toHaveTextContent('No Responsible');
  });

  it('filters by unit and to breaches only, through the URL', async () => {
    const user = userEvent.setup();
    renderAt(RaciPage, '#/raci');
    await user.selectOptions(screen.getByLabelText('Unit'), 'it');
    expect(window.location.hash).toBe('#/raci?unit=it');
    const rows = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Laptop broken or missing', 'Accounts and passwords']);
    expect(screen.getByText(/Every topic follows the rule/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Unit'), '');
    await user.click(screen.getByLabelText('Only topics that break the rule'));
    expect(window.location.hash).toBe('#/raci?breaches=1');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Parking space']);
    expect(screen.getByText('1 topics × 2 positions')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    await loadViewsOrg('fr');
    renderAt(RaciPage, '#/raci?breaches=1');
    expect(screen.getByRole('heading', { level: 1, name: 'Matrice RACI' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Place de parking/ })).toHaveTextContent(
      'Aucun Responsable',
    );
  });

  it('draws big matrices 100 topics at a time', async () => {
    const topics = Array.from({ length: 130 }, (_, i) => ({ id: `t${i}`, name: `Topic ${i}` }));
    const positions = viewsOrg.positions.map((p, i) =>
      i === 0
        ? { ...p, responsibilities: topics.map((t) => ({ topicId: t.id, role: 'R' as const })) }
        : p,
    );
    await loadViewsOrg('en', { ...viewsOrg, topics: [...viewsOrg.topics, ...topics], positions });
    const user = userEvent.setup();
    renderAt(RaciPage, '#/raci');
    expect(screen.getAllByRole('rowheader')).toHaveLength(100);
    expect(
      screen.getByText('Showing the first 100 of 137 topics. Choose a unit to narrow the matrix.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 37 more topics' }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(137);
  });
});
