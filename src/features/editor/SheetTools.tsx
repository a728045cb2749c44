/**
 * The spreadsheet round trip (issue 12 item 5): export the RACI matrix and/or the service
 * catalogue of the draft as XLSX or CSV, and import a returned file. A file with errors changes
 * nothing and lists them by sheet, cell, row, column and heading; a valid one becomes ONE draft
 * edit (Undo takes it back; the preview shows it). Loaded with the editor only.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { formatBytes } from '../../components/download';
import { importSheets, type SheetKind } from '../../import/sheets/sheetEdit';
import type { SheetProblem } from '../../import/sheets/sheetProblems';
import { MAX_SHEET_FILE_BYTES } from '../../import/sheets/sheetFileLimits';
import { useEditorStore } from '../../store/editorStore';
import { exportSheet, readHeadings, type SheetFormat } from './sheetExport';
import { SheetProblemList } from './SheetProblemList';

type Outcome =
  | { kind: 'reading'; file: string }
  | {
      kind: 'applied' | 'unchanged' | 'refused';
      file: string;
      count: number;
      problems: SheetProblem[];
    }
  | { kind: 'unreadable' | 'tooBig'; file: string };

const ACCEPT =
  '.xlsx,.xls,.ods,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet';

export default function SheetTools({ kinds }: { kinds: readonly SheetKind[] }) {
  const { t, i18n } = useTranslation('editor');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [exporting, setExporting] = useState(false);
  const lang = i18n.language;

  const doExport = async (kind: SheetKind, format: SheetFormat) => {
    const draft = useEditorStore.getState().draft;
    if (!draft) return;
    setExporting(true);
    try {
      await exportSheet(draft.data, kind, format, lang);
    } finally {
      setExporting(false);
    }
  };

  const doImport = async (file: File) => {
    if (file.size > MAX_SHEET_FILE_BYTES) {
      setOutcome({ kind: 'tooBig', file: file.name });
      return;
    }
    setOutcome({ kind: 'reading', file: file.name });
    let sheets;
    try {
      const { readSheets } = await import('../../import/sheets/sheetFileClient');
      sheets = await readSheets(file);
    } catch {
      setOutcome({ kind: 'unreadable', file: file.name });
      return;
    }
    const { draft, apply } = useEditorStore.getState();
    if (!draft) return;
    const result = importSheets(draft, sheets, readHeadings(), lang);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      setOutcome({
        kind: 'refused',
        file: file.name,
        count: errors.length,
        problems: result.problems,
      });
    } else if (result.edit && apply(result.edit)) {
      setOutcome({
        kind: 'applied',
        file: file.name,
        count: result.changedCells,
        problems: result.problems,
      });
    } else {
      setOutcome({ kind: 'unchanged', file: file.name, count: 0, problems: result.problems });
    }
  };

  const problems = outcome && 'problems' in outcome ? outcome.problems : [];
  const message =
    outcome === undefined
      ? ''
      : outcome.kind === 'tooBig'
        ? t('sheet.tooBig', { file: outcome.file, max: formatBytes(MAX_SHEET_FILE_BYTES, lang) })
        : t(`sheet.${outcome.kind}`, {
            file: outcome.file,
            ...('count' in outcome ? { count: outcome.count } : {}),
          });
  const failed =
    outcome?.kind === 'refused' || outcome?.kind === 'unreadable' || outcome?.kind === 'tooBig';

  return (
    <section className="edit-subsection sheet-tools" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('sheet.title')}</h3>
      <p className="muted">{t('sheet.help')}</p>
      {kinds.map((kind) => (
        <div key={kind} className="sheet-exports" role="group" aria-labelledby={`${id}-${kind}`}>
          <span id={`${id}-${kind}`} className="sheet-exports-label">
            {t(kind === 'raci' ? 'sheet.raciExports' : 'sheet.serviceExports')}
          </span>
          {(['xlsx', 'csv'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button-secondary"
              disabled={exporting}
              onClick={() => void doExport(kind, format)}
            >
              {t(format === 'xlsx' ? 'sheet.exportXlsx' : 'sheet.exportCsv')}
            </button>
          ))}
        </div>
      ))}
      <div className="sheet-import">
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-hint`}
          disabled={outcome?.kind === 'reading'}
          onClick={() => inputRef.current?.click()}
        >
          {t('sheet.import')}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('sheet.import')}
          data-testid="sheet-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void doImport(file);
          }}
        />
        <p id={`${id}-hint`} className="muted edit-hint">
          {t('sheet.importHint')}
        </p>
      </div>
      <div role="status" className={failed ? 'sheet-outcome sheet-outcome-error' : 'sheet-outcome'}>
        {message && <p>{message}</p>}
      </div>
      <SheetProblemList
        problems={problems.filter((p) => p.severity === 'error')}
        title={t('sheet.errors')}
      />
      <SheetProblemList
        problems={problems.filter((p) => p.severity === 'warning')}
        title={t('sheet.warnings')}
      />
    </section>
  );
}
