/**
 * A position as a contact card: its title, who holds it (with every channel as a working link),
 * who covers when the holder is away or the seat is vacant (the backup chain of
 * `domain/contact.ts`, as the search answer), and "Show on chart".
 * Shared by the service catalogue, the unit page and "I'm new".
 */
import './contact.css';
import { memo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';
import { ChannelLinks } from './ChannelLinks';
import { channelsOfPerson } from './channels';
import { formatIsoDate } from './formatDate';
import { contactSeatOf, shownPeople, type Seat } from '../domain/contact';
import { isAway, todayIso, type OrgIndex } from '../domain/orgIndex';
import { localize } from '../domain/text';
import type { Person } from '../domain/types';
import { ChartLink } from './ChartLink';

interface Props {
  index: OrgIndex;
  positionId: string;
  /** A heading-free label above the card (e.g. "Your manager"). */
  label?: string;
  /** Hide channels (e.g. a list of peers). */
  compact?: boolean;
  /** Don't repeat the unit (e.g. on the unit's own page). */
  hideUnit?: boolean;
  /** Fixed in tests; today otherwise. */
  today?: string;
}

function HolderLine({ person, today }: { person: Person; today: string }) {
  const { t, i18n } = useTranslation('views');
  const away = isAway(person, today);
  return (
    <p className="contact-holder">
      <a href={hrefs.person(person.id)} className="contact-name">
        {person.name}
      </a>
      {away && person.awayUntil && (
        <span className="badge badge-away">
          {t('common.awayUntil', { date: formatIsoDate(person.awayUntil, i18n.language) })}
        </span>
      )}
    </p>
  );
}

/** Who covers: the backup seat found by the domain rule, its people and their channels. */
function BackupLine({
  backup,
  compact,
  today,
}: {
  backup: Seat;
  compact: boolean | undefined;
  today: string;
}) {
  const { t, i18n } = useTranslation('views');
  const people = shownPeople(backup);
  const names = people.map((p) => p.name).join(', ');
  return (
    <div className="contact-backup" data-testid="contact-backup">
      <p className="contact-label">
        {backup.status === 'available'
          ? t('common.coveredBy', { name: names })
          : t('common.backupUnavailable')}
        {' · '}
        <a href={hrefs.position(backup.position.id)}>
          {localize(backup.position.title, i18n.language)}
        </a>
      </p>
      {backup.status !== 'available' &&
        people.map((p) => <HolderLine key={p.id} person={p} today={today} />)}
      {!compact &&
        backup.status === 'available' &&
        people.map((p) => (
          <ChannelLinks key={p.id} channels={channelsOfPerson(p)} owner={p.name} />
        ))}
    </div>
  );
}

export const PositionContact = memo(function PositionContact({
  index,
  positionId,
  label,
  compact,
  hideUnit,
  today = todayIso(),
}: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const seat = contactSeatOf(index, positionId, today);
  if (!seat) return null;
  const { position, holders, unit } = seat;
  const title = localize(position.title, lang);
  return (
    <div className="contact-card">
      {label && <p className="contact-label">{label}</p>}
      <p className="contact-title">
        <a href={hrefs.position(positionId)}>{title}</a>
        {unit && !hideUnit && (
          <>
            {' · '}
            <a href={hrefs.unit(unit.id)} className="muted">
              {localize(unit.name, lang)}
            </a>
          </>
        )}
      </p>
      {seat.status === 'vacant' && <p className="badge badge-vacant">{t('common.vacant')}</p>}
      {holders.map((person) => (
        <div key={person.id} className="contact-person">
          <HolderLine person={person} today={today} />
          {!compact && <ChannelLinks channels={channelsOfPerson(person)} owner={person.name} />}
        </div>
      ))}
      {seat.status === 'vacant' && !compact && (
        <ChannelLinks channels={position.contact} owner={title} />
      )}
      {seat.backup && <BackupLine backup={seat.backup} compact={compact} today={today} />}
      <p className="contact-actions">
        <ChartLink positionId={positionId} name={title} />
      </p>
    </div>
  );
});
