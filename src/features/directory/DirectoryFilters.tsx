/** The directory's filters: text, unit, location, language, "ask me about" skill and kind. */
import { useId, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { navigate } from '../../app/router';
import { UnitSelect } from '../../components/UnitSelect';
import { skillOptions, type Directory, type DirectoryKind } from '../../domain/directory';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { updateView, type DirectoryView } from './directoryUrl';
import { languageName } from './languageName';

/** Skills offered in the list under the field (the most listed first); any other can be typed. */
const SKILLS_LISTED = 300;

const setUnit = (unit: string) => updateView({ unit });

interface Props {
  index: OrgIndex;
  directory: Directory;
  view: DirectoryView;
}

export function DirectoryFilters({ index, directory, view }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const ids = {
    text: useId(),
    location: useId(),
    lang: useId(),
    kind: useId(),
    skill: useId(),
    skills: useId(),
  };
  const skills = useMemo(() => skillOptions(index, lang).slice(0, SKILLS_LISTED), [index, lang]);
  const filtered = [view.text, view.unit, view.location, view.language, view.skill, view.kind].some(
    (v) => v,
  );
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('directory.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field field-grow">
        <label htmlFor={ids.text}>{t('directory.text')}</label>
        <input
          id={ids.text}
          type="search"
          value={view.text}
          autoComplete="off"
          onChange={(e) => updateView({ text: e.target.value })}
        />
      </div>
      <UnitSelect index={index} label={t('directory.unit')} value={view.unit} onChange={setUnit} />
      <div className="field">
        <label htmlFor={ids.location}>{t('directory.location')}</label>
        <select
          id={ids.location}
          value={view.location}
          onChange={(e) => updateView({ location: e.target.value })}
        >
          <option value="">{t('directory.allLocations')}</option>
          {directory.locations.map((l) => (
            <option key={l.key} value={l.key}>
              {localize(l.text, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.lang}>{t('directory.language')}</label>
        <select
          id={ids.lang}
          value={view.language}
          onChange={(e) => updateView({ language: e.target.value })}
        >
          <option value="">{t('directory.allLanguages')}</option>
          {directory.languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.skill}>{t('directory.skill')}</label>
        <input
          id={ids.skill}
          type="search"
          list={ids.skills}
          value={view.skill}
          autoComplete="off"
          onChange={(e) => updateView({ skill: e.target.value })}
        />
        <datalist id={ids.skills}>
          {skills.map((s) => (
            <option key={s.key} value={s.text} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t('directory.kind')}</label>
        <select
          id={ids.kind}
          value={view.kind}
          onChange={(e) => updateView({ kind: e.target.value as DirectoryKind })}
        >
          <option value="">{t('directory.kindAll')}</option>
          <option value="person">{t('directory.kindPerson')}</option>
          <option value="vacancy">{t('directory.kindVacancy')}</option>
        </select>
      </div>
      {filtered && (
        <button
          type="button"
          className="button-link"
          onClick={() =>
            navigate(view.sort === 'name' ? '#/directory' : `#/directory?sort=${view.sort}`)
          }
        >
          {t('directory.clear')}
        </button>
      )}
    </form>
  );
}
