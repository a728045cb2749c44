import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { UnitPage } from '../../src/features/records/UnitPage';
import { ServicesPage } from '../../src/features/services/ServicesPage';
import { loadViewsOrg, renderAt } from './viewsFixture';

describe('ServicesPage', () => {
  beforeEach(() => loadViewsOrg('en'));

  it('lists services per unit with levels, steps, request channel and Responsible contact', () => {
    renderAt(ServicesPage, '#/services');
    expect(screen.getByRole('status')).toHaveTextContent('4 services');
    const laptop = screen.getByRole('article', { name: 'Laptop broken or missing' });
    expect(within(laptop).getByText('Response time')).toBeInTheDocument();
    expect(within(laptop).getByText('4 hours')).toBeInTheDocument();
    expect(within(laptop).getByText('Open a ticket')).toBeInTheDocument();
    expect(
      within(laptop).getByRole('link', { name: /helpdesk.acme.example\/new/ }),
    ).toHaveAttribute('target', '_blank');
    expect(within(laptop).getByRole('link', { name: 'Hugo Simon' })).toHaveAttribute(
      'href',
      '#/person/p-hugo',
    );
  });

  it('names the backup when the Responsible holder is away', () => {
    renderAt(ServicesPage, '#/services?unit=payroll');
    const payslip = screen.getByRole('article', { name: 'Payslip' });
    expect(within(payslip).getByText(/Away until/)).toBeInTheDocument();
    expect(within(payslip).getByText(/Covered by Farid Leroy/)).toBeInTheDocument();
  });

  it('filters by unit including sub-units', async () => {
    const user = userEvent.setup();
    renderAt(ServicesPage, '#/services');
    await user.selectOptions(screen.getByLabelText('Unit'), 'hr');
    expect(window.location.hash).toBe('#/services?unit=hr');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Payslip',
    ]);
  });
});

describe('UnitPage', () => {
  beforeEach(() => loadViewsOrg('en'));

  it('shows the unit record with sub-units, contact, positions, services and chart link', () => {
    renderAt(UnitPage, '#/unit/hr', { unitId: 'hr' });
    expect(screen.getByRole('heading', { level: 1, name: 'Human Resources' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Acme Ltd' })).toHaveAttribute('href', '#/unit/acme');
    expect(screen.getByRole('link', { name: 'Payroll' })).toHaveAttribute('href', '#/unit/payroll');
    expect(screen.getByRole('link', { name: /hr@acme.example/ })).toHaveAttribute(
      'href',
      'mailto:hr@acme.example',
    );
    expect(screen.getByRole('link', { name: 'Show on chart: Human Resources' })).toHaveAttribute(
      'href',
      '#/chart/hr-head',
    );
    expect(screen.getByRole('heading', { name: /Positions/ })).toHaveTextContent('(2)');
  });

  it('lists its services and says when the unit is unknown', () => {
    renderAt(UnitPage, '#/unit/finance', { unitId: 'finance' });
    expect(screen.getByRole('article', { name: 'Expense report' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Parking space' })).toHaveTextContent('€40 a month');
  });

  it('handles an unknown unit', () => {
    renderAt(UnitPage, '#/unit/nope', { unitId: 'nope' });
    expect(
      screen.getByText('This unit does not exist in the organisation data.'),
    ).toBeInTheDocument();
  });
});
