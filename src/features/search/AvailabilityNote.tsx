/**
 * "Within working hours now" / "Outside working hours" for a contact, read from its hours in
 * its time zone, with the local time there (issue 14 item 6). Hours it cannot read: only the
 * local time, no claim. Away people say so elsewhere (their "away until" badge).
 */
import { useTranslation } from '../../i18n/useTranslation';
import { allTexts } from '../../domain/text';
import type { LocalizedText } from '../../domain/types';
import { availabilityAt } from '../../domain/workingHours';
import { formatLocalTime } from '../../components/formatDate';

export function AvailabilityNote({
  hours,
  timeZone,
  now,
}: {
  hours: LocalizedText | undefined;
  timeZone: string | undefined;
  now: Date;
}) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const texts = allTexts(hours);
  const status = availabilityAt(texts, timeZone, now);
  const time = timeZone === undefined ? undefined : formatLocalTime(now, timeZone, lang);
  if (status === 'unknown' && time === undefined) return null;
  return (
    <p className={`availability availability-${status}`} data-testid="availability">
      {status !== 'unknown' && (
        <span className="availability-status">
          {status === 'working' ? t('availability.working') : t('availability.offHours')}
        </span>
      )}
      {status !== 'unknown' && time !== undefined && <span aria-hidden="true"> · </span>}
      {time !== undefined && (
        <span className="availability-time">
          {t('availability.localTime', { time, zone: timeZone })}
        </span>
      )}
    </p>
  );
}
