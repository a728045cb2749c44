/**
 * Compact results: other topics, people, roles and units, each with its record and chart links.
 * A row is memoised on its record (kind, id), not on the hit: while the user types, rows that
 * stay in the results are not rendered again; only their highlights follow the query (context).
 */
import { labelSeparator } from '../../components/punctuation';
import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { TFunction } from 'i18next';
import { hrefs } from '../../app/links';
import { SafeLink } from '../../components/SafeLink';
import { mailtoHref, telHref } from '../../components/safeUrl';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize, localizeList } from '../../domain/text';
import { buildAnswer, firstContact, unitHead, type TopicChannel } from '../../search/answer';
import type { SearchHit } from '../../search/query';
import { belongingOf } from '../../domain/belonging';
import { Highlight } from './Highlight';
import { RowWhere } from './RowWhere';

interface RowProps {
  index: OrgIndex;
  kind: SearchHit['kind'];
  id: string;
  today: string;
  preferredUnitId: string | undefined;
  locationKey?: string | undefined;
  /** Units of the path to show: more than 1 when another row has the same name. */
  depth?: number | undefined;
}

/** One translation hook per row, passed down: `useTranslation` showed high in the profiles. */
interface KindProps extends RowProps {
  t: TFunction<'search'>;
  lang: string;
}

function Actions({
  chartId,
  name,
  t,
}: {
  chartId: string | undefined;
  name: string;
  t: KindProps['t'];
}) {
  if (!chartId) return null;
  return (
    <a
      className="result-chart"
      href={hrefs.chartNode(chartId)}
      aria-label={t('showOnChartOf', { name })}
    >
      {t('showOnChart')}
    </a>
  );
}

/** A topic answered by a channel: its name and first way in (e-mail, else form, else phone). */
function ChannelDetail({
  channel,
  t,
  lang,
}: {
  channel: TopicChannel;
  t: KindProps['t'];
  lang: string;
}) {
  const name =
    channel.label !== undefined
      ? localize(channel.label, lang)
      : t(channel.kind === 'request' ? 'channel.requestName' : 'channel.sharedName');
  const { email, url, phone } = channel.channels;
  return (
    <p className="result-detail">
      {name}
      {email ? (
        <>
          {' — '}
          <SafeLink href={mailtoHref(email)}>{email}</SafeLink>
        </>
      ) : url ? (
        <>
          {' — '}
          <SafeLink href={url}>{url}</SafeLink>
        </>
      ) : (
        phone && (
          <>
            {' — '}
            <SafeLink href={telHref(phone)}>{phone}</SafeLink>
          </>
        )
      )}
    </p>
  );
}

function TopicRow({ index, id, today, preferredUnitId, locationKey, depth, t, lang }: KindProps) {
  const answer = buildAnswer(index, id, { today, preferredUnitId, locationKey });
  if (!answer) return null;
  const name = localize(answer.topic.name, lang);
  const main = answer.responsible[0];
  const contact = main ? firstContact(main) : undefined;
  return (
    <>
      <p className="result-kind">{t('kind.topic')}</p>
      <p className="result-name">
        <a href={hrefs.topic(id)} data-result-link="">
          <Highlight text={name} />
        </a>
      </p>
      <RowWhere where={[belongingOf(index, answer.topic, depth)]} lang={lang} t={t} />
      {answer.channel ? (
        <ChannelDetail channel={answer.channel} t={t} lang={lang} />
      ) : (
        contact && (
          <p className="result-detail">
            {localize(contact.seat.position.title, lang)}
            {contact.person && (
              <>
                {' — '}
                {contact.person.name}{' '}
                <SafeLink href={mailtoHref(contact.person.email)}>{contact.person.email}</SafeLink>
              </>
            )}
          </p>
        )
      )}
      <Actions chartId={main?.position.id} name={name} t={t} />
    </>
  );
}

function PersonRow({ index, id, depth, t, lang }: KindProps) {
  const person = index.personById.get(id);
  if (!person) return null;
  const positions = (index.positionsOfPerson.get(person.id) ?? []).flatMap(
    (id) => index.positionById.get(id) ?? [],
  );
  const ask = localizeList(person.askMeAbout, lang);
  return (
    <>
      <p className="result-kind">{t('kind.person')}</p>
      <p className="result-name">
        <a href={hrefs.person(person.id)} data-result-link="">
          <Highlight text={person.name} />
        </a>
      </p>
      <RowWhere
        where={
          positions.length > 0
            ? positions.map((p) =>
                belongingOf(index, { unitId: p.unitId, orgId: person.orgId ?? p.orgId }, depth),
              )
            : [belongingOf(index, person, depth)]
        }
        lang={lang}
        t={t}
      />
      <p className="result-detail">
        {positions.map((p) => localize(p.title, lang)).join(', ')}
        {person.email && (
          <>
            {positions.length > 0 && ' — '}
            <SafeLink href={mailtoHref(person.email)}>
              <Highlight text={person.email} />
            </SafeLink>
          </>
        )}
      </p>
      {ask.length > 0 && (
        <p className="result-detail muted">
          {t('askMeAbout')}
          {labelSeparator(lang)}
          <Highlight text={ask.join(', ')} />
        </p>
      )}
      <Actions chartId={positions[0]?.id} name={person.name} t={t} />
    </>
  );
}

function PositionRow({ index, id, depth, t, lang }: KindProps) {
  const position = index.positionById.get(id);
  if (!position) return null;
  const title = localize(position.title, lang);
  const holders = (position.holders ?? []).flatMap((id) => index.personById.get(id) ?? []);
  const purpose = localize(position.purpose, lang);
  return (
    <>
      <p className="result-kind">{t('kind.position')}</p>
      <p className="result-name">
        <a href={hrefs.position(position.id)} data-result-link="">
          <Highlight text={title} />
        </a>
      </p>
      <RowWhere where={[belongingOf(index, position, depth)]} lang={lang} t={t} />
      <p className="result-detail">
        {holders.length > 0 ? holders.map((p) => p.name).join(', ') : t('vacant')}
      </p>
      {purpose && (
        <p className="result-detail muted">
          <Highlight text={purpose} />
        </p>
      )}
      <Actions chartId={position.id} name={title} t={t} />
    </>
  );
}

function UnitRow({ index, id, depth, t, lang }: KindProps) {
  const unit = index.unitById.get(id);
  if (!unit) return null;
  const name = localize(unit.name, lang);
  const mission = localize(unit.mission, lang);
  return (
    <>
      <p className="result-kind">{t('kind.unit')}</p>
      <p className="result-name">
        <a href={hrefs.unit(unit.id)} data-result-link="">
          <Highlight text={name} />
        </a>
      </p>
      <RowWhere
        where={[belongingOf(index, { unitId: unit.parentId, orgId: unit.orgId }, depth)]}
        lang={lang}
        t={t}
      />
      {mission && (
        <p className="result-detail muted">
          <Highlight text={mission} />
        </p>
      )}
      {unit.contact?.email && (
        <p className="result-detail">
          <SafeLink href={mailtoHref(unit.contact.email)}>{unit.contact.email}</SafeLink>
        </p>
      )}
      <Actions chartId={unitHead(index, unit.id)} name={name} t={t} />
    </>
  );
}

const ROWS = { topic: TopicRow, person: PersonRow, position: PositionRow, unit: UnitRow };

export const ResultRow = memo(function ResultRow(props: RowProps) {
  const { t, i18n } = useTranslation('search');
  const Row = ROWS[props.kind];
  return (
    <li className={`result-row result-${props.kind}`}>
      <Row {...props} t={t} lang={i18n.language} />
    </li>
  );
});
