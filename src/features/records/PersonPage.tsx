/**
 * `#/person/:id`: a person's positions, channels, location, time zone (with their local time),
 * languages, working hours, "ask me about", away status, and who they work with (manager,
 * team, backup).
 */
import { readOnlyBuild } from '../../app/buildFlags';
import { lazy, Suspense } from 'react';
import { selectEditMode, useEditModeStore, useShownIndex } from '../../store/editModeStore';
import { useTranslation } from '../../i18n/useTranslation';
import './records.css';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { ChannelLinks } from '../../components/ChannelLinks';
import { formatIsoDate, formatLocalTime } from '../../components/formatDate';
import { isAway, todayIso } from '../../domain/orgIndex';
import { localize, localizeList } from '../../domain/text';
import { PersonRelations } from './PersonRelations';
import { ReportError } from './ReportError';
import { SaveContact } from './SaveContact';
import { personChannels } from './RoleRecord';

function languageName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

// Its own chunk: read-only visitors never load the editor.
const PersonEditor = lazy(() =>
  (__EDITING_ENABLED__ ? import('../editor/PersonEditor') : readOnlyBuild()).then((m) => ({
    default: m.PersonEditor,
  })),
);

export function PersonPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('records');
  const lang = i18n.language;
  const index = useShownIndex();
  const editing = useEditModeStore(selectEditMode);
  const id = params?.personId ?? '';
  const person = index?.personById.get(id);
  usePageTitle(person?.name ?? t('person.notFound', { id }));
  if (!index) return null;
  if (!person) {
    return (
      <section className="page record-page">
        <p>{t('person.notFound', { id })}</p>
      </section>
    );
  }
  const positions = index.positionsOfPerson.get(id) ?? [];
  const away = isAway(person, todayIso());
  const time = person.timeZone ? formatLocalTime(new Date(), person.timeZone, lang) : undefined;
  const ask = localizeList(person.askMeAbout, lang);

  return (
    <section className="page record-page">
      <article className="person-record" aria-labelledby="person-title">
        <header className="record-header">
          <div>
            <h1 id="person-title" className="record-title">
              {person.name}
            </h1>
            <p className="record-sub">
              {away ? (
                <span className="wf-badge wf-badge-away">
                  {t('person.away', { date: formatIsoDate(person.awayUntil ?? '', lang) })}
                </span>
              ) : (
                <span className="muted">{t('person.present')}</span>
              )}
            </p>
          </div>
          <div className="record-page-actions">
            <SaveContact index={index} personId={id} name={person.name} />
          </div>
        </header>

        <section>
          <h2>{t('person.positions')}</h2>
          {positions.length === 0 ? (
            <p className="muted">{t('person.noPosition')}</p>
          ) : (
            <ul className="person-positions">
              {positions.map((pid) => {
                const position = index.positionById.get(pid);
                const unit = position?.unitId ? index.unitById.get(position.unitId) : undefined;
                return (
                  <li key={pid}>
                    <a href={hrefs.position(pid)}>{localize(position?.title, lang) || pid}</a>
                    {unit && <span className="muted"> — {localize(unit.name, lang)}</span>}{' '}
                    <a href={hrefs.chartNode(pid)} className="muted">
                      ({t('showOnChart')})
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <PersonRelations index={index} personId={id} />

        <section>
          <h2>{t('person.channels')}</h2>
          <ChannelLinks channels={personChannels(person)} owner={person.name} />
        </section>

        <section>
          <dl className="person-facts">
            {person.timeZone && (
              <>
                <dt>{t('person.timeZone')}</dt>
                <dd>
                  {person.timeZone}
                  {time && <span className="muted"> ({t('person.localTime', { time })})</span>}
                </dd>
              </>
            )}
            {(person.languages?.length ?? 0) > 0 && (
              <>
                <dt>{t('person.languages')}</dt>
                <dd>{person.languages?.map((l) => languageName(l, lang)).join(', ')}</dd>
              </>
            )}
            {ask.length > 0 && (
              <>
                <dt>{t('person.askMeAbout')}</dt>
                <dd>{ask.join(', ')}</dd>
              </>
            )}
          </dl>
        </section>

        <ReportError
          record={person}
          data={index.data}
          title={person.name}
          id={id}
          pageHash={hrefs.person(id)}
        />
      </article>
      {editing && (
        <Suspense fallback={null}>
          <PersonEditor index={index} personId={id} />
        </Suspense>
      )}
    </section>
  );
}
