/**
 * Downloads an org file from its source: no HTTP cache, a redirect to another origin refused.
 * Shared by the page (admin preview) and the org file worker (first start, background checks),
 * which is why it imports nothing from the stores.
 */
import type { Problem } from '../domain/problems';
import { crossOriginRedirect } from './sourceRedirect';

export type FetchResult =
  { ok: true; text: string } | { ok: false; problem: Problem; offline: boolean };

function fetchProblem(detail: string): Problem {
  return {
    path: '$',
    severity: 'error',
    code: 'fetch-failed',
    message: {
      en: `The file could not be downloaded (${detail}).`,
      fr: `Le fichier n’a pas pu être téléchargé (${detail}).`,
    },
  };
}

/** The file's bytes, as downloaded: handed from the page to the org file worker (`boot.ts`). */
export type FetchedBytes =
  { ok: true; bytes: ArrayBuffer } | { ok: false; problem: Problem; offline: boolean };

/**
 * `url` as configured (relative to the page); `absolute` is the same address resolved against
 * the page, for a worker, whose own base is its script's URL.
 */
export async function fetchSource(url: string, absolute: string = url): Promise<FetchResult> {
  return textOf(await fetchSourceBytes(url, absolute));
}

/**
 * The same download, as bytes (no text decoded where it runs: the page's first script).
 * `signal` stops a download begun before it was known to be needed (`prefetchOrgFile`).
 */
export async function fetchSourceBytes(
  url: string,
  absolute: string = url,
  signal?: AbortSignal,
): Promise<FetchedBytes> {
  try {
    const response = await fetch(absolute, { cache: 'no-cache', ...(signal ? { signal } : {}) });
    if (!response.ok) {
      return { ok: false, offline: false, problem: fetchProblem(`HTTP ${response.status}`) };
    }
    // Named as configured in the problem; origins compared from where it was really asked.
    const redirected =
      absolute === url
        ? crossOriginRedirect(url, response)
        : crossOriginRedirect(url, response, absolute);
    if (redirected) return { ok: false, offline: false, problem: redirected };
    return { ok: true, bytes: await response.arrayBuffer() };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, offline: true, problem: fetchProblem(detail) };
  }
}

/** The text of downloaded bytes, decoded as `Response.text()` decodes (UTF-8, BOM dropped). */
export function textOf(fetched: FetchedBytes): FetchResult {
  return fetched.ok ? { ok: true, text: new TextDecoder().decode(fetched.bytes) } : fetched;
}
