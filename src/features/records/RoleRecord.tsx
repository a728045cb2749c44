/**
 * The record of a role (position): purpose, responsibilities with RACI letters, holders and
 * their channels, backup, dotted lines, reporting chain, direct reports, "report an error".
 * Shared by the chart's side panel and the `#/position/:id` page.
 */
import './records.css';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import { formatIsoDate } from '../../components/formatDate';
import { contactSeatOf, shownPeople } from '../../domain/contact';
import { subtreeTotalsOf } from '../../domain/headcount';
import { holdersOf, isAway, reportingChain, todayIso, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { Person } from '../../domain/types';
import { ReportError } from './ReportError';
import { ReportingChain } from './ReportingChain';

interface Props {
  index: OrgIndex;
  positionId: string;
  /** Where a link to another position goes: the chart node or the position page. */
  positionHref: (id: string) => string;
  /** Heading level of the title; sections are one below. */
  level?: 1 | 2;
  /** Extra actions next to the title (panel: close, open full page). */
  actions?: React.ReactNode;
  today?: string;
}

export const personChannels = (p: Person) => ({
  email: p.email,
  phone: p.phone,
  chat: p.chat,
  location: p.location,
  hours: p.hours,
});

export function RoleRecord({
  index,
  positionId,
  positionHref,
  level = 2,
  actions,
  today = todayIso(),
}: Props) {
  const { t, i18n } = useTranslation('records');
  const lang = i18n.language;
  const position = index.positionById.get(positionId);
  const H = `h${level}` as const;
  const S = `h${level + 1}` as 'h2' | 'h3';
  if (!position) return <p>{t('notFound', { id: positionId })}</p>;

  const title = localize(position.title, lang);
  const titleOf = (id: string) => localize(index.positionById.get(id)?.title, lang) || id;
  const holderNames = (id: string) =>
    holdersOf(index, id)
      .map((p) => p.name)
      .join(', ');
  const unit = position.unitId !== undefined ? index.unitById.get(position.unitId) : undefined;
  const holders = holdersOf(index, positionId);
  const headcount = position.headcount;
  const tree = subtreeTotalsOf(index, positionId);
  const chain = reportingChain(index, positionId).reverse();
  const reports = index.reportsOf.get(positionId) ?? [];
  const dottedManagers = (position.dottedLineTo ?? []).filter((id) => index.positionById.has(id));
  const dottedReports = index.dottedReportsOf.get(positionId) ?? [];
  const backup =
    position.backupId !== undefined ? index.positionById.get(position.backupId) : undefined;
  // Who covers today (the backup chain, as every other view): only when nobody is in.
  const cover = contactSeatOf(index, positionId, today)?.backup;
  const coverNames = cover
    ? shownPeople(cover)
        .map((p) => p.name)
        .join(', ')
    : '';
  const positionLink = (id: string) => (
    <a href={positionHref(id)}>
      {titleOf(id)}
      {holderNames(id) && <span className="muted"> — {holderNames(id)}</span>}
    </a>
  );

  return (
    <article className="role-record" aria-labelledby={`role-${positionId}`}>
      <header className="record-header">
        <div>
          <H id={`role-${positionId}`} className="record-title">
            {title}
          </H>
          <p className="record-sub">
            {unit && <a href={hrefs.unit(unit.id)}>{localize(unit.name, lang)}</a>}
            {position.assistant && (
              <span className="wf-badge wf-badge-assistant">{t('assistant')}</span>
            )}
          </p>
        </div>
        {actions}
      </header>

      <section>
        <S>{t('holders')}</S>
        {headcount !== undefined && (
          <p className="record-headcount" data-testid="record-headcount">
            <strong>
              {[
                t('headcount.seat', { count: headcount.count }),
                headcount.grade !== undefined
                  ? t('headcount.grade', { grade: localize(headcount.grade, lang) })
                  : '',
                headcount.fte !== undefined ? t('headcount.fte', { fte: headcount.fte }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </strong>{' '}
            <span className="muted">{t('headcount.label')}</span>
          </p>
        )}
        {holders.length === 0 && headcount === undefined && (
          <p className="record-vacant">{t('vacant')}</p>
        )}
        {holders.map((person) => (
          <div key={person.id} className="record-holder">
            <p>
              <a href={hrefs.person(person.id)} aria-label={t('openPerson', { name: person.name })}>
                {person.name}
              </a>
              {isAway(person, today) && (
                <span className="wf-badge wf-badge-away">
                  {t('away', { date: formatIsoDate(person.awayUntil ?? '', lang) })}
                </span>
              )}
            </p>
            <ChannelLinks channels={personChannels(person)} owner={person.name} />
          </div>
        ))}
      </section>

      {position.purpose !== undefined && (
        <section>
          <S>{t('purpose')}</S>
          <p>{localize(position.purpose, lang)}</p>
        </section>
      )}

      {(position.responsibilities?.length ?? 0) > 0 && (
        <section>
          <S>{t('responsibilities')}</S>
          <ul className="record-raci">
            {position.responsibilities?.map((r) => {
              const topic = index.topicById.get(r.topicId);
              return (
                <li key={`${r.topicId}-${r.role}`}>
                  <abbr
                    className={`raci-letter raci-${r.role.toLowerCase()}`}
                    title={t(`raci.${r.role}`)}
                  >
                    {r.role}
                  </abbr>{' '}
                  <a href={hrefs.topic(r.topicId)}>
                    {topic ? localize(topic.name, lang) : r.topicId}
                  </a>
                  <span className="visually-hidden"> ({t(`raci.${r.role}`)})</span>
                  {r.note !== undefined && (
                    <span className="muted"> — {localize(r.note, lang)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {position.contact && (
        <section>
          <S>{t('contact')}</S>
          <ChannelLinks channels={position.contact} owner={title} />
        </section>
      )}

      <section>
        <S>{t('backup')}</S>
        {backup ? <p>{positionLink(backup.id)}</p> : <p className="muted">{t('backupNone')}</p>}
        {cover && (
          <p className="record-cover" data-testid="contact-backup">
            {cover.status === 'available'
              ? t('coveredNow', { name: coverNames })
              : t('coverUnavailable', { name: coverNames || t('vacant') })}
            {cover.position.id !== backup?.id && <> · {positionLink(cover.position.id)}</>}
          </p>
        )}
      </section>

      {(dottedManagers.length > 0 || dottedReports.length > 0) && (
        <section>
          {dottedManagers.length > 0 && (
            <>
              <S>{t('dottedManagers')}</S>
              <ul>
                {dottedManagers.map((id) => (
                  <li key={id}>{positionLink(id)}</li>
                ))}
              </ul>
            </>
          )}
          {dottedReports.length > 0 && (
            <>
              <S>{t('dottedReports')}</S>
              <ul>
                {dottedReports.map((id) => (
                  <li key={id}>{positionLink(id)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section>
        <S>{t('chain')}</S>
        <ReportingChain
          chain={chain}
          current={positionId}
          renderLevel={(id, isCurrent) =>
            isCurrent ? <strong>{titleOf(id)}</strong> : positionLink(id)
          }
        />
      </section>

      <section>
        <S>{t('reports')}</S>
        {reports.length === 0 ? (
          <p className="muted">{t('noReports')}</p>
        ) : (
          <ul className="record-reports">
            {reports.map((id) => (
              <li key={id}>{positionLink(id)}</li>
            ))}
          </ul>
        )}
        {tree.seats > 1 && (
          <p className="muted" data-testid="record-subtree">
            {t('headcount.subtree', { count: tree.people, fte: tree.fte, seats: tree.seats })}
          </p>
        )}
      </section>

      <ReportError
        record={position}
        data={index.data}
        title={title}
        id={positionId}
        pageHash={hrefs.position(positionId)}
      />
    </article>
  );
}
