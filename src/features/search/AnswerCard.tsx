/**
 * The answer to "who do I contact for X?": the topic, the Responsible contact (backup first
 * when needed), the service level and how to ask, the Accountable for escalation, and the
 * Consulted / Informed on demand.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import { hasChannels } from '../../components/channels';
import { SafeLink } from '../../components/SafeLink';
import { belongingOf, organisationLabel } from '../../domain/belonging';
import { localize } from '../../domain/text';
import type { OrgIndex } from '../../domain/orgIndex';
import type { ContactSeat, TopicAnswer } from '../../search/answer';
import { ChannelAnswer } from './ChannelAnswer';
import { ContactSeatView, SeatView } from './SeatContact';
import { Highlight } from './Highlight';
import { hasServiceDetails, ServiceDetails } from './ServiceDetails';
import { useAfterPaint } from './useAfterPaint';

interface Props {
  answer: TopicAnswer;
  /** Matched terms to highlight; by default those of the `HighlightTerms` context. */
  terms?: ReadonlySet<string>;
  /** Heading level of the topic name (2 on the search page, 1 on the topic page). */
  level?: 1 | 2;
  preferredUnitId?: string | undefined;
  /** The record link that keyboard navigation moves to (search page only). */
  linkTopic?: boolean;
  /** Units of the topic's path to name (more when another result has the same name). */
  depth?: number | undefined;
  index?: OrgIndex | undefined;
  /**
   * Search page: a new topic's card is drawn in two renders, the contact in the keystroke's
   * own frame, the service level, escalation and links in a render after that frame
   * (`useAfterPaint`, which the next keystroke may interrupt), so a keystroke that changes the
   * answer fits in its frame.
   */
  progressive?: boolean;
}

/** Other Responsible seats, drawn when the disclosure is opened (closed, they cost each keystroke). */
function AlsoResponsible({ seats, summary }: { seats: ContactSeat[]; summary: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="answer-also" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && seats.map((seat) => <ContactSeatView key={seat.position.id} seat={seat} />)}
    </details>
  );
}

function OthersDisclosure({ answer }: { answer: TopicAnswer }) {
  const { t } = useTranslation('search');
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = answer.consulted.length + answer.informed.length;
  if (count === 0) return null;
  return (
    <div className="answer-others">
      <button
        type="button"
        className="button-link answer-disclosure"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t('showLess') : t('showMore', { count })}
      </button>
      {/* Drawn when opened: mounted hidden, these seats were a tenth of a keystroke's DOM. */}
      <div id={id} hidden={!open} className="answer-others-list">
        {open &&
          (['consulted', 'informed'] as const).map((role) =>
            answer[role].length > 0 ? (
              <section key={role} className="answer-role">
                <h4 className={`raci-letter-label raci-${role}`}>{t(role)}</h4>
                {answer[role].map((seat) => (
                  <SeatView key={seat.position.id} seat={seat} compact />
                ))}
              </section>
            ) : null,
          )}
      </div>
    </div>
  );
}

/** The topic's organisation and unit path, each unit a link (broad to narrow). */
function AnswerWhere({
  answer,
  index,
  depth,
  lang,
}: {
  answer: TopicAnswer;
  index: OrgIndex | undefined;
  depth: number | undefined;
  lang: string;
}) {
  const where = index
    ? belongingOf(index, answer.topic, depth)
    : { units: answer.unit ? [answer.unit] : [], organisation: undefined };
  const units = [...where.units].reverse();
  return (
    <>
      {where.organisation && (
        <span className="answer-org">{organisationLabel(where.organisation, lang)}</span>
      )}
      {units.map((unit) => (
        <a key={unit.id} className="answer-unit" href={hrefs.unit(unit.id)}>
          {localize(unit.name, lang)}
        </a>
      ))}
    </>
  );
}

/** Whether the side column has anything to show (else the card is one column). */
function hasSide(answer: TopicAnswer): boolean {
  return (
    answer.accountable.length > 0 ||
    (answer.topic.links ?? []).length > 0 ||
    hasServiceDetails(answer.topic, answer.channel?.kind === 'request')
  );
}

/** The service level and how to ask, the Accountable to escalate to, and the topic's links. */
function AnswerSide({ answer, lang }: { answer: TopicAnswer; lang: string }) {
  const { t } = useTranslation('search');
  const { topic } = answer;
  return (
    <div className="answer-side">
      <ServiceDetails topic={topic} requestShown={answer.channel?.kind === 'request'} />
      {answer.accountable.length > 0 && (
        <section className="answer-escalation">
          <h3 className="answer-section-title">
            <span className="raci-pill raci-a" aria-hidden="true">
              A
            </span>
            {t('escalation')}
          </h3>
          <p className="muted answer-small">{t('escalateTo')}</p>
          {answer.accountable.map((seat) => (
            <SeatView key={seat.position.id} seat={seat} compact />
          ))}
        </section>
      )}
      {(topic.links ?? []).length > 0 && (
        <section className="answer-links">
          <h3 className="answer-section-title">{t('links')}</h3>
          <ul>
            {(topic.links ?? []).map((link) => (
              <li key={link.url}>
                <SafeLink href={link.url}>{localize(link.label, lang)}</SafeLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function AnswerCard({
  answer,
  terms,
  level = 2,
  preferredUnitId,
  linkTopic,
  depth,
  index,
  progressive = false,
}: Props) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const headingId = useId();
  const { topic, unit } = answer;
  const name = localize(topic.name, lang);
  const description = localize(topic.description, lang);
  const Heading = level === 1 ? 'h1' : 'h2';
  const [main, ...others] = answer.responsible;
  const chartTarget = main?.position.id;
  // The topic whose side column is drawn: the previous one (or none) until the render after
  // the keystroke's frame.
  const sideTopicId = useAfterPaint(progressive ? topic.id : '', '');
  const sideDrawn = !progressive || sideTopicId === topic.id;
  return (
    <article className="answer-card" aria-labelledby={headingId} data-testid="answer-card">
      <header className="answer-header">
        <p className="answer-eyebrow">
          <span className="answer-kind">{t('answer')}</span>
          <AnswerWhere answer={answer} index={index} depth={depth} lang={lang} />
        </p>
        <Heading id={headingId} className="answer-title">
          {linkTopic ? (
            <a href={hrefs.topic(topic.id)} data-result-link="">
              <Highlight text={name} terms={terms} />
            </a>
          ) : (
            <Highlight text={name} terms={terms} />
          )}
        </Heading>
        {description && (
          <p className="answer-description">
            <Highlight text={description} terms={terms} />
          </p>
        )}
      </header>

      <div className="answer-body">
        <section className="answer-contact" aria-label={t('contact')}>
          {answer.channel && (
            <>
              <h3 className="answer-section-title">
                {answer.channel.kind === 'responsible' && (
                  <span className="raci-pill raci-r" aria-hidden="true">
                    R
                  </span>
                )}
                {answer.channel.kind === 'responsible' ? t('responsible') : t('requestAt')}
              </h3>
              <ChannelAnswer channel={answer.channel} />
            </>
          )}
          {(main || !answer.channel) && (
            <h3 className={`answer-section-title${answer.channel ? ' answer-section-next' : ''}`}>
              <span className="raci-pill raci-r" aria-hidden="true">
                R
              </span>
              {answer.channel?.kind === 'responsible' ? t('channel.people') : t('responsible')}
            </h3>
          )}
          {main ? (
            <>
              {preferredUnitId && main.position.unitId === preferredUnitId && (
                <p className="search-badge search-badge-mine">{t('yourUnit')}</p>
              )}
              <ContactSeatView seat={main} primary />
            </>
          ) : (
            !answer.channel && <p className="muted">{t('noResponsible')}</p>
          )}
          {!main && !answer.channel && unit && hasChannels(unit.contact) && (
            <div className="seat-shared">
              <p className="seat-label">{t('teamContact')}</p>
              <ChannelLinks channels={unit.contact} owner={localize(unit.name, lang)} />
            </div>
          )}
          {others.length > 0 && (
            <AlsoResponsible
              seats={others}
              summary={`${t('alsoResponsible')} (${others.length})`}
            />
          )}
        </section>

        {sideDrawn || !hasSide(answer) ? (
          <AnswerSide answer={answer} lang={lang} />
        ) : (
          // Two columns already, so nothing moves sideways when the side is drawn.
          <div className="answer-side answer-side-pending" aria-busy="true" />
        )}
      </div>

      <footer className="answer-footer">
        <OthersDisclosure answer={answer} />
        <span className="answer-actions">
          {chartTarget && (
            <a
              href={hrefs.chartNode(chartTarget)}
              className="button button-secondary"
              aria-label={t('showOnChartOf', { name })}
            >
              {t('showOnChart')}
            </a>
          )}
        </span>
      </footer>
    </article>
  );
}
