import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/i18n/i18n';
import i18n from '../../src/i18n/i18n';
import { SearchPage } from '../../src/features/search/SearchPage';
import { TopicPage } from '../../src/features/search/TopicPage';
import { searchShortcutHandler } from '../../src/features/search/useSearchShortcut';
import { fixtureOrg } from '../../src/search/testFixture';
import { useOnboardingStore } from '../../src/store/onboardingStore';
import { useOrgStore } from '../../src/store/orgStore';
import { resetSearchClient } from '../../src/store/searchStore';
import { clearSearchIndexes } from '../../src/db/searchIndexCache';
import { FORMAT_VERSION } from '../../src/domain/schema';

const meta = {
  versionId: 1,
  sourceUrl: 'org.json',
  hash: 'x',
  loadedAt: '2026-11-22T00:00:00Z',
  formatVersion: FORMAT_VERSION,
};

beforeEach(async () => {
  await i18n.changeLanguage('en');
  window.location.hash = '#/';
  resetSearchClient();
  // Indexes are cached by data version; each test's data is version 1 unless it says otherwise.
  await clearSearchIndexes();
  useOnboardingStore.setState({ positionId: undefined, unitId: undefined });
  useOrgStore.getState().setData(fixtureOrg, meta);
});
afterEach(cleanup);

async function typeQuery(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('searchbox');
  await user.clear(input);
  await user.type(input, text);
  await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement());
  return { user, input };
}

describe('SearchPage', () => {
  it('focuses the field and answers as the user types', async () => {
    render(<SearchPage />);
    const input = screen.getByRole('searchbox', { name: /search for a topic/i });
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    expect(input).toHaveFocus();
    await typeQuery('payrol');
    const card = await screen.findByTestId('answer-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Payslip questions');
    // The payroll officer is away: the backup comes first, with the reason.
    expect(within(card).getByTestId('responsible-name')).toHaveTextContent('Léa Petit');
    expect(within(card).getByText(/Paul Durand is away until/)).toBeInTheDocument();
    const [mail] = within(card).getAllByRole('link', { name: /lea\.petit@acme\.test/ });
    expect(mail).toHaveAttribute('href', 'mailto:lea.petit@acme.test');
    expect(within(card).getByText('Sophie Bernard')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=payrol'));
    expect(screen.getByRole('status')).toHaveTextContent(/results?/);
  });

  it('highlights the matched words as elements', async () => {
    render(<SearchPage />);
    await typeQuery('laptop broken');
    const card = await screen.findByTestId('answer-card');
    const marks = card.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toContain('Laptop');
  });

  it('shows the consulted and informed on demand', async () => {
    render(<SearchPage />);
    const { user } = await typeQuery('payslip');
    const toggle = screen.getByRole('button', { name: /consulted or informed \(1\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('HR Business Partner')).toBeVisible();
  });

  it('draws the service level with the topic it belongs to, never the previous answer’s', async () => {
    render(<SearchPage />);
    await typeQuery('payslip');
    // The side column follows the contact in a deferred render: it must come, and be this topic's.
    expect(await within(screen.getByTestId('answer-card')).findByText('2 days')).toBeVisible();
    await typeQuery('laptop');
    const card = screen.getByTestId('answer-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Laptop');
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    expect(within(card).queryByText('2 days')).toBeNull();
    await typeQuery('payslip');
    expect(await within(screen.getByTestId('answer-card')).findByText('2 days')).toBeVisible();
  });

  it('shows the other Responsible seats when their disclosure is opened', async () => {
    render(<SearchPage />);
    const { user } = await typeQuery('payslip');
    const card = screen.getByTestId('answer-card');
    const summary = within(card).getByText(/Also responsible \(1\)/);
    await user.click(summary);
    expect(await within(card).findByRole('link', { name: 'Payroll Officer Lyon' })).toBeVisible();
  });

  it('puts the Responsible of the user’s unit first', async () => {
    useOnboardingStore.setState({ positionId: 'x', unitId: 'u-hr-lyon' });
    render(<SearchPage />);
    await typeQuery('payslip');
    const card = await screen.findByTestId('answer-card');
    expect(within(card).getByRole('link', { name: 'Payroll Officer Lyon' })).toBeInTheDocument();
    expect(within(card).getByText('This role is vacant: contact the backup first.')).toBeVisible();
  });

  it('lists people, roles and units with chart and record links', async () => {
    render(<SearchPage />);
    await typeQuery('sophie');
    const link = screen.getByRole('link', { name: 'Sophie Bernard' });
    expect(link).toHaveAttribute('href', '#/person/hrd');
    expect(screen.getByRole('link', { name: 'Show on chart: Sophie Bernard' })).toHaveAttribute(
      'href',
      '#/chart/p-hrd',
    );
  });

  it('renders every result, the first rows at once and the rest just after', async () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ id: `z${i}`, name: `Zephyr Nr${i}` }));
    useOrgStore
      .getState()
      .setData(
        { ...fixtureOrg, people: [...fixtureOrg.people, ...people] },
        { ...meta, versionId: 2, hash: 'zephyr' },
      );
    render(<SearchPage />);
    await typeQuery('zephyr');
    // More rows than are drawn with the first render (5): the rest must follow.
    expect(screen.getByRole('status')).toHaveTextContent('12 results');
    await waitFor(() => expect(document.querySelectorAll('.result-row')).toHaveLength(12));
  });

  it('draws the rows after the first ones only once the keystroke’s frame is produced', async () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ id: `z${i}`, name: `Zephyr Nr${i}` }));
    useOrgStore
      .getState()
      .setData(
        { ...fixtureOrg, people: [...fixtureOrg.people, ...people] },
        { ...meta, versionId: 3, hash: 'zephyr-frames' },
      );
    render(<SearchPage />);
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    // Frames are held: React's own scheduling (tasks) runs, no animation frame comes.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
    try {
      await typeQuery('zephyr');
      await act(() => new Promise((r) => setTimeout(r, 100)));
      expect(screen.getByRole('status')).toHaveTextContent('12 results');
      expect(document.querySelectorAll('.result-row')).toHaveLength(5);
      await act(async () => {
        for (const fn of frames.splice(0)) fn(performance.now());
        await new Promise((r) => setTimeout(r, 0));
      });
      await waitFor(() => expect(document.querySelectorAll('.result-row')).toHaveLength(12));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('under an answer card, draws one row in the keystroke’s frame and the rest after it', async () => {
    render(<SearchPage />);
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    await typeQuery('payroll');
    await waitFor(() => expect(document.querySelectorAll('.result-row').length).toBeGreaterThan(1));
    const all = document.querySelectorAll('.result-row').length;
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
    try {
      await typeQuery('payslip');
      await act(() => new Promise((r) => setTimeout(r, 100)));
      expect(screen.getByTestId('answer-card')).toBeInTheDocument();
      expect(document.querySelectorAll('.result-row')).toHaveLength(1);
      await act(async () => {
        for (const fn of frames.splice(0)) fn(performance.now());
        await new Promise((r) => setTimeout(r, 0));
      });
      await waitFor(() =>
        expect(document.querySelectorAll('.result-row').length).toBeGreaterThan(1),
      );
    } finally {
      vi.unstubAllGlobals();
    }
    expect(all).toBeGreaterThan(1);
  });

  it('moves through results with the arrow keys and opens with Enter', async () => {
    render(<SearchPage />);
    const { user, input } = await typeQuery('payroll');
    await user.keyboard('{ArrowDown}');
    const links = document.querySelectorAll('a[data-result-link]');
    expect(links.length).toBeGreaterThan(1);
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/topic/t-payslip');
  });

  it('opens a shared URL with its results', async () => {
    window.location.hash = '#/search?q=conges';
    render(<SearchPage />);
    const card = await screen.findByTestId('answer-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Leave and holidays');
    expect(screen.getByRole('searchbox')).toHaveValue('conges');
  });

  it('never shows an empty page when nothing is found', async () => {
    render(<SearchPage />);
    await typeQuery('wifi printer');
    const box = screen.getByTestId('nothing-found');
    expect(box).toHaveTextContent('Nothing found for “wifi printer”');
    expect(within(box).getByRole('link', { name: /helpdesk@acme\.test/ })).toHaveAttribute(
      'href',
      'mailto:helpdesk@acme.test',
    );
  });

  it('speaks French', async () => {
    await i18n.changeLanguage('fr');
    render(<SearchPage />);
    await typeQuery('bulletin de paie');
    const card = await screen.findByTestId('answer-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Questions sur le bulletin de paie',
    );
    expect(within(card).getByText('Responsable')).toBeInTheDocument();
  });
});

describe('TopicPage', () => {
  it('shows the answer of one topic', () => {
    render(<TopicPage params={{ topicId: 't-laptop' }} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Laptop and equipment');
    expect(screen.getByTestId('responsible-name')).toHaveTextContent('Zoé Lefèvre');
  });

  it('says when the topic does not exist', () => {
    render(<TopicPage params={{ topicId: 'nope' }} />);
    expect(screen.getByText('This topic does not exist (any more).')).toBeInTheDocument();
  });
});

describe('search shortcut', () => {
  it('focuses the field with / and Ctrl+K but not while typing elsewhere', () => {
    render(
      <>
        <input aria-label="other" />
        <SearchPage />
      </>,
    );
    const search = screen.getByRole('searchbox');
    const other = screen.getByRole('textbox', { name: 'other' });
    other.focus();
    const slash = new KeyboardEvent('keydown', { key: '/', cancelable: true });
    Object.defineProperty(slash, 'target', { value: other });
    searchShortcutHandler(slash);
    expect(other).toHaveFocus();
    searchShortcutHandler(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
    expect(search).toHaveFocus();
    other.focus();
    const bodySlash = new KeyboardEvent('keydown', { key: '/', cancelable: true });
    Object.defineProperty(bodySlash, 'target', { value: document.body });
    searchShortcutHandler(bodySlash);
    expect(search).toHaveFocus();
  });
});
