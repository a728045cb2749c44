/** The directory's filters: text, unit, location, language, "ask me about" skill and kind. */
import { useId, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { navigate } from '../../app/router';
import { ChoiceField, FilterForm, SearchField } from '../../components/FilterFields';
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
  const skillsId = useId();
  const skills = useMemo(() => skillOptions(index, lang).slice(0, SKILLS_LISTED), [index, lang]);
  const locations = useMemo(
    () => directory.locations.map((l) => ({ value: l.key, label: localize(l.text, lang) })),
    [directory, lang],
  );
  const languages = useMemo(
    () => directory.languages.map((l) => ({ value: l, label: languageName(l, lang) })),
    [directory, lang],
  );
  const kinds = [
    { value: 'person', label: t('directory.kindPerson') },
    { value: 'vacancy', label: t('directory.kindVacancy') },
  ];
  const filtered = [view.text, view.unit, view.location, view.language, view.skill, view.kind].some(
    (v) => v,
  );
  return (
    <FilterForm label={t('directory.filters')}>
      <SearchField
        label={t('directory.text')}
        value={view.text}
        onChange={(text) => updateView({ text })}
        className="field field-grow"
      />
      <UnitSelect index={index} label={t('directory.unit')} value={view.unit} onChange={setUnit} />
      <ChoiceField
        label={t('directory.location')}
        value={view.location}
        onChange={(location) => updateView({ location })}
        emptyLabel={t('directory.allLocations')}
        options={locations}
      />
      <ChoiceField
        label={t('directory.language')}
        value={view.language}
        onChange={(language) => updateView({ language })}
        emptyLabel={t('directory.allLanguages')}
        options={languages}
      />
      <SearchField
        label={t('directory.skill')}
        value={view.skill}
        onChange={(skill) => updateView({ skill })}
        list={skillsId}
      >
        <datalist id={skillsId}>
          {skills.map((s) => (
            <option key={s.key} value={s.text} />
          ))}
        </datalist>
      </SearchField>
      <ChoiceField
        label={t('directory.kind')}
        value={view.kind}
        onChange={(kind) => updateView({ kind: kind as DirectoryKind })}
        emptyLabel={t('directory.kindAll')}
        options={kinds}
      />
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
    </FilterForm>
  );
}
