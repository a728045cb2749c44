/** Downloads the chart as SVG, or as a PNG drawn from that SVG at 2× (or less if too big). */
import { downloadBlob } from '../../components/download';

/** Chromium refuses canvases beyond 32,767 px a side or ~268 M pixels. */
const MAX_SIDE = 32_000;
const MAX_AREA = 250_000_000;

export function pngScale(width: number, height: number, wanted = 2): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(wanted, bySide, byArea);
}

export function downloadSvg(svg: string, fileName = 'org-chart.svg'): void {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName);
}

function svgSize(svg: string): [number, number] {
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return [Number(m?.[1] ?? 0), Number(m?.[2] ?? 0)];
}

/** Returns the scale used (2 unless the chart is too big for a 2× canvas). */
export async function downloadPng(svg: string, fileName = 'org-chart.png'): Promise<number> {
  const [width, height] = svgSize(svg);
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(width * scale);
    canvas.height = Math.floor(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    downloadBlob(blob, fileName);
    return scale;
  } finally {
    URL.revokeObjectURL(url);
  }
}
