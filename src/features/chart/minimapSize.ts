/**
 * The minimap's size for a chart: the chart's own shape within 200 × 150 px, never thinner
 * than 40 px nor narrower than 60. A fixed 200 × 150 frame showed the sample's first view
 * (12,156 × 1,518 px, top-down) as a 25 px strip in a frame five-sixths empty: at a glance,
 * an empty minimap. Pure.
 */
export const MINIMAP_MAX = { width: 200, height: 150 };
export const MINIMAP_MIN = { width: 60, height: 40 };

export function minimapSize(chart: { width: number; height: number }) {
  if (!(chart.width > 0 && chart.height > 0)) return { ...MINIMAP_MAX };
  const scale = Math.min(MINIMAP_MAX.width / chart.width, MINIMAP_MAX.height / chart.height);
  return {
    width: Math.max(MINIMAP_MIN.width, Math.round(chart.width * scale)),
    height: Math.max(MINIMAP_MIN.height, Math.round(chart.height * scale)),
  };
}
