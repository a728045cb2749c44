/**
 * Build-time switches. `VITE_READ_ONLY=1 npm run build` makes a read-only build: no edit mode,
 * no editor code reachable (a static app has no login, so hosting a read-only build is how an
 * organisation keeps editing to HR's own copy).
 */
export const EDITING_ENABLED: boolean = __EDITING_ENABLED__;

/**
 * What a lazy editor import stands for in a read-only build. Each editor chunk is imported as
 * `__EDITING_ENABLED__ ? import('…') : readOnlyBuild()` at its call site: the global (defined in
 * vite.config.ts) is a literal there, so the bundler drops the dead branch and the chunk itself,
 * and a read-only build ships no editor code (test/e2e/readOnly.spec.ts). `EDITING_ENABLED` is
 * the same value for ordinary code.
 */
export const readOnlyBuild = (): Promise<never> =>
  Promise.reject(new Error('This is a read-only build: editing is not included.'));
