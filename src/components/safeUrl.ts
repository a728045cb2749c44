/**
 * Which links from imported data may become clickable. Only http:, https:, mailto: and tel:
 * are allowed; everything else (javascript:, data:, relative paths, garbage) stays plain text.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The normalised href when it is safe to link to, else undefined. */
export function safeHref(href: string | undefined | null): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    // No base: relative URLs are refused rather than resolved against the app.
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}

/** True when `href` opens a web page (these open in a new tab). */
export function isWebHref(href: string): boolean {
  return href.startsWith('http:') || href.startsWith('https:');
}

export function mailtoHref(email: string | undefined): string | undefined {
  const address = email?.trim();
  if (!address || /[\s<>]/.test(address)) return undefined;
  return safeHref(`mailto:${address}`);
}

export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[^\d+]/g, '');
  return digits ? `tel:${digits}` : undefined;
}
