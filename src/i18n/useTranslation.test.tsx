import { act, cleanup, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from './i18n';
import { useTranslation } from './useTranslation';

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
