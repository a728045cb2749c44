/** Saves the filtered directory list: CSV (every entry) or vCard (the people in it). */
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryEntry } from '../../domain/directory';
import type { OrgIndex } from '../../domain/orgIndex';
import { todayIso } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { directoryCsv } from '../../import/directoryCsv';
import { downloadText, exportFileName } from '../../components/download';
import { useSaveVCards } from '../records/SaveContact';

/** Spreadsheets read a CSV as UTF-8 (accents intact) only when it starts with a byte order mark. */
const BOM = '\ufeff';

interface Props {
  index: OrgIndex;
  entries: readonly DirectoryEntry[];
}

export function DirectoryExport({ index, entries }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const saveVCards = useSaveVCards();
  const people = entries.filter((e) => e.kind === 'person').map((e) => e.id);
  const base = `${localize(index.data.organisation.name, lang)} ${t('directory.fileName')}`;
  return (
    <div className="dir-export">
      <button
        type="button"
        className="button button-secondary"
        disabled={entries.length === 0}
        onClick={() =>
          downloadText(
            BOM + directoryCsv(index, entries, lang),
            exportFileName(base, todayIso(), 'csv'),
            'text/csv;charset=utf-8',
          )
        }
      >
        {t('directory.exportCsv')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={people.length === 0}
        onClick={() => saveVCards(index, people, `${base} ${todayIso()}`)}
      >
        {t('directory.saveVcf', { count: people.length })}
      </button>
    </div>
  );
}
