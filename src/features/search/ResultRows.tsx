/** Compact results: other topics, people, roles and units, each with its record and chart links. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import { SafeLink } from '../../components/SafeLink';
import { mailtoHref } from '../../components/safeUrl';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize, localizeList } from '../../domain/text';
import { buildAnswer, firstContact, unitHead } from '../../search/answer';
import type { SearchHit } from '../../search/query';
import { Highlight } from './Highlight';

interface RowProps {
  index: OrgIndex;
  hit: SearchHit;
  terms: ReadonlySet<string>;
  today: string;
  preferredUnitId: string | undefined;
}

function Actions({ chartId, name }: { chartId: string | undefined; name: string }) {
  const { t } = useTranslation('search');
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

function TopicRow({ index, hit, terms, today, preferredUnitId }: RowProps) {
  const { t, i18n } = useTranslation('search');
  const answer = buildAnswer(index, hit.id, { today, preferredUnitId });
  if (!answer) return null;
  const name = localize(answer.topic.name, i18n.language);
  const main = answer.responsible[0];
  const contact = main ? firstContact(main) : undefined;
  return (
    <>
      <p className="result-kind">{t('kind.topic')}</p>
      <p className="result-name">
        <a href={hrefs.topic(hit.id)} data-result-link="">
          <Highlight text={name} terms={terms} />
        </a>
      </p>
      {contact && (
        <p className="result-detail">
          {localize(contact.seat.position.title, i18n.language)}
          {contact.person && (
            <>
              {' — '}
              {contact.person.name}{' '}
              <SafeLink href={mailtoHref(contact.person.email)}>{contact.person.email}</SafeLink>
            </>
          )}
        </p>
      )}
      <Actions chartId={main?.position.id} name={name} />
    </>
  );
}

function PersonRow({ index, hit, terms }: RowProps) {
  const { t, i18n } = useTranslation('search');
  const person = index.personById.get(hit.id);
  if (!person) return null;
  const positions = (index.positionsOfPerson.get(person.id) ?? []).flatMap(
    (id) => index.positionById.get(id) ?? [],
  );
  const ask = localizeList(person.askMeAbout, i18n.language);
  return (
    <>
      <p className="result-kind">{t('kind.person')}</p>
      <p className="result-name">
        <a href={hrefs.person(person.id)} data-result-link="">
          <Highlight text={person.name} terms={terms} />
        </a>
      </p>
      <p className="result-detail">
        {positions.map((p) => localize(p.title, i18n.language)).join(', ')}
        {person.email && (
          <>
            {positions.length > 0 && ' — '}
            <SafeLink href={mailtoHref(person.email)}>
              <Highlight text={person.email} terms={terms} />
            </SafeLink>
          </>
        )}
      </p>
      {ask.length > 0 && (
        <p className="result-detail muted">
          {t('askMeAbout')}: <Highlight text={ask.join(', ')} terms={terms} />
        </p>
      )}
      <Actions chartId={positions[0]?.id} name={person.name} />
    </>
  );
}

function PositionRow({ index, hit, terms }: RowProps) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const position = index.positionById.get(hit.id);
  if (!position) return null;
  const title = localize(position.title, lang);
  const unit = position.unitId ? index.unitById.get(position.unitId) : undefined;
  const holders = (position.holders ?? []).flatMap((id) => index.personById.get(id) ?? []);
  const purpose = localize(position.purpose, lang);
  return (
    <>
      <p className="result-kind">{t('kind.position')}</p>
      <p className="result-name">
        <a href={hrefs.position(position.id)} data-result-link="">
          <Highlight text={title} terms={terms} />
        </a>
        {unit && <span className="muted"> · {localize(unit.name, lang)}</span>}
      </p>
      <p className="result-detail">
        {holders.length > 0 ? holders.map((p) => p.name).join(', ') : t('vacant')}
      </p>
      {purpose && (
        <p className="result-detail muted">
          <Highlight text={purpose} terms={terms} />
        </p>
      )}
      <Actions chartId={position.id} name={title} />
    </>
  );
}

function UnitRow({ index, hit, terms }: RowProps) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const unit = index.unitById.get(hit.id);
  if (!unit) return null;
  const name = localize(unit.name, lang);
  const mission = localize(unit.mission, lang);
  return (
    <>
      <p className="result-kind">{t('kind.unit')}</p>
      <p className="result-name">
        <a href={hrefs.unit(unit.id)} data-result-link="">
          <Highlight text={name} terms={terms} />
        </a>
      </p>
      {mission && (
        <p className="result-detail muted">
          <Highlight text={mission} terms={terms} />
        </p>
      )}
      {unit.contact?.email && (
        <p className="result-detail">
          <SafeLink href={mailtoHref(unit.contact.email)}>{unit.contact.email}</SafeLink>
        </p>
      )}
      <Actions chartId={unitHead(index, unit.id)} name={name} />
    </>
  );
}

const ROWS = { topic: TopicRow, person: PersonRow, position: PositionRow, unit: UnitRow };

export const ResultRow = memo(function ResultRow(props: RowProps) {
  const Row = ROWS[props.hit.kind];
  return (
    <li className={`result-row result-${props.hit.kind}`}>
      <Row {...props} />
    </li>
  );
});
