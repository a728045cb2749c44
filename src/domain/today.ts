/**
 * Today as YYYY-MM-DD in local time; a parameter elsewhere so tests can fix the date. Its own
 * module: the page's first script asks it for the chart's first view, without the org index.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
