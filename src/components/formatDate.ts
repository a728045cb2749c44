/** One formatter per language: building one loads locale data (tens of ms the first time). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a `YYYY-MM-DD` date for people, in the UI language, without time-zone drift. */
export function formatIsoDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date-time (a version stored, a source checked) in the UI language. */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = dateTimeFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** The last part of a URL or path, for display: `https://x/y/org.json?a=1` → `org.json`. */
export function sourceName(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  const parts = clean.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? url;
}
