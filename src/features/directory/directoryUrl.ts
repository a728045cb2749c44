/**
 * The directory's filters and sort live in the URL (`#/directory?unit=it&sort=title`), so a
 * filtered, sorted list can be shared. One place reads and writes them.
 */
import { navigate, parseHash } from '../../app/router';
import {
  DIRECTORY_SORTS,
  type DirectoryFilter,
  type DirectoryKind,
  type DirectorySort,
} from '../../domain/directory';
import { queryHref } from './queryHref';

const KINDS: DirectoryKind[] = ['person', 'vacancy'];

export interface DirectoryView extends Required<DirectoryFilter> {
  sort: DirectorySort;
}

export function readView(query: URLSearchParams | undefined): DirectoryView {
  const kind = query?.get('kind') ?? '';
  const sort = query?.get('sort') ?? '';
  return {
    text: query?.get('q') ?? '',
    unit: query?.get('unit') ?? '',
    location: query?.get('location') ?? '',
    language: query?.get('lang') ?? '',
    skill: query?.get('skill') ?? '',
    kind: (KINDS as string[]).includes(kind) ? (kind as DirectoryKind) : ('' as DirectoryKind),
    sort: (DIRECTORY_SORTS as readonly string[]).includes(sort) ? (sort as DirectorySort) : 'name',
  };
}

/**
 * Applies a change to the URL. Reads the current values from the URL itself, so the function is
 * stable and the (memoised) unit picker with thousands of units never re-renders while typing.
 */
export function updateView(patch: Partial<DirectoryView>): void {
  const next = { ...readView(parseHash(window.location.hash).query), ...patch };
  navigate(
    queryHref('directory', {
      q: next.text,
      unit: next.unit,
      location: next.location,
      lang: next.language,
      skill: next.skill,
      kind: next.kind,
      sort: next.sort === 'name' ? '' : next.sort,
    }),
    { replace: true },
  );
}
