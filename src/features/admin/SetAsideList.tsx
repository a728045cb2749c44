/** The rows set aside, with their reason and row number, and the CSV to fix them in. */
import { useTranslation } from '../../i18n/useTranslation';
import type { FlatInfo } from '../../import/analyseTable';
import { setAsideCsv } from '../../import/setAsideCsv';
import { downloadText } from '../../components/download';

const SHOWN = 20;

export function SetAsideList({ flat, fileName }: { flat: FlatInfo; fileName: string }) {
  const { t, i18n } = useTranslation('admin');
  const rows = flat.setAside;
  if (rows.length === 0) return null;
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return (
    <section
      className="admin-subsection set-aside"
      aria-labelledby="set-aside-h"
      data-testid="set-aside"
    >
      <h3 id="set-aside-h">{t('setAside.heading', { count: rows.length })}</h3>
      <p className="muted">{t('setAside.help')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('setAside.row')}</th>
              <th scope="col">{t('setAside.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.rowNumber}>
                <td>{new Intl.NumberFormat(i18n.language).format(r.rowNumber)}</td>
                <td>{r.reason[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && (
        <p className="muted">{t('setAside.more', { count: rows.length - SHOWN })}</p>
      )}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          downloadText(setAsideCsv(flat, lang), `${base}-${t('setAside.fileName')}.csv`, 'text/csv')
        }
      >
        {t('setAside.download')}
      </button>
    </section>
  );
}
