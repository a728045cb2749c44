/**
 * "Your location": where the user works, chosen from the places people work at, remembered
 * on this device (onboarding store). With several Responsible for a topic, the one there comes
 * first (issue 14 item 6). Shown on "I'm new" and on the empty home page; hidden when the data
 * names fewer than two places (or before the search worker has listed them).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { localize } from '../domain/text';
import type { KnownLocation } from '../domain/userLocation';
import { selectLocationKey, useOnboardingStore } from '../store/onboardingStore';
import './locationChoice.css';

interface Props {
  /** The places people work at (`knownLocations`, built with the search index); undefined until then. */
  locations: readonly KnownLocation[] | undefined;
  className?: string;
}

export function LocationChoice({ locations = [], className }: Props) {
  const { t, i18n } = useTranslation('common');
  const lang = i18n.language;
  const id = useId();
  const hintId = useId();
  const chosen = useOnboardingStore(selectLocationKey);
  const chooseLocation = useOnboardingStore((s) => s.chooseLocation);
  const options = useMemo(
    () =>
      locations
        .map((l) => ({ key: l.key, label: localize(l.text, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [locations, lang],
  );
  if (locations.length < 2) return null;
  // A choice the current data no longer knows reads as "not set" (kept until changed).
  const value = chosen !== undefined && options.some((o) => o.key === chosen) ? chosen : '';
  return (
    <div className={['field', 'location-choice', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{t('location.label')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hintId}
        onChange={(e) => chooseLocation(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{t('location.none')}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={hintId} className="muted location-hint">
        {t('location.hint')}
      </p>
    </div>
  );
}
