import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { UnitPage } from '../../src/features/records/UnitPage';
import { ServicesPage } from '../../src/features/services/ServicesPage';
import { loadViewsOrg, renderAt, viewsOrg } from './viewsFixture';

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

describe('ServicesPage filter and sections', () => {
  beforeEach(() => loadViewsOrg('en'));

  it('filters by name, description or keyword in either language and counts units', async () => {
    const user = userEvent.setup();
    renderAt(ServicesPage, '#/services');
    expect(screen.getByRole('status')).toHaveTextContent('4 services in 3 units');
    await user.type(screen.getByLabelText('Find a service'), 'remboursement');
    expect(window.location.hash).toBe('#/services?q=remboursement');
    expect(screen.getByRole('status')).toHaveTextContent('1 service in 1 unit');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Expense report',
    ]);
    expect(screen.getByRole('button', { name: /Finance/ })).toHaveTextContent('1 service');
    await user.clear(screen.getByLabelText('Find a service'));
    await user.type(screen.getByLabelText('Find a service'), 'zzqx');
    expect(screen.getByText('No service matches “zzqx”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(screen.getByRole('status')).toHaveTextContent('4 services in 3 units');
    expect(window.location.hash).toBe('#/services');
  });

  it('starts a big catalogue closed; its buttons open and close one or all units', async () => {
    // 30 services per unit: more than open by themselves.
    const topics = viewsOrg.topics.flatMap((topic) =>
      topic.service
        ? Array.from({ length: 30 }, (_, i) => ({ ...topic, id: `${topic.id}-${i}` }))
        : [topic],
    );
    await loadViewsOrg('en', { ...viewsOrg, topics });
    const user = userEvent.setup();
    renderAt(ServicesPage, '#/services');
    expect(screen.getByRole('status')).toHaveTextContent('120 services in 3 units');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    const it = screen.getByRole('button', { name: /^IT / });
    expect(it).toHaveAttribute('aria-expanded', 'false');
    expect(it).toHaveTextContent('30 services');
    await user.click(it);
    expect(it).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('article')).toHaveLength(30);
    await user.click(screen.getByRole('button', { name: 'Open all units' }));
    expect(screen.getAllByRole('article')).toHaveLength(120);
    await user.click(screen.getByRole('button', { name: 'Close all units' }));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('opens the linked unit of a big catalogue', async () => {
    const topics = viewsOrg.topics.flatMap((topic) =>
      topic.unitId === 'payroll'
        ? Array.from({ length: 30 }, (_, i) => ({ ...topic, id: `${topic.id}-${i}` }))
        : [topic],
    );
    await loadViewsOrg('en', { ...viewsOrg, topics });
    renderAt(ServicesPage, '#/services?unit=payroll');
    expect(screen.getByRole('button', { name: /^Payroll / })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getAllByRole('article')).toHaveLength(30);
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
