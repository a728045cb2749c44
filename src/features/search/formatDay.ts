/** `YYYY-MM-DD` → a long date in the UI language; one Intl formatter per language (they are costly). */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDay(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}
