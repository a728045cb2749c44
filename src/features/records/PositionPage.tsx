/** `#/position/:id`: the full role record, with "Show on chart". */
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { localize } from '../../domain/text';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { RoleRecord } from './RoleRecord';

export function PositionPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('records');
  const index = useOrgStore(selectOrgIndex);
  const id = params?.positionId ?? '';
  const position = index?.positionById.get(id);
  usePageTitle(position ? localize(position.title, i18n.language) : t('notFound', { id }));
  if (!index) return null;
  return (
    <section className="page record-page">
      <RoleRecord
        index={index}
        positionId={id}
        positionHref={hrefs.position}
        level={1}
        actions={
          position && (
            <div className="record-page-actions">
              <a className="button button-secondary" href={hrefs.chartNode(id)}>
                {t('showOnChart')}
              </a>
            </div>
          )
        }
      />
    </section>
  );
}
