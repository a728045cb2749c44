/**
 * Which links from imported data may become clickable. Only http:, https:, mailto: and tel:
 * are allowed; everything else (javascript:, data:, relative paths, garbage) stays plain text.
 * A mailto: link carries one address and nothing else: headers (`?bcc=`, `&subject=`) and
 * second addresses written into a field never reach the mail client.
 */
import { isEmailAddress } from '../domain/email';
import { SAFE_SCHEMES } from '../domain/linkSchemes';

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
  if (!SAFE_SCHEMES.has(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') return mailtoHref(decodedAddress(url.pathname));
  return url.href;
}

/** The address part of a mailto: URL, percent-decoded; undefined when it cannot be decoded. */
function decodedAddress(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** True when `href` opens a web page (these open in a new tab). */
export function isWebHref(href: string): boolean {
  return href.startsWith('http:') || href.startsWith('https:');
}

/**
 * `mailto:` and the percent-encoded address, only for exactly one valid address (see
 * `isEmailAddress`); the `@` stays readable. Callers add their own `?subject=` after it.
 */
export function mailtoHref(email: string | undefined): string | undefined {
  const address = email?.trim();
  if (!address || !isEmailAddress(address)) return undefined;
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;
}

export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[^\d+]/g, '');
  return digits ? `tel:${digits}` : undefined;
}
