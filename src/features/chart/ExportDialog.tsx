/**
 * "Export or print": what (the whole chart as open, the view on screen, a card's team), as
 * what (PNG, SVG, or PDF and paper through the browser's print dialog), and for paper the
 * size, orientation and pages across, with the page count and the smallest text size it gives.
 * A modal <dialog>: focus stays inside, Escape closes, the opener gets the focus back.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { ChartFlow } from '../../layout/flow';
import type { OrgTree } from '../../layout/orgTree';
import { PaperFields } from '../../components/PaperFields';
import { selectPrintSettings, usePrintPrefsStore } from '../../store/printPrefsStore';
import { areaOf, cardBoxes, drawsIn } from './chartSvg';
import { cardsIn, partOf, type ExportScope } from './exportScope';
import { printPlan, type Rect } from './printPlan';

export type ExportFormat = 'png' | 'svg' | 'pdf';

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
}

interface Props {
  request: ExportRequest;
  /** The card whose team can be chosen (the one opened from, or the selected one). */
  teamId: string | undefined;
  flow: ChartFlow;
  tree: OrgTree;
  index: OrgIndex;
  /** The area on screen when the dialog opened (chart coordinates). */
  view: Rect | undefined;
  onDownload: (scope: ExportScope, format: 'png' | 'svg') => void;
  onPrint: (scope: ExportScope) => void;
  /** Opens every level of a team, so its export holds all of it. */
  onOpenTeam: (id: string) => void;
  onClose: () => void;
}

export function ExportDialog(props: Props) {
  const { request, teamId, flow, tree, index, view, onDownload, onPrint, onOpenTeam, onClose } =
    props;
  const { t, i18n } = useTranslation('chart');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState<ExportScope>(request.scope);
  const [format, setFormat] = useState<ExportFormat>(request.format);
  const settings = usePrintPrefsStore(selectPrintSettings);
  const setPrint = usePrintPrefsStore((s) => s.setPrint);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const teamTitle =
    teamId !== undefined
      ? localize(index.positionById.get(teamId)?.title ?? '', i18n.language)
      : '';
  const counts = useMemo(() => cardsIn(scope, flow, tree), [scope, flow, tree]);
  // The team's line counts the team's cards, whichever part is chosen.
  const teamCounts = useMemo(
    () => (teamId !== undefined ? cardsIn({ kind: 'team', id: teamId }, flow, tree) : counts),
    [teamId, flow, tree, counts],
  );
  const plan = useMemo(() => {
    const part = partOf(scope, tree, view);
    return printPlan(
      areaOf(flow, part),
      settings,
      (tile) => drawsIn(flow, { ...part, whole: true }, tile),
      cardBoxes(flow, part),
    );
  }, [flow, scope, tree, view, settings]);
  const number = (n: number, digits = 0) =>
    new Intl.NumberFormat(i18n.language, {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(n);

  const scopes: { key: string; value: ExportScope; label: string }[] = [
    { key: 'all', value: { kind: 'all' }, label: t('export.all') },
    { key: 'view', value: { kind: 'view' }, label: t('export.view') },
    ...(teamId !== undefined
      ? [{ key: 'team', value: { kind: 'team', id: teamId } as const, label: '' }]
      : []),
  ];

  return (
    <dialog
      ref={dialog}
      className="wf-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (format === 'pdf') onPrint(scope);
          else onDownload(scope, format);
        }}
      >
        <h2 id={`${id}-title`}>{t('export.title')}</h2>
        <fieldset>
          <legend>{t('export.what')}</legend>
          {scopes.map((s) => (
            <label key={s.key} className="wf-dialog-choice">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope.kind === s.value.kind}
                onChange={() => setScope(s.value)}
              />
              {s.key === 'team'
                ? t('export.team', {
                    title: teamTitle,
                    drawn: teamCounts.drawn,
                    total: teamCounts.total,
                  })
                : s.label}
            </label>
          ))}
          {scope.kind === 'team' && counts.drawn < counts.total && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onOpenTeam(scope.id)}
            >
              {t('export.openTeam', { count: counts.total })}
            </button>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('export.format')}</legend>
          {(['png', 'svg', 'pdf'] as const).map((f) => (
            <label key={f} className="wf-dialog-choice">
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`export.${f}`)}
            </label>
          ))}
        </fieldset>
        {format === 'pdf' && (
          <fieldset className="wf-dialog-paper">
            <legend>{t('export.paper')}</legend>
            <PaperFields fieldClassName="wf-dialog-field" />
            <div className="wf-dialog-field">
              <label htmlFor={`${id}-pages`}>{t('export.across')}</label>
              <input
                id={`${id}-pages`}
                type="number"
                inputMode="numeric"
                min={plan.minAcross}
                max={99}
                step={1}
                value={Math.max(settings.pagesAcross ?? plan.minAcross, plan.minAcross)}
                aria-describedby={`${id}-across`}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n >= 1 && n <= 99) setPrint({ pagesAcross: n });
                }}
              />
            </div>
            <p id={`${id}-across`} className="wf-dialog-hint">
              {t('export.acrossHint', { count: plan.minAcross })}
            </p>
            <p className="wf-dialog-summary" role="status">
              {t('export.summary', {
                count: plan.tiles.length,
                across: plan.across,
                down: plan.down,
                pt: number(plan.textPt, 1),
              })}
            </p>
            <p className="wf-dialog-hint">{t('export.pdfHint')}</p>
          </fieldset>
        )}
        <div className="wf-dialog-actions">
          <button type="submit" className="button">
            {format === 'pdf' ? t('export.print') : t('export.download')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('export.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
