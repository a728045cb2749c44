/** How the file was read (encoding, separator, sheet): detected, shown, and changeable. */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ENCODINGS, type Encoding } from '../../import/formats/decodeText';
import { DELIMITERS, type Delimiter } from '../../import/formats/delimiter';
import type { ReadOptions } from '../../import/formats/readFile';
import type { ReadInfo } from '../../import/pipeline';

interface Props {
  read: ReadInfo;
  disabled: boolean;
  onChange: (read: ReadOptions) => void;
}

const DELIMITER_KEY: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
const ENCODING_NAME: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / Latin-1',
};

export function ReadOptionsPanel({ read, disabled, onChange }: Props) {
  const { t } = useTranslation('admin');
  const id = useId();
  const { encoding, delimiter, sheet, sheetNames } = read;
  if (!encoding && !delimiter && !sheetNames) return null;
  return (
    <div className="mapping-grid read-options" data-testid="read-options">
      {encoding && (
        <div className="mapping-field">
          <label htmlFor={`${id}-enc`}>{t('mapping.read.encoding')}</label>
          <select
            id={`${id}-enc`}
            value={encoding.encoding}
            disabled={disabled}
            onChange={(e) => onChange({ encoding: e.target.value as Encoding })}
          >
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {encoding.how !== 'chosen' && e === encoding.encoding
                  ? t('mapping.read.detected', { value: ENCODING_NAME[e] })
                  : ENCODING_NAME[e]}
              </option>
            ))}
          </select>
        </div>
      )}
      {delimiter && (
        <div className="mapping-field">
          <label htmlFor={`${id}-del`}>{t('mapping.read.delimiter')}</label>
          <select
            id={`${id}-del`}
            value={delimiter}
            disabled={disabled}
            onChange={(e) => onChange({ delimiter: e.target.value as Delimiter })}
          >
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t(`mapping.read.${DELIMITER_KEY[d]}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {sheetNames && sheetNames.length > 1 && (
        <div className="mapping-field">
          <label htmlFor={`${id}-sheet`}>{t('mapping.read.sheet')}</label>
          <select
            id={`${id}-sheet`}
            value={sheet}
            disabled={disabled}
            onChange={(e) => onChange({ sheet: e.target.value })}
          >
            {sheetNames.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
