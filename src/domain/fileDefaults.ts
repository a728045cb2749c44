/**
 * What the org file's schema (`schema.ts`) gives a file that leaves something out, in a module
 * without zod: the chart's first view (`app/firstViewOfText.ts`) draws a file before its check,
 * in a worker chunk that does not load zod, and gives it the same defaults from here.
 */

/** A unit's `type` when the file gives none. */
export const DEFAULT_UNIT_TYPE = 'department';

/** The lists of an org file: each is empty when the file leaves it out. */
export const ORG_FILE_LISTS = ['units', 'positions', 'people', 'topics'] as const;
