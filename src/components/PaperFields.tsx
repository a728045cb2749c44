/**
 * The paper size and orientation selects, the same for every print (the chart's export dialog,
 * the RACI matrix's print tools), reading and saving the paper kept on this device.
 * `fieldClassName` fits each field into the form around it; `onChange` is told after a choice
 * is saved (the RACI print counts its pages then).
 */
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { ORIENTATIONS, PAPERS, type Orientation, type PaperSize } from '../domain/paper';
import { selectPrintSettings, usePrintPrefsStore } from '../store/printPrefsStore';

interface Props {
  fieldClassName: string;
  onChange?: () => void;
}

export function PaperFields({ fieldClassName, onChange }: Props) {
  const { t } = useTranslation('common');
  const id = useId();
  const settings = usePrintPrefsStore(selectPrintSettings);
  const setPrint = usePrintPrefsStore((s) => s.setPrint);
  return (
    <>
      <div className={fieldClassName}>
        <label htmlFor={`${id}-size`}>{t('paper.size')}</label>
        <select
          id={`${id}-size`}
          value={settings.paper}
          onChange={(e) => {
            setPrint({ paper: e.target.value as PaperSize });
            onChange?.();
          }}
        >
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {t(`paper.papers.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={fieldClassName}>
        <label htmlFor={`${id}-orientation`}>{t('paper.orientation')}</label>
        <select
          id={`${id}-orientation`}
          value={settings.orientation}
          onChange={(e) => {
            setPrint({ orientation: e.target.value as Orientation });
            onChange?.();
          }}
        >
          {ORIENTATIONS.map((o) => (
            <option key={o} value={o}>
              {t(`paper.${o}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
