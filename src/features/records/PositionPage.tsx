/** `#/position/:id`: the full role record, with "Show on chart"; its editor in edit mode. */
import { readOnlyBuild } from '../../app/buildFlags';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { localize } from '../../domain/text';
import { selectEditMode, useEditModeStore, useShownIndex } from '../../store/editModeStore';
import { RoleRecord } from './RoleRecord';

// Its own chunk: read-only visitors never load the editor.
const PositionEditor = lazy(() =>
  (__EDITING_ENABLED__ ? import('../editor/PositionEditor') : readOnlyBuild()).then((m) => ({
    default: m.PositionEditor,
  })),
);

export function PositionPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('records');
  const index = useShownIndex();
  const editing = useEditModeStore(selectEditMode);
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
      {editing && position && (
        <Suspense fallback={null}>
          <PositionEditor index={index} positionId={id} />
        </Suspense>
      )}
    </section>
  );
}
