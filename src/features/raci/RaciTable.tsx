/** The topics × positions table: letters, sticky headers, a rule-check column in words. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';

interface Props {
  index: OrgIndex;
  matrix: RaciMatrix;
}

export const RaciTable = memo(function RaciTable({ index, matrix }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const columns = matrix.positionIds.map((id) => {
    const position = index.positionById.get(id);
    const title = localize(position?.title, lang);
    const holders = holdersOf(index, id).map((p) => p.name);
    const label = holders.length > 0 ? `${title} (${holders.join(', ')})` : title;
    return { id, title, label };
  });
  return (
    <table className="raci-table">
      <caption>{t('raci.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="raci-corner">
            {t('raci.topic')}
          </th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className="raci-col" title={c.label}>
              <div className="raci-col-inner">
                <a href={hrefs.position(c.id)} aria-label={c.label}>
                  {c.title}
                </a>
              </div>
            </th>
          ))}
          <th scope="col" className="raci-check">
            {t('raci.check')}
          </th>
        </tr>
      </thead>
      <tbody>
        {matrix.topicIds.map((topicId) => {
          const row = matrix.cells.get(topicId);
          const kinds = matrix.breaches.get(topicId);
          const topicName = localize(index.topicById.get(topicId)?.name, lang);
          const accountable = [...(row?.values() ?? [])].filter((l) => l.includes('A')).length;
          return (
            <tr key={topicId} className={kinds ? 'raci-row-breach' : undefined}>
              <th scope="row">
                <a href={hrefs.topic(topicId)}>{topicName}</a>
              </th>
              {columns.map((c) => {
                const letters = row?.get(c.id);
                return (
                  <td key={c.id} className="raci-cell">
                    {letters?.map((l) => (
                      <abbr
                        key={l}
                        className={`raci-letter raci-${l}`}
                        title={t(`raci.letter.${l}`)}
                      >
                        {l}
                      </abbr>
                    ))}
                  </td>
                );
              })}
              {kinds ? (
                <td className="raci-check raci-check-bad">
                  <span className="visually-hidden">{t('raci.breachPrefix')} </span>
                  <ul>
                    {kinds.map((k) => (
                      <li key={k}>⚠ {t(`raci.breach.${k}`, { count: accountable })}</li>
                    ))}
                  </ul>
                </td>
              ) : (
                <td className="raci-check raci-check-ok">✓ {t('raci.ok')}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
