/**
 * The printed chart: pages of the paper chosen (named `@page` rules in chart.css: the CSP
 * allows no inline style sheet), each with the chart's title, the data's date, its part of the
 * chart as real SVG text (searchable and sharp in a PDF) and its page number. Built only while
 * printing: from the export dialog's "Print", or on `beforeprint` (Ctrl+P) with the paper last
 * chosen; dropped on `afterprint` (a poster of a big chart is many pages of SVG).
 */
import { useEffect, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { formatIsoDate } from '../../components/formatDate';
import { localize } from '../../domain/text';
import type { ChartFlow } from '../../layout/flow';
import type { PrintSettings } from '../../store/printPrefsStore';
import { selectOrgData, useOrgStore } from '../../store/orgStore';
import type { SvgLabels } from './card/cardSvg';
import { areaOf, buildChartSvg, cardBoxes, drawsIn, type SvgPart } from './chartSvg';
import { pageName } from '../../domain/paper';
import { printPlan } from './printPlan';

export interface PrintJob {
  part: SvgPart;
  settings: PrintSettings;
  /** What is printed, under the title ("Team of …", "Current view"); none for the whole chart. */
  subject?: string;
}

interface Props {
  flow: ChartFlow;
  labels: () => SvgLabels;
  job: PrintJob | undefined;
  /** Ctrl+P with no job: the whole chart on the paper last chosen. */
  onPrintKey: () => void;
  onDone: () => void;
}

export function PrintChart({ flow, labels, job, onPrintKey, onDone }: Props) {
  const { t, i18n } = useTranslation('chart');
  const data = useOrgStore(selectOrgData);
  useEffect(() => {
    // Rendered before the browser lays the pages out: `beforeprint` waits for this handler only.
    const before = () => {
      if (!job) flushSync(onPrintKey);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', onDone);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', onDone);
    };
  }, [job, onPrintKey, onDone]);

  const pages = useMemo(() => {
    if (!job) return [];
    const part = { ...job.part, whole: true };
    const plan = printPlan(
      areaOf(flow, job.part),
      job.settings,
      (tile) => drawsIn(flow, part, tile),
      cardBoxes(flow, job.part),
    );
    const l = labels();
    return plan.tiles.map((tile) => ({
      svg: buildChartSvg(flow, i18n.language, l, { ...part, rect: tile, scale: plan.scale }),
      width: plan.page.width,
      height: plan.page.height,
    }));
  }, [flow, job, labels, i18n.language]);

  if (!job) return null;
  const org = data ? localize(data.organisation.name, i18n.language) : '';
  const date = data?.organisation.dataDate;
  const heading = [org, t('title'), job.subject].filter(Boolean).join(' · ');
  return (
    <div className="wf-print-only" data-testid="print-pages">
      {pages.map((p, i) => (
        <section
          key={i}
          className="wf-print-page"
          style={{ page: pageName(job.settings), width: `${p.width}px` }}
          aria-label={t('print.pageOf', { page: i + 1, count: pages.length })}
        >
          <header className="wf-print-head">
            <span className="wf-print-title">{heading}</span>
            <span>
              {date
                ? t('print.dataDate', { date: formatIsoDate(date, i18n.language) })
                : t('print.noDate')}
            </span>
          </header>
          <div
            className="wf-print-tile"
            style={{ height: `${p.height}px` }}
            // Built by chartSvg from escaped text only (esc): no markup from the data gets in.
            dangerouslySetInnerHTML={{ __html: p.svg }}
          />
          <footer className="wf-print-foot">
            {t('print.pageOf', { page: i + 1, count: pages.length })}
          </footer>
        </section>
      ))}
    </div>
  );
}
