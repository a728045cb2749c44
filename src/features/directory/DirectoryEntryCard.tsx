/** One directory result: a person with the positions they hold, or a vacant position. */
import { labelSeparator } from '../../components/punctuation';
import { formatIsoDate } from '../../components/formatDate';
import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import type { DirectoryEntry } from '../../domain/directory';
import { isAway, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { ChartLink } from '../../components/ChartLink';
import { languageName } from './languageName';
import { SaveContact } from '../records/SaveContact';
// The away and vacant badges: styled there, and this page may be the first one opened.
import '../../components/contact.css';

interface Props {
  index: OrgIndex;
  entry: DirectoryEntry;
  today: string;
  /** Place in the (virtualised) list, 0-based, and its length: told to screen readers. */
  row: number;
  total: number;
  /** Offset from the top of the list, px (rows are absolutely placed). */
  top: number;
  /** Lets the virtualiser measure the drawn row. */
  measureRef: (element: HTMLLIElement | null) => void;
}

export const DirectoryEntryCard = memo(function DirectoryEntryCard({
  index,
  entry,
  today,
  row,
  total,
  top,
  measureRef,
}: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const person = entry.kind === 'person' ? index.personById.get(entry.id) : undefined;
  const firstPosition = entry.positionIds[0];
  const name = person
    ? person.name
    : localize(index.positionById.get(entry.id)?.title, lang) || entry.id;
  return (
    <li
      ref={measureRef}
      data-index={row}
      aria-setsize={total}
      aria-posinset={row + 1}
      className={`dir-entry dir-${entry.kind}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div className="dir-main">
        <h2 className="dir-name">
          {person ? (
            <a href={hrefs.person(person.id)}>{person.name}</a>
          ) : (
            <a href={hrefs.position(entry.id)}>{name}</a>
          )}
          {person && isAway(person, today) && person.awayUntil && (
            <span className="badge badge-away">
              {t('common.awayUntil', { date: formatIsoDate(person.awayUntil, lang) })}
            </span>
          )}
          {!person && <span className="badge badge-vacant">{t('directory.vacantPosition')}</span>}
        </h2>
        <ul className="dir-roles">
          {person && entry.positionIds.length === 0 && (
            <li className="muted">{t('directory.noPosition')}</li>
          )}
          {entry.positionIds.map((id) => {
            const position = index.positionById.get(id);
            if (!position) return null;
            const unit = position.unitId ? index.unitById.get(position.unitId) : undefined;
            return (
              <li key={id}>
                {person && <a href={hrefs.position(id)}>{localize(position.title, lang)}</a>}
                {unit && (
                  <>
                    {person && ' · '}
                    <a href={hrefs.unit(unit.id)} className="dir-unit">
                      {localize(unit.name, lang)}
                    </a>
                  </>
                )}
              </li>
            );
          })}
        </ul>
        {person && (person.location || (person.languages?.length ?? 0) > 0) && (
          <p className="dir-meta">
            {person.location && <span>{localize(person.location, lang)}</span>}
            {person.languages && person.languages.length > 0 && (
              <span>
                <span className="visually-hidden">
                  {t('directory.languages')}
                  {labelSeparator(lang)}
                </span>
                {person.languages.map((l) => languageName(l, lang)).join(', ')}
              </span>
            )}
          </p>
        )}
      </div>
      <div className="dir-side">
        {person && (
          <ChannelLinks
            channels={{ email: person.email, phone: person.phone, chat: person.chat }}
            owner={person.name}
          />
        )}
        <p className="dir-actions">
          {firstPosition && <ChartLink positionId={firstPosition} name={name} />}
          {person && <SaveContact index={index} personId={person.id} name={person.name} compact />}
        </p>
      </div>
    </li>
  );
});
