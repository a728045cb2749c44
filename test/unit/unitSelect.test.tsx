import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../src/i18n/i18n';
import { UnitSelect } from '../../src/components/UnitSelect';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { FORMAT_VERSION } from '../../src/domain/schema';
import type { OrgData, Unit } from '../../src/domain/types';

afterEach(cleanup);
beforeAll(() => i18n.changeLanguage('en'));

const org = (units: Unit[]): OrgData => ({
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Acme' },
  units,
  positions: [],
  people: [],
  topics: [],
});

const small = buildOrgIndex(
  org([
    { id: 'b', name: 'B', type: 'team', parentId: 'co' },
    { id: 'co', name: 'Acme', type: 'company' },
    { id: 'a', name: 'A', type: 'department', parentId: 'co' },
  ]),
);

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('UnitSelect', () => {
  it('lists the unit tree, indented, after "All units"; a choice gives the id', async () => {
    const onChange = vi.fn();
    render(<UnitSelect index={small} value="" onChange={onChange} label="Unit" />);
    const select = screen.getByLabelText('Unit');
    expect(optionTexts(select)).toEqual(['All units', 'Acme', '\u00a0\u00a0B', '\u00a0\u00a0A']);
    await userEvent.setup().selectOptions(select, 'a');
    expect(onChange).toHaveBeenCalledWith('a');
  });

  it("as the editor's picker: its empty wording, a unit left out, problems inside the field", () => {
    render(
      <UnitSelect
        index={small}
        value="co"
        onChange={() => {}}
        label="Part of (parent unit)"
        emptyLabel="None"
        exclude="a"
        className="edit-field"
        describedBy="hint"
      >
        <p id="hint">A problem</p>
      </UnitSelect>,
    );
    const select = screen.getByLabelText('Part of (parent unit)');
    expect(optionTexts(select)).toEqual(['None', 'Acme', '\u00a0\u00a0B']);
    expect(select).toHaveValue('co');
    expect(select).toHaveAccessibleDescription('A problem');
    expect(select.closest('.edit-field')).toContainElement(screen.getByText('A problem'));
  });

  it('offers every unit with max={Infinity}, only the top levels that fit otherwise', () => {
    const tree: Unit[] = [{ id: 'top', name: 'Top', type: 'company' }];
    for (let i = 0; i < 4; i++)
      tree.push({ id: `u${i}`, name: `U${i}`, type: 'team', parentId: 'top' });
    tree.push({ id: 'leaf', name: 'Leaf', type: 'team', parentId: 'u3' });
    const index = buildOrgIndex(org(tree));
    const values = () =>
      within(screen.getByLabelText('Unit'))
        .getAllByRole('option')
        .map((o) => o.getAttribute('value'));
    const { unmount } = render(
      <UnitSelect index={index} value="" onChange={() => {}} label="Unit" max={3} />,
    );
    expect(values()).toEqual(['', 'top']);
    unmount();
    render(<UnitSelect index={index} value="" onChange={() => {}} label="Unit" max={Infinity} />);
    expect(values()).toEqual(['', 'top', 'u0', 'u1', 'u2', 'u3', 'leaf']);
  });

  it('lists the units again only when the units change, not with every new index', () => {
    // A draft's edit of a position makes a new index sharing the unit maps (patchOrgIndex).
    let walks = 0;
    class CountingMap<K, V> extends Map<K, V> {
      override values() {
        walks++;
        return super.values();
      }
    }
    const index = { ...small, unitById: new CountingMap(small.unitById) };
    const props = { value: '', onChange: () => {}, label: 'Unit' };
    const { rerender } = render(<UnitSelect index={index} {...props} />);
    const first = walks;
    rerender(<UnitSelect index={{ ...index }} {...props} />);
    expect(walks).toBe(first);
    rerender(
      <UnitSelect index={{ ...index, unitById: new CountingMap(small.unitById) }} {...props} />,
    );
    expect(walks).toBe(first + 1);
    expect(optionTexts(screen.getByLabelText('Unit'))).toEqual([
      'All units',
      'Acme',
      '\u00a0\u00a0B',
      '\u00a0\u00a0A',
    ]);
  });
});
