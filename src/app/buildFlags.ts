/**
 * Build-time switches. `VITE_READ_ONLY=1 npm run build` makes a read-only build: no edit mode,
 * no editor code reachable (a static app has no login, so hosting a read-only build is how an
 * organisation keeps editing to HR's own copy).
 */
export const EDITING_ENABLED: boolean = import.meta.env.VITE_READ_ONLY !== '1';
