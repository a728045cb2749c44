/**
 * A position as a contact card: its title, who holds it (with every channel as a working link),
 * who covers when the holder is away or the seat is vacant, and "Show on chart".
 * Shared by the service catalogue, the unit page and "I'm new".
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import { channelsOfPerson } from '../../components/channels';
import { holdersOf, isAway, todayIso, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { Person } from '../../domain/types';
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
          {t('common.awayUntil', {
            date: new Date(`${person.awayUntil}T12:00:00`).toLocaleDateString(i18n.language),
          })}
        </span>
      )}
    </p>
  );
}

export const PositionContact = memo(function PositionContact({
  index,
  positionId,
  label,
  compact,
  hideUnit,
}: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const position = index.positionById.get(positionId);
  if (!position) return null;
  const today = todayIso();
  const holders = holdersOf(index, positionId);
  const title = localize(position.title, lang);
  const unit = position.unitId ? index.unitById.get(position.unitId) : undefined;
  const allAway = holders.every((p) => isAway(p, today));
  const backupId = position.backupId;
  const backupHolders =
    allAway && backupId && backupId !== positionId && index.positionById.has(backupId)
      ? holdersOf(index, backupId).filter((p) => !isAway(p, today))
      : [];
  const backup = backupId ? index.positionById.get(backupId) : undefined;
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
      {holders.length === 0 && <p className="badge badge-vacant">{t('common.vacant')}</p>}
      {holders.map((person) => (
        <div key={person.id} className="contact-person">
          <HolderLine person={person} today={today} />
          {!compact && <ChannelLinks channels={channelsOfPerson(person)} owner={person.name} />}
        </div>
      ))}
      {holders.length === 0 && !compact && (
        <ChannelLinks channels={position.contact} owner={title} />
      )}
      {backup && backupHolders.length > 0 && (
        <div className="contact-backup">
          <p className="contact-label">
            {t('common.coveredBy', { name: backupHolders.map((p) => p.name).join(', ') })}
            {' · '}
            <a href={hrefs.position(backup.id)}>{localize(backup.title, lang)}</a>
          </p>
          {!compact &&
            backupHolders.map((p) => (
              <ChannelLinks key={p.id} channels={channelsOfPerson(p)} owner={p.name} />
            ))}
        </div>
      )}
      <p className="contact-actions">
        <ChartLink positionId={positionId} name={title} />
      </p>
    </div>
  );
});
