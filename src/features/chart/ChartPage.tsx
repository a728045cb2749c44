/**
 * `#/chart` and `#/chart/:positionId`: the org chart with its toolbar, structure warning and
 * role side panel. Layout runs in a worker; only the open part of the tree is laid out.
 */
import '@xyflow/react/dist/base.css';
import './chart.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { navigate } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { todayIso } from '../../domain/orgIndex';
import { initialExpansion } from '../../layout/expansion';
import {
  selectDirection,
  selectExpanded,
  selectExpandedFor,
  selectSelectedId,
  selectShowDotted,
  useChartStore,
} from '../../store/chartStore';
import { localize } from '../../domain/text';
import { selectShowCounts, useChartPrefsStore } from '../../store/chartPrefsStore';
import { usePrintPrefsStore } from '../../store/printPrefsStore';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { selectEditMode, useEditModeStore, useShownIndex } from '../../store/editModeStore';
import { ChartCanvas } from './ChartCanvas';
import { ChartToolbar } from './ChartToolbar';
import { paletteStyle } from './card/palette';
import { teamLine } from './card/teamLine';
import { openTeam, showOnChart } from './chartActions';
import { buildChartSvg } from './chartSvg';
import { downloadPng, downloadSvg } from './exportChart';
import { FindInChart } from './FindInChart';
import { ExportDialog, type ExportRequest } from './ExportDialog';
import { partOf, type ExportScope } from './exportScope';
import type { FlowRect } from './nodeWindow';
import { PrintChart, type PrintJob } from './PrintChart';
import type { Rect } from './printPlan';
import { RecordPanel } from './RecordPanel';
import { StructureWarning } from './StructureWarning';
import { useChartFlow } from './useChartFlow';
import { useChartLayout } from './useChartLayout';
import { useOrgTree } from './useOrgTree';
import { focusNode } from './useChartViewport';

/** The card colours as CSS variables, for `chart.css`. */
const PALETTE_STYLE = paletteStyle() as React.CSSProperties;

export function ChartPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('chart');
  usePageTitle(t('title'));
  // In edit mode the chart draws the draft; the expansion and the first view stay those of the
  // published version, so an edit (a drop on the chart) does not re-frame or collapse the chart.
  const index = useShownIndex();
  const version = useOrgStore(selectOrgIndex);
  const editing = useEditModeStore(selectEditMode);
  const tree = useOrgTree(index);
  const storedExpanded = useChartStore(selectExpanded);
  const expandedFor = useChartStore(selectExpandedFor);
  const direction = useChartStore(selectDirection);
  const showDotted = useChartStore(selectShowDotted);
  const selectedId = useChartStore(selectSelectedId);
  const showCounts = useChartPrefsStore(selectShowCounts);
  const [message, setMessage] = useState<string>();
  const targetId = params?.positionId;
  /** The node opened by a click: its URL update must not re-centre the view. */
  const clicked = useRef<string | undefined>(undefined);

  // A new data version starts from the adaptive first view.
  useEffect(() => {
    if (!version || !tree || expandedFor === version) return;
    useChartStore.getState().setExpanded(initialExpansion(tree), version);
  }, [version, tree, expandedFor]);

  // `#/chart/<id>`: open the path, select, highlight the chain, centre.
  useEffect(() => {
    if (!index || targetId === undefined) return;
    if (clicked.current === targetId) return;
    showOnChart(targetId);
  }, [index, targetId]);

  const expanded = expandedFor === version ? storedExpanded : undefined;
  const { layout, busy, error } = useChartLayout(index, tree, expanded, direction);

  const flow = useChartFlow(index, tree, layout, {
    language: i18n.language,
    today: todayIso(),
    showDotted,
    vacantLabel: t('node.vacant'),
    headcountWords: { headcount: t('node.headcount'), fte: t('node.fte') },
  });

  // Counted once per chart, not on every render (13,000 nodes after expand all at 10k).
  const shown = useMemo(
    () => (flow ? flow.nodes.filter((n) => n.type === 'position').length : 0),
    [flow],
  );

  // The URL follows the open record; the focus stays on the card (Enter opens it).
  const open = useCallback((id: string) => {
    clicked.current = id;
    useChartStore.getState().select(id);
    navigate(hrefs.chartNode(id), { replace: true, keepFocus: true });
  }, []);
  // The find box does what "Show on chart" does, and takes the focus to the card it shows.
  const find = useCallback((id: string) => {
    clicked.current = id;
    showOnChart(id, true);
    navigate(hrefs.chartNode(id), { replace: true, keepFocus: true });
  }, []);
  // Closing from inside the panel gives the focus back to the card it was opened from.
  const close = useCallback(() => {
    const { selectedId: was, select, setChain, reveal } = useChartStore.getState();
    const fromPanel = document.activeElement?.closest('.wf-panel') != null;
    clicked.current = undefined;
    select(undefined);
    setChain([]);
    navigate(hrefs.chart(), { replace: true, keepFocus: true });
    if (fromPanel && was !== undefined) {
      const canvas = document.querySelector<HTMLElement>('.wf-canvas');
      if (!focusNode(canvas, was)) reveal(was, true);
    }
  }, []);

  const svgLabels = useCallback(
    () => ({
      vacant: t('node.vacant'),
      headcount: t('node.headcount'),
      fte: t('node.fte'),
      away: t('node.away'),
      assistant: t('node.assistant'),
      group: t('group.title'),
      title: t('title'),
      ...(showCounts && index ? { team: (id: string) => teamLine(index, id, t) } : {}),
    }),
    [t, showCounts, index],
  );

  // Export and print: the dialog, what is on screen when it opens, the pages being printed.
  const viewRef = useRef<(() => FlowRect | undefined) | undefined>(undefined);
  const opener = useRef<HTMLElement | null>(null);
  const [request, setRequest] = useState<
    ExportRequest & { teamId: string | undefined; view?: Rect }
  >();
  const [job, setJob] = useState<PrintJob>();
  const openExport = (req: ExportRequest, teamId: string | undefined) => {
    opener.current = document.activeElement as HTMLElement | null;
    const seen = viewRef.current?.();
    setRequest({
      ...req,
      teamId,
      ...(seen
        ? { view: { x: seen.x0, y: seen.y0, width: seen.x1 - seen.x0, height: seen.y1 - seen.y0 } }
        : {}),
    });
  };
  const closeExport = () => setRequest(undefined);
  // Once the modal dialog is gone (the page behind it is inert until then), the opener gets
  // the focus back; one in the phone's folded "More" menu gives it to "More".
  useEffect(() => {
    const back = opener.current;
    if (request || !back) return;
    opener.current = null;
    if (back.isConnected && back.getClientRects().length > 0) back.focus();
    else document.querySelector<HTMLElement>('.wf-more-button')?.focus();
  }, [request]);
  const subjectOf = (scope: ExportScope) => {
    if (scope.kind === 'view') return t('export.subjectView');
    if (scope.kind !== 'team') return undefined;
    const title = index?.positionById.get(scope.id)?.title;
    return t('export.subjectTeam', { title: title ? localize(title, i18n.language) : scope.id });
  };
  const onDownload = async (scope: ExportScope, format: 'png' | 'svg') => {
    if (!flow || !tree) return;
    const part = partOf(scope, tree, request?.view);
    const svg = buildChartSvg(flow, i18n.language, svgLabels(), part);
    const name =
      scope.kind === 'all'
        ? 'org-chart'
        : scope.kind === 'view'
          ? 'org-chart-view'
          : `org-chart-team-${scope.id}`;
    closeExport();
    try {
      if (format === 'svg') downloadSvg(svg, `${name}.svg`);
      else {
        const scale = await downloadPng(svg, `${name}.png`);
        setMessage(scale < 2 ? t('export.tooBig', { scale: scale.toFixed(2) }) : undefined);
      }
    } catch (e) {
      setMessage(t('export.failed', { detail: String(e) }));
    }
  };
  const onPrint = (scope: ExportScope) => {
    if (!tree) return;
    const subject = subjectOf(scope);
    const printJob: PrintJob = {
      part: partOf(scope, tree, request?.view),
      settings: usePrintPrefsStore.getState().print,
      ...(subject ? { subject } : {}),
    };
    closeExport();
    // The pages must be in the document before the browser lays out the print.
    flushSync(() => setJob(printJob));
    window.print();
  };
  // Ctrl+P: the whole chart on the paper last chosen.
  const onPrintKey = useCallback(
    () => setJob({ part: {}, settings: usePrintPrefsStore.getState().print }),
    [],
  );
  const onPrintDone = useCallback(() => setJob(undefined), []);

  if (!index || !tree) return null;

  return (
    <section
      className="wf-chart-page page-wide"
      aria-labelledby="chart-title"
      style={PALETTE_STYLE}
    >
      <h1 id="chart-title" className="visually-hidden">
        {t('title')}
      </h1>
      <ChartToolbar
        shown={shown}
        total={index.positionById.size}
        onExport={() => openExport({ scope: { kind: 'all' }, format: 'png' }, selectedId)}
        onPrint={() => openExport({ scope: { kind: 'all' }, format: 'pdf' }, selectedId)}
        busy={busy}
        find={(done) => (
          <FindInChart
            index={index}
            onFind={(id) => {
              done();
              find(id);
            }}
          />
        )}
      />
      <StructureWarning tree={tree} index={index} />
      {message && (
        <p className="wf-message" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="wf-message wf-message-error" role="alert">
          {error}
        </p>
      )}
      <div className={`wf-chart-body${selectedId ? ' has-panel' : ''}`} aria-busy={busy}>
        {index.positionById.size === 0 ? (
          <p className="wf-empty">{t('empty')}</p>
        ) : flow ? (
          <ReactFlowProvider>
            <ChartCanvas
              flow={flow}
              tree={tree}
              expanded={expanded ?? new Set()}
              viewKey={version}
              onOpen={open}
              onClose={close}
              editing={editing}
              viewRef={viewRef}
            />
          </ReactFlowProvider>
        ) : (
          <p className="wf-empty" role="status">
            {t('loading')}
          </p>
        )}
        {selectedId && index.positionById.has(selectedId) && (
          <RecordPanel
            index={index}
            positionId={selectedId}
            onClose={close}
            onExportTeam={() =>
              openExport({ scope: { kind: 'team', id: selectedId }, format: 'png' }, selectedId)
            }
          />
        )}
      </div>
      {flow && request && (
        <ExportDialog
          request={request}
          teamId={request.teamId}
          flow={flow}
          tree={tree}
          index={index}
          view={request.view}
          onDownload={(scope, format) => void onDownload(scope, format)}
          onPrint={onPrint}
          onOpenTeam={openTeam}
          onClose={closeExport}
        />
      )}
      {flow && (
        <PrintChart
          flow={flow}
          labels={svgLabels}
          job={job}
          onPrintKey={onPrintKey}
          onDone={onPrintDone}
        />
      )}
    </section>
  );
}
