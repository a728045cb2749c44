import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceField, FilterForm, SearchField } from '../../src/components/FilterFields';

afterEach(cleanup);

describe('filter building blocks', () => {
  it('a search form that never submits, with a labelled box and its hint', async () => {
    const onChange = vi.fn();
    render(
      <FilterForm label="Filters">
        <SearchField label="Find" value="" onChange={onChange} hint="Title or name" />
      </FilterForm>,
    );
    const form = screen.getByRole('search', { name: 'Filters' });
    const box = within(form).getByRole('searchbox', { name: 'Find' });
    expect(box).toHaveAccessibleDescription('Title or name');
    await userEvent.setup().type(box, 'a');
    expect(onChange).toHaveBeenCalledWith('a');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(form, submit);
    expect(submit.defaultPrevented).toBe(true);
  });

  it('a choice whose first option is the empty value', async () => {
    const onChange = vi.fn();
    render(
      <ChoiceField
        label="Language"
        value=""
        onChange={onChange}
        emptyLabel="All languages"
        options={[
          { value: 'de', label: 'German' },
          { value: 'fr', label: 'French' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => [o.getAttribute('value'), o.textContent]),
    ).toEqual([
      ['', 'All languages'],
      ['de', 'German'],
      ['fr', 'French'],
    ]);
    await userEvent.setup().selectOptions(select, 'fr');
    expect(onChange).toHaveBeenCalledWith('fr');
  });
});
