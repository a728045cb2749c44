import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { buildRaciMatrix } from '../../src/domain/raci';
import type { OrgData } from '../../src/domain/types';
import { RaciPage } from '../../src/features/raci/RaciPage';
import { RaciTable } from '../../src/features/raci/RaciTable';
import { loadViewsOrg, renderAt, viewsOrg } from './viewsFixture';

/**
 * jsdom lays nothing out: the matrix's scroll frame gets a size (600 × 1200 px) so the
 * virtualiser draws what a screen would; `rowHeight` gives drawn rows a height (0: every row
 * fits, as in the small fixture; the virtualiser reads a row's offsetHeight).
 */
function layOut(rowHeight = 0) {
  vi.restoreAllMocks();
  const frame = (el: HTMLElement, size: number) =>
    el.classList.contains('raci-scroll') ? size : 0;
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return frame(this, 600);
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return frame(this, 1200);
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.tagName === 'TR' && this.hasAttribute('data-index') ? rowHeight : 0;
  });
}

/** The views org with 130 more topics, all lettered R on the first position. */
function bigOrg(): OrgData {
  const topics = Array.from({ length: 130 }, (_, i) => ({ id: `t${i}`, name: `Topic ${i}` }));
  const positions = viewsOrg.positions.map((p, i) =>
    i === 0
      ? { ...p, responsibilities: topics.map((t) => ({ topicId: t.id, role: 'R' as const })) }
      : p,
  );
  return { ...viewsOrg, topics: [...viewsOrg.topics, ...topics], positions };
}

describe('RaciPage', () => {
  beforeEach(async () => {
    layOut();
    await loadViewsOrg('en');
  });
  afterEach(() => vi.restoreAllMocks());

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

  it('draws the rows in view of a big matrix, and the others as the frame scrolls', async () => {
    layOut(30);
    await loadViewsOrg('en', bigOrg());
    renderAt(RaciPage, '#/raci');
    const table = screen.getByRole('table');
    // 137 topics: a header row and 137 rows for assistive technology, about 30 in the DOM.
    expect(table).toHaveAttribute('aria-rowcount', '138');
    const drawn = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(drawn().length).toBeLessThan(40);
    expect(drawn()).not.toContain('Topic 129');
    const frame = screen.getByRole('region', { name: 'RACI matrix, scrollable' });
    act(() => {
      // Past the end, whatever the estimated heights of the rows not yet drawn.
      frame.scrollTop = 40 * 140;
      fireEvent.scroll(frame);
    });
    expect(drawn()).toContain('Topic 129');
    expect(drawn()).not.toContain('Topic 0');
  });
});

describe('RaciTable in edit mode', () => {
  beforeEach(async () => {
    layOut(30);
    await loadViewsOrg('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('is a grid with one tab stop; keys move far down and right; Enter cycles that cell', async () => {
    const index = buildOrgIndex(bigOrg());
    const matrix = buildRaciMatrix(index);
    const onCycle = vi.fn();
    const onCycleChannel = vi.fn();
    render(
      <RaciTable index={index} matrix={matrix} onCycle={onCycle} onCycleChannel={onCycleChannel} />,
    );
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-colcount', String(matrix.positionIds.length + 3));
    const stops = within(grid)
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(stops).toHaveLength(1);
    const user = userEvent.setup();
    await user.click(stops[0] as HTMLElement);
    expect(onCycleChannel).toHaveBeenCalledWith(matrix.topicIds[0]);
    // Ctrl+End: the last topic's last position, drawn although it was far out of view.
    await user.keyboard('{Control>}{End}{/Control}');
    const last = matrix.topicIds.length - 1;
    const lastCol = matrix.positionIds.length;
    expect(document.activeElement).toHaveAttribute('data-cell', `${last}:${lastCol}`);
    await user.keyboard('{ArrowUp}{ArrowLeft}{Enter}');
    expect(document.activeElement).toHaveAttribute('data-cell', `${last - 1}:${lastCol - 1}`);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(onCycle).toHaveBeenLastCalledWith(
      matrix.topicIds[last - 1],
      matrix.positionIds[lastCol - 2],
    );
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-cell', `${last - 1}:0`);
    expect(document.activeElement).toHaveAccessibleName(
      /× shared channel: none\. (Press Enter to make the shared contact of .+ Responsible|Its unit has no shared contact)/,
    );
  });
});
