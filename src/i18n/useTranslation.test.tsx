import { act, cleanup, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from './i18n';
import { REMEMBERED_TEXTS, rememberingT, useTranslation } from './useTranslation';

afterEach(cleanup);
beforeEach(() => i18n.changeLanguage('en'));

const seen: unknown[] = [];

/** Memoised and given no props: only the hook's own subscription can re-render it. */
const SkipLink = memo(function SkipLink() {
  const { t } = useTranslation('common');
  seen.push(t);
  return <p>{t('skipToContent')}</p>;
});

describe('useTranslation', () => {
  it('re-renders in French after i18n.changeLanguage, with no parent render', async () => {
    render(<SkipLink />);
    expect(screen.getByText('Skip to content')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByText('Aller au contenu')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Skip to content')).toBeInTheDocument();
  });

  it('shares one t per language and namespace between components', () => {
    seen.length = 0;
    render(
      <>
        <SkipLink />
        <SkipLink />
      </>,
    );
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});

describe('rememberingT', () => {
  const fixed = () => i18n.getFixedT('en', 'search');

  it('gives the texts i18next gives, for every kind of call', () => {
    const t = rememberingT(fixed());
    const plain = fixed();
    const calls: [string, Record<string, unknown>?][] = [
      ['showOnChart'],
      ['showOnChartOf', { name: 'Ada' }],
      ['showOnChartOf', { name: 'Bob' }],
      ['results', { count: 0 }],
      ['results', { count: 1 }],
      ['results', { count: 2 }],
      ['results', { count: '2' }],
      ['kind.topic'],
      ['no.such.key'],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [key, options] of calls) {
        expect(options ? t(key as never, options) : t(key as never)).toBe(
          options ? plain(key as never, options) : plain(key as never),
        );
      }
    }
    expect(t('results', { count: 1 })).toBe('1 result');
    expect(t('results', { count: 2 })).toBe('2 results');
    // An object (returnObjects) is never remembered: each call gets i18next's own answer.
    expect(t('kind', { returnObjects: true })).toEqual(plain('kind', { returnObjects: true }));
  });

  it('resolves a text once, however often it is asked for', () => {
    const spy = vi.fn(fixed());
    const t = rememberingT(spy as unknown as ReturnType<typeof fixed>);
    for (let i = 0; i < 10; i++) {
      t('showOnChart');
      t('showOnChartOf', { name: 'Ada' });
    }
    expect(spy).toHaveBeenCalledTimes(2);
    // Options it cannot key (an object value) go to i18next every time.
    t('showOnChartOf', { name: { toString: () => 'Ada' } } as never);
    t('showOnChartOf', { name: { toString: () => 'Ada' } } as never);
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('forgets everything past its limit rather than growing without end', () => {
    const spy = vi.fn(fixed());
    const t = rememberingT(spy as unknown as ReturnType<typeof fixed>);
    for (let i = 0; i <= REMEMBERED_TEXTS; i++) t('showOnChartOf', { name: `n${i}` });
    t('showOnChartOf', { name: 'n1' });
    expect(spy).toHaveBeenCalledTimes(REMEMBERED_TEXTS + 2);
    expect(t('showOnChartOf', { name: 'n1' })).toBe('Show on chart: n1');
    expect(spy).toHaveBeenCalledTimes(REMEMBERED_TEXTS + 2);
  });
});
