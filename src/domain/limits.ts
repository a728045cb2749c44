/** Hard limits on what Wayfinder accepts, shared by the app, the import worker and the CLI. */

/** Largest org file accepted (50 MB). 100k people with rich records is about 60–80 % of this. */
export const MAX_ORG_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Deepest JSON nesting accepted. A real org file is at most about 8 levels deep; the margin is
 * generous, and refusing early keeps hostile files (100k nested arrays) away from the parser.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Most problems listed per kind (errors, warnings). A file where every one of 100k records has
 * the same mistake would otherwise produce a list nobody can read and a lot of memory to hold it;
 * a final problem says how many more there were.
 */
export const MAX_PROBLEMS_LISTED = 2_000;
