/**
 * The directory entries for the current filters, sorted. Filtering 100k entries is a scan of
 * pre-folded strings; while the user types, the previous result is narrowed instead of scanning
 * everything again; sorting runs only when the result or the sort changes.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import {
  buildDirectory,
  filterDirectory,
  isNarrowing,
  sortDirectory,
  type Directory,
  type DirectoryEntry,
  type DirectoryFilter,
  type SortedEntries,
} from '../../domain/directory';
import type { OrgIndex } from '../../domain/orgIndex';
import type { DirectoryView } from './directoryUrl';

/** Built once per data version and kept while the data lasts (leaving and returning is instant). */
const directories = new WeakMap<OrgIndex, Directory>();
export function directoryOf(index: OrgIndex): Directory {
  let directory = directories.get(index);
  if (!directory) {
    directory = buildDirectory(index);
    directories.set(index, directory);
  }
  return directory;
}

interface LastResult {
  directory: Directory;
  filter: DirectoryFilter;
  entries: DirectoryEntry[];
}

const EMPTY: SortedEntries = { entries: [], keys: [] };

export function useDirectoryResults(
  index: OrgIndex | undefined,
  view: DirectoryView,
  lang: string,
): { directory: Directory | undefined; sorted: SortedEntries } {
  const deferredText = useDeferredValue(view.text);
  const directory = useMemo(() => (index ? directoryOf(index) : undefined), [index]);
  const last = useRef<LastResult | undefined>(undefined);
  const { unit, location, language, kind, skill, sort } = view;
  const filtered = useMemo(() => {
    if (!index || !directory) return [];
    const next: DirectoryFilter = { unit, location, language, kind, skill, text: deferredText };
    const previous = last.current;
    const within =
      previous && previous.directory === directory && isNarrowing(previous.filter, next)
        ? previous.entries
        : directory.entries;
    const entries = filterDirectory(index, directory, next, within);
    last.current = { directory, filter: next, entries };
    return entries;
  }, [index, directory, deferredText, unit, location, language, kind, skill]);
  const sorted = useMemo(
    () => (index ? sortDirectory(index, filtered, sort, lang) : EMPTY),
    [index, filtered, sort, lang],
  );
  return { directory, sorted };
}
