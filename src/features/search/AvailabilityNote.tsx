/**
 * "Within working hours now" / "Outside working hours" for a contact, read from its hours in
 * its time zone, with the local time there (issue 14 item 6). Hours it cannot read: only the
 * local time, no claim. Away people say so elsewhere (their "away until" badge).
 */
import { useTranslation } from '../../i18n/useTranslation';
import { allTexts } from '../../domain/text';
import type { LocalizedText } from '../../domain/types';
import { availabilityAt } from '../../domain/workingHours';
import { formatUnbroken } from '../../components/formatDate';

/**
 * One formatter per language and time zone: building an Intl.DateTimeFormat costs far more than
 * formatting with it, and every contact of every keystroke's answer asked for one.
 * `null`: a time zone the browser does not know.
 */
const clockFormats = new Map<string, Intl.DateTimeFormat | null>();

function localTime(now: Date, timeZone: string | undefined, lang: string): string | undefined {
  const key = `${lang}|${timeZone ?? ''}`;
  let format = clockFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(lang, {
        hour: '2-digit',
        minute: '2-digit',
        ...(timeZone === undefined ? {} : { timeZone }),
      });
    } catch {
      format = null;
    }
    clockFormats.set(key, format);
  }
  return format ? formatUnbroken(format, now) : undefined;
}

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
  const time = timeZone === undefined ? undefined : localTime(now, timeZone, lang);
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
