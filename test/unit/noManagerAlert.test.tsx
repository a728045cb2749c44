import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import i18n from '../../src/i18n/i18n';
import { NoManagerAlert } from '../../src/features/admin/NoManagerAlert';
import type { FlatInfo } from '../../src/import/analyseTable';

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

const flat = {
  headings: ['Employee ID', 'Name'],
  sample: [],
  rowCount: 2,
  mapping: { columns: { id: 'Employee ID', name: 'Name' }, managerMatch: 'id' },
  gaps: [],
  findings: {},
  headcountFile: false,
  setAside: [],
} as unknown as FlatInfo;

it('ticks the confirmation at once, while the file is checked again with it', async () => {
  // The check of the new mapping has not answered yet: the mapping shown is still the old one.
  const onChange = vi.fn();
  render(<NoManagerAlert flat={flat} disabled={false} onChange={onChange} />);
  const box = screen.getByRole('checkbox', { name: /no reporting lines|everyone/i });
  expect(box).not.toBeChecked();
  await userEvent.click(box);
  expect(box).toBeChecked();
  expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ noReportingLines: true }));
});

it('follows the mapping once the new check answers', () => {
  const { rerender } = render(<NoManagerAlert flat={flat} disabled={false} onChange={vi.fn()} />);
  const confirmed = { ...flat, mapping: { ...flat.mapping, noReportingLines: true } };
  rerender(<NoManagerAlert flat={confirmed} disabled={false} onChange={vi.fn()} />);
  expect(screen.getByRole('checkbox')).toBeChecked();
});
