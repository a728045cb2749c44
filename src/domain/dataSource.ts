/**
 * Where the current data comes from, and what start-up does about it. Pure: the loader
 * (`loadOrg.ts`) reads the stored meta and the settings, asks `decideStart`, and acts.
 *
 * A version's source is told by its `sourceUrl` (so versions stored by older apps need no
 * upgrade): the bundled sample `org.json` is the demo; `import:<file>` a file HR imported;
 * `editor:<note>` a draft HR published; anything else a URL source.
 */
export const DEFAULT_SOURCE = 'org.json';
export const IMPORT_PREFIX = 'import:';
export const EDITOR_PREFIX = 'editor:';

export type SourceKind = 'demo' | 'url' | 'import' | 'editor';

/** What came of checking the followed source against its file ("last checked" says it). */
export type CheckOutcome = 'upToDate' | 'applied' | 'refused' | 'failed';

export function sourceKindOf(sourceUrl: string): SourceKind {
  if (sourceUrl === DEFAULT_SOURCE) return 'demo';
  if (sourceUrl.startsWith(IMPORT_PREFIX)) return 'import';
  if (sourceUrl.startsWith(EDITOR_PREFIX)) return 'editor';
  return 'url';
}

export interface StartInput {
  /** The stored current version's `sourceUrl`; undefined on a first start. */
  stored?: string;
  /** A URL asked for explicitly: `?org=` in the page URL, else the saved source setting. */
  requested?: string;
}

export type StartDecision =
  /** Nothing stored, or a URL asked for that is not what is stored: load it before showing. */
  | { action: 'fetch'; source: string }
  /**
   * Show the stored data. `refreshFrom`: check that source in the background (only a URL
   * source, or the bundled demo, which is part of the app). `notFollowed`: a URL source is
   * configured but HR's imported or published data stays current until HR chooses it again.
   */
  | { action: 'show'; refreshFrom?: string; notFollowed?: string };

export function decideStart({ stored, requested }: StartInput): StartDecision {
  if (stored === undefined) return { action: 'fetch', source: requested ?? DEFAULT_SOURCE };
  const kind = sourceKindOf(stored);
  if (kind === 'import' || kind === 'editor') {
    // HR's own data is never replaced by a start-up: only by HR applying or restoring.
    return requested !== undefined && requested !== DEFAULT_SOURCE
      ? { action: 'show', notFollowed: requested }
      : { action: 'show' };
  }
  if (requested !== undefined && requested !== stored)
    return { action: 'fetch', source: requested };
  return { action: 'show', refreshFrom: stored };
}
