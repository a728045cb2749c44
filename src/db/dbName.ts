/**
 * The database's name, on its own so that what only asks whether it exists (`firstVisit.ts`,
 * read by the page's first script) does not load Dexie.
 * Do not change without a migration: renaming it would orphan every user's stored data.
 */
export const DB_NAME = 'wayfinder';
