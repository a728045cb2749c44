/** One formatter per language (Intl grouping: `100,000` in English, `100 000` in French). */
const formatters = new Map<string, Intl.NumberFormat>();

/** A count or figure for people, in the UI language. */
export function formatNumber(value: number, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang);
    formatters.set(lang, formatter);
  }
  return formatter.format(value);
}
