/**
 * The person page's "Works with": for each seat they hold, the manager, the team (seats
 * reporting to it) and the backup, each as the people in the seat and the seat's title.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import { relationsOf } from '../../domain/relations';
import { localize } from '../../domain/text';

/** Team members listed before "Show all" (a manager of a large unit can have hundreds). */
const TEAM_SHOWN = 12;

function SeatPeople({ index, positionId }: { index: OrgIndex; positionId: string }) {
  const { t, i18n } = useTranslation('records');
  const holders = holdersOf(index, positionId);
  const title = localize(index.positionById.get(positionId)?.title, i18n.language) || positionId;
  return (
    <>
      {holders.length === 0 && <span className="record-vacant">{t('relations.vacant')}</span>}
      {holders.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          <a href={hrefs.person(p.id)}>{p.name}</a>
        </span>
      ))}
      <span className="muted">
        {' — '}
        <a href={hrefs.position(positionId)}>{title}</a>
      </span>
    </>
  );
}

function Team({ index, ids }: { index: OrgIndex; ids: readonly string[] }) {
  const { t } = useTranslation('records');
  const [all, setAll] = useState(false);
  if (ids.length === 0) return <p className="muted">{t('noReports')}</p>;
  const shown = all ? ids : ids.slice(0, TEAM_SHOWN);
  return (
    <>
      <ul className="person-team">
        {shown.map((id) => (
          <li key={id}>
            <SeatPeople index={index} positionId={id} />
          </li>
        ))}
      </ul>
      {shown.length < ids.length && (
        <button type="button" className="button-link" onClick={() => setAll(true)}>
          {t('relations.showAll', { count: ids.length })}
        </button>
      )}
    </>
  );
}

export function PersonRelations({ index, personId }: { index: OrgIndex; personId: string }) {
  const { t, i18n } = useTranslation('records');
  const seats = relationsOf(index, personId);
  if (seats.length === 0) return null;
  return (
    <section aria-labelledby="person-relations" className="person-relations">
      <h2 id="person-relations">{t('relations.title')}</h2>
      {seats.map((seat) => (
        <div key={seat.positionId} className="person-seat">
          {seats.length > 1 && (
            <h3>
              {localize(index.positionById.get(seat.positionId)?.title, i18n.language) ||
                seat.positionId}
            </h3>
          )}
          <dl>
            <dt>{t('relations.manager')}</dt>
            <dd data-testid="relation-manager">
              {seat.managerId ? (
                <SeatPeople index={index} positionId={seat.managerId} />
              ) : (
                <span className="muted">{t('relations.noManager')}</span>
              )}
            </dd>
            <dt>{t('relations.team', { count: seat.teamIds.length })}</dt>
            <dd data-testid="relation-team">
              <Team index={index} ids={seat.teamIds} />
            </dd>
            <dt>{t('backup')}</dt>
            <dd data-testid="relation-backup">
              {seat.backupId ? (
                <SeatPeople index={index} positionId={seat.backupId} />
              ) : (
                <span className="muted">{t('backupNone')}</span>
              )}
            </dd>
          </dl>
        </div>
      ))}
    </section>
  );
}
