/**
 * The one way a browser bench starts Chromium and finds the app: the system Chromium
 * (CHROMIUM_PATH), headless, the same flags for every bench so their figures compare, and the
 * built app served by `scripts/bench-serve.sh` at BENCH_URL.
 */
import { chromium, type Browser } from 'playwright-core';

/** The built app (`npm run bench` serves it on BENCH_PORT and sets this). */
export const BENCH_URL = process.env.BENCH_URL ?? 'http://localhost:4174/';
/** The peer pages of `npm run bench:peers`. */
export const BENCH_PEER_URL = process.env.BENCH_PEER_URL ?? 'http://localhost:4175/';

/** No sandbox (containers), no GPU (software compositing, as CI), no background traffic. */
export const BENCH_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function launchBench(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BENCH_FLAGS,
  });
}

/** Whether the generated organisation `bench/org-<size>.json` is served next to the app. */
export async function served(size: string, base = BENCH_URL): Promise<boolean> {
  const probe = await fetch(new URL(`bench/org-${size}.json`, base)).catch(() => undefined);
  return probe?.ok === true;
}
