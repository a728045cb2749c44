/** Defined by vite.config.ts (`define`): false in a read-only build (`VITE_READ_ONLY=1`). */
declare const __EDITING_ENABLED__: boolean;
