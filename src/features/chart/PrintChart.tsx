/**
 * What gets printed: the whole open chart as an image (the screen canvas only holds what is in
 * view). Built on `beforeprint`, so Ctrl+P works as well as the Print button.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartFlow } from '../../layout/flow';
import type { SvgLabels } from './card/cardSvg';
import { buildChartSvg } from './chartSvg';

export function PrintChart({ flow, labels }: { flow: ChartFlow; labels: () => SvgLabels }) {
  const { t, i18n } = useTranslation('chart');
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    const before = () => {
      const svg = buildChartSvg(flow, i18n.language, labels());
      setSrc(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [flow, i18n.language, labels]);
  useEffect(() => () => (src ? URL.revokeObjectURL(src) : undefined), [src]);
  return <div className="wf-print-only">{src && <img src={src} alt={t('title')} />}</div>;
}
