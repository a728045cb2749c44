/** The three ways in: a file picker, drag and drop onto the zone, and a paste box. */
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { MAX_ORG_FILE_BYTES } from '../../domain/limits';

interface Props {
  disabled: boolean;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}

export function ImportInput({ disabled, onFile, onText }: Props) {
  const { t } = useTranslation('admin');
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const hintId = useId();

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div className="import-input">
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="drop-zone-icon" aria-hidden="true">
          ⇪
        </span>
        <span className="drop-zone-text">{t('import.drop')}</span>
        <span className="muted">{t('import.or')}</span>
        <button
          type="button"
          className="button"
          disabled={disabled}
          aria-describedby={hintId}
          onClick={() => inputRef.current?.click()}
        >
          {t('import.choose')}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,.csv,.tsv,.txt,.xlsx,.xls,.ods,.ldif,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('import.choose')}
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
        <span id={hintId} className="muted drop-zone-hint">
          {t('import.maxSize', { size: MAX_ORG_FILE_BYTES / 1024 / 1024 })}
        </span>
      </div>
      <form
        className="paste-box"
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim() !== '') onText(pasted);
        }}
      >
        <label htmlFor={pasteId}>{t('import.pasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={5}
          spellCheck={false}
          value={pasted}
          placeholder={t('import.pastePlaceholder')}
          onChange={(e) => setPasted(e.target.value)}
        />
        <div>
          <button
            type="submit"
            className="button button-secondary"
            disabled={disabled || pasted.trim() === ''}
          >
            {t('import.check')}
          </button>
        </div>
      </form>
    </div>
  );
}
