import { act, cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../src/i18n/i18n';
import { App } from '../../src/App';
import { matchRoute, ROUTES } from '../../src/routes';
import { navigate, parseHash } from '../../src/app/router';
import { hrefs } from '../../src/app/links';
import { FORMAT_VERSION, orgFileSchema } from '../../src/domain/schema';
import { useOrgStore } from '../../src/store/orgStore';

const data = orgFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../fixtures/valid/small-org.json'), 'utf8')),
);
const meta = {
  versionId: 1,
  sourceUrl: 'org.json',
  hash: 'x',
  loadedAt: '2026-11-01T10:00:00Z',
  formatVersion: FORMAT_VERSION,
};
const initial = useOrgStore.getState();

beforeEach(async () => {
  await i18n.changeLanguage('en');
  window.location.hash = '';
  useOrgStore.setState(initial, true);
});
afterEach(cleanup);

describe('router', () => {
  it('parses hash routes', () => {
    expect(parseHash('#/chart/p%2042?x=1')).toMatchObject({ path: ['chart', 'p 42'] });
    expect(parseHash('#/search?q=payslip%20wrong').query.get('q')).toBe('payslip wrong');
    expect(parseHash('').path).toEqual([]);
    expect(parseHash('#/bad%E0%A4%A').path).toEqual(['bad%E0%A4%A']);
  });

  it('matches every link of links.ts to a page', () => {
    const samples = [
      hrefs.search('x'),
      hrefs.chart(),
      hrefs.chartNode('p1'),
      hrefs.position('p1'),
      hrefs.person('a'),
      hrefs.unit('u'),
      hrefs.topic('t'),
      hrefs.directory(),
      hrefs.services('u'),
      hrefs.raci(),
      hrefs.onboarding(),
      hrefs.onboarding('p1'),
      hrefs.admin(),
    ];
    for (const href of samples) expect(matchRoute(parseHash(href).path), href).toBeDefined();
    expect(matchRoute(['chart', 'p1'])?.params).toEqual({ positionId: 'p1' });
    expect(matchRoute(['nope'])).toBeUndefined();
    expect(ROUTES.length).toBeGreaterThan(10);
  });
});

describe('App shell', () => {
  it('shows a loading state, then the organisation', async () => {
    render(<App />);
    expect(screen.getByText('Loading the organisation…')).toBeInTheDocument();
    act(() => useOrgStore.getState().setData(data, meta));
    const name =
      typeof data.organisation.name === 'string'
        ? data.organisation.name
        : data.organisation.name.en;
    expect(await screen.findByTestId('org-name')).toHaveTextContent(name!);
    // The bundled org.json is the demo: the header says so, and one line offers the way out.
    expect(screen.getByTestId('data-status')).toHaveTextContent('Source: demo organisation');
    expect(screen.getByTestId('demo-banner')).toHaveTextContent('not yours');
    expect(screen.getByRole('link', { name: 'Use my organisation' })).toHaveAttribute(
      'href',
      '#/admin',
    );
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
  });

  it('marks the current view and sets the title', async () => {
    useOrgStore.getState().setData(data, meta);
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Search' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await act(async () => {
      navigate(hrefs.raci());
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(within(nav).getByRole('link', { name: 'RACI' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Search' })).not.toHaveAttribute('aria-current');
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    expect(document.title).toMatch(/· Wayfinder$/);
  });

  it('shows a not-found page for unknown routes', async () => {
    useOrgStore.getState().setData(data, meta);
    window.location.hash = '#/no/such/page';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Page not found/);
  });

  it('lists the problems when the first load failed', () => {
    useOrgStore.setState({ source: 'bad.json' });
    useOrgStore.getState().setError([
      {
        path: 'positions[0]',
        severity: 'error',
        code: 'x',
        message: { en: 'Broken thing', fr: 'Chose cassée' },
      },
    ]);
    render(<App />);
    expect(
      screen.getByRole('heading', { name: 'The organisation could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Broken thing')).toBeInTheDocument();
    expect(screen.getByText(/bad\.json/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'admin page' })).toHaveAttribute('href', '#/admin');
  });

  it('keeps the admin page open after a failed first load, so HR can fix the data', async () => {
    window.location.hash = '#/admin';
    useOrgStore
      .getState()
      .setError([
        { path: '$', severity: 'error', code: 'x', message: { en: 'Broken', fr: 'Cassé' } },
      ]);
    render(<App />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Data administration' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('load-error')).not.toBeInTheDocument();
  });

  it('switches language and updates <html lang>', () => {
    useOrgStore.getState().setData(data, meta);
    render(<App />);
    act(() => screen.getByRole('button', { name: 'Français' }).click());
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('navigation', { name: 'Principale' })).toBeInTheDocument();
    expect(localStorage.getItem('wayfinder.language')).toBe('fr');
    act(() => screen.getByRole('button', { name: 'English' }).click());
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows notices and the problems of a refused refresh', () => {
    useOrgStore.getState().setData(data, meta);
    useOrgStore.getState().setProblems([
      {
        path: '$',
        severity: 'error',
        code: 'x',
        message: { en: 'Bad file', fr: 'Mauvais fichier' },
      },
    ]);
    useOrgStore.getState().setNotice({ kind: 'warning', key: 'notice.refreshRefused' });
    render(<App />);
    expect(screen.getByTestId('notice')).toHaveTextContent('the stored data was kept');
    act(() => screen.getByRole('button', { name: 'Show the problems' }).click());
    expect(screen.getByText('Bad file')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
