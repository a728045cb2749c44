/**
 * A data source may redirect within its own origin (a CDN path, a versioned file name), never to
 * another one: the header names the configured source, so data from elsewhere would be shown
 * under its name, and whoever controls a redirect could replace the whole organisation.
 */
import type { Problem } from '../domain/problems';

/** The problem when `response` ended on another origin than `requested`, else undefined. */
export function crossOriginRedirect(
  requested: string,
  response: Pick<Response, 'redirected' | 'url'>,
  base: string = globalThis.location?.href ?? 'http://localhost/',
): Problem | undefined {
  if (!response.redirected || response.url === '') return undefined;
  let from: string;
  let to: string;
  try {
    from = new URL(requested, base).origin;
    to = new URL(response.url, base).origin;
  } catch {
    to = response.url;
    from = '';
  }
  if (from === to) return undefined;
  return {
    path: '$',
    severity: 'error',
    code: 'cross-origin-redirect',
    message: {
      en: `The data source ${requested} redirected to another site (${to}). Wayfinder only uses data from the address it is configured with, so this file was not used and the stored data is unchanged. If that site is the right source, configure its address instead.`,
      fr: `La source de données ${requested} a redirigé vers un autre site (${to}). Wayfinder n’utilise que les données de l’adresse configurée : ce fichier n’a donc pas été utilisé et les données enregistrées ne changent pas. Si ce site est la bonne source, configurez plutôt son adresse.`,
    },
  };
}
