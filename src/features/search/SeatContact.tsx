/**
 * One seat of an answer: the role, who holds it and every way to reach them. When nobody in
 * the seat is available, the backup comes first and the card says why.
 */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import { channelsOfPerson, hasChannels } from '../../components/channels';
import { AvailabilityNote } from './AvailabilityNote';
import { formatIsoDate } from '../../components/formatDate';
import { useNow } from './useNow';
import { localize } from '../../domain/text';
import type { Person } from '../../domain/types';
import type { ContactSeat, Seat } from '../../search/answer';

function PersonContact({
  person,
  away,
  testId,
}: {
  person: Person;
  away: boolean;
  testId?: string | undefined;
}) {
  const { t, i18n } = useTranslation('search');
  const now = useNow();
  return (
    <div className="seat-person">
      <p className="seat-person-name">
        <a href={hrefs.person(person.id)} data-testid={testId}>
          {person.name}
        </a>
        {away && person.awayUntil && (
          <span className="search-badge search-badge-away">
            {t('awayUntil', { date: formatIsoDate(person.awayUntil, i18n.language) })}
          </span>
        )}
      </p>
      {!away && (
        <>
          <ChannelLinks channels={channelsOfPerson(person)} owner={person.name} />
          <AvailabilityNote hours={person.hours} timeZone={person.timeZone} now={now} />
        </>
      )}
    </div>
  );
}

interface SeatProps {
  seat: Seat;
  /** Marks the first contact's name for tests and styling. */
  primary?: boolean | undefined;
  compact?: boolean;
}

export function SeatView({ seat, primary, compact }: SeatProps) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const title = localize(seat.position.title, lang);
  const shown = seat.status === 'available' ? seat.present : seat.holders;
  return (
    <div className={`seat seat-${seat.status}`}>
      <p className="seat-title">
        <a href={hrefs.position(seat.position.id)}>{title}</a>
        {seat.unit && (
          <>
            <span aria-hidden="true"> · </span>
            <a className="seat-unit" href={hrefs.unit(seat.unit.id)}>
              {localize(seat.unit.name, lang)}
            </a>
          </>
        )}
        {seat.status === 'vacant' && (
          <span className="search-badge search-badge-vacant">{t('vacant')}</span>
        )}
      </p>
      {shown.map((person, i) => (
        <PersonContact
          key={person.id}
          person={person}
          away={seat.status === 'away'}
          testId={primary && i === 0 ? 'responsible-name' : undefined}
        />
      ))}
      {!compact && hasChannels(seat.position.contact) && (
        <div className="seat-shared">
          <p className="seat-label">{t('roleMailbox')}</p>
          <ChannelLinks channels={seat.position.contact} owner={title} />
        </div>
      )}
    </div>
  );
}

function AwayReason({ seat }: { seat: Seat }) {
  const { t, i18n } = useTranslation('search');
  if (seat.status === 'vacant') return <>{t('backupBecauseVacant')}</>;
  const until = seat.holders[0]?.awayUntil;
  return (
    <>
      {t('backupBecauseAway', {
        name: seat.holders.map((p) => p.name).join(', '),
        date: until ? formatIsoDate(until, i18n.language) : '',
      })}
    </>
  );
}

/** A Responsible (or Accountable) seat with its backup first when needed. */
export function ContactSeatView({
  seat,
  primary,
}: {
  seat: ContactSeat;
  primary?: boolean | undefined;
}) {
  const { t } = useTranslation('search');
  if (seat.status === 'available') return <SeatView seat={seat} primary={primary} />;
  const backup = seat.backup;
  return (
    <div className="seat-with-backup">
      <p className="seat-reason" role="note">
        <AwayReason seat={seat} />
      </p>
      {backup ? (
        <div className="seat-backup">
          <p className="seat-label">{t('backup')}</p>
          <SeatView seat={backup} primary={primary} />
        </div>
      ) : (
        <p className="seat-reason-none">{t('noBackup')}</p>
      )}
      <div className="seat-usual">
        <p className="seat-label">{t('usualContact')}</p>
        <SeatView seat={seat} primary={primary && !backup} compact />
      </div>
    </div>
  );
}
