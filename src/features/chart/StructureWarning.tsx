/** The visible warning when the reporting lines are broken; names every position involved. */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { hasIssues, type OrgTree } from '../../layout/orgTree';

const MAX_NAMED = 12;

export function StructureWarning({ tree, index }: { tree: OrgTree; index: OrgIndex }) {
  const { t, i18n } = useTranslation('chart');
  if (!hasIssues(tree)) return null;
  const name = (id: string) => localize(index.positionById.get(id)?.title, i18n.language) || id;
  const links = (ids: readonly string[]) => (
    <>
      {ids.slice(0, MAX_NAMED).map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={hrefs.chartNode(id)}>
            {name(id)} <span className="muted">({id})</span>
          </a>
        </span>
      ))}
      {ids.length > MAX_NAMED && ` … +${ids.length - MAX_NAMED}`}
    </>
  );
  const { unknownManager, cycles, severalRoots } = tree.issues;
  return (
    <div className="wf-warning" role="alert">
      <strong>{t('warning.title')}</strong>
      <ul>
        {unknownManager.length > 0 && (
          <li>
            {t('warning.unknownManager')} {links(unknownManager)}
          </li>
        )}
        {cycles.map((cycle) => (
          <li key={cycle.join('>')}>
            {t('warning.cycle')} {links(cycle)}
          </li>
        ))}
        {severalRoots.length > 0 && (
          <li>
            {t('warning.severalRoots')} {links(severalRoots)}
          </li>
        )}
      </ul>
    </div>
  );
}
