/**
 * Every colour of the chart's cards and lines, once. The SVG export writes these values; the
 * canvas gets them as CSS variables (`paletteStyle`, set on the chart page) which `chart.css`
 * reads, so the screen, the print and the exported files show the same chart.
 */
export const palette = {
  background: '#f6f7fb',
  /** The canvas's dot grid. */
  grid: '#dde2ec',
  card: '#ffffff',
  vacantCard: '#f1f3f9',
  border: '#c3cad8',
  text: '#1b2233',
  muted: '#535d72',
  vacantText: '#7a4a00',
  onAvatar: '#ffffff',
  line: '#8a94a8',
  dotted: '#7c3aed',
  block: '#fafbfd',
  groupFill: '#fff5e0',
  groupBorder: '#e0a437',
  groupText: '#7a4a00',
  /** The group header as a plain rectangle (overview, minimap). */
  groupMark: '#f0c36d',
  /** A card whose unit has no (valid) colour. */
  unitFallback: '#64748b',
} as const;

export type PaletteKey = keyof typeof palette;

/**
 * The same keys in the dark theme (the screen only: print and the SVG export keep `palette`).
 * Text ≥ 4.5:1 on the cards and blocks; lines ≥ 3:1 on the background.
 */
export const darkPalette: Record<PaletteKey, string> = {
  background: '#0f131c',
  grid: '#2a3140',
  card: '#1b2130',
  vacantCard: '#202634',
  border: '#4a546b',
  text: '#e5e8f0',
  muted: '#a8b0c2',
  vacantText: '#f3cd85',
  onAvatar: '#ffffff',
  line: '#7d879c',
  dotted: '#b28cff',
  block: '#141925',
  groupFill: '#352608',
  groupBorder: '#b07d1e',
  groupText: '#f3cd85',
  groupMark: '#8a6414',
  unitFallback: '#64748b',
};

/**
 * The palette as CSS custom properties: `--wf-<key>` (`--wf-vacantCard`, …), each
 * `light-dark(light, dark)` so the canvas follows the page's colour scheme (tokens.css).
 */
export function paletteStyle(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(palette).map(([k, v]) => [
      `--wf-${k}`,
      `light-dark(${v}, ${darkPalette[k as PaletteKey]})`,
    ]),
  );
}

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
}

/**
 * The unit colour darkened until white initials on it reach 4.6:1 contrast (WCAG AA):
 * unit colours come from the data and may be light.
 */
export function avatarColor(hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return palette.unitFallback;
  let [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const toHex = () =>
    `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < 20 && 1.05 / (luminance(toHex()) + 0.05) < 4.6; i++) {
    r *= 0.9;
    g *= 0.9;
    b *= 0.9;
  }
  return toHex();
}
