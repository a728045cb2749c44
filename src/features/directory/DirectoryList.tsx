/**
 * The directory's results, virtualised with TanStack Virtual against the window's scroll: only
 * the rows on screen (and a few around them) are in the DOM, so 100k entries scroll like 10.
 * The page keeps its normal scroll (no inner scroll box), which phones, zoom and keyboard users
 * expect; each row is measured once drawn, since rows with several positions are taller.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DirectoryEntry } from '../../domain/directory';
import type { OrgIndex } from '../../domain/orgIndex';
import { DirectoryEntryCard } from './DirectoryEntryCard';

/** Rows drawn beyond the screen on each side: Tab moves into a row that already exists. */
const OVERSCAN = 8;
const NARROW = 700;

interface Props {
  index: OrgIndex;
  entries: readonly DirectoryEntry[];
  today: string;
  /** A row to scroll to and focus (set by the A–Z jump); `seq` repeats a jump to the same row. */
  jumpTo: { row: number; seq: number } | undefined;
}

/** Height of the sticky navigation bar: a row scrolled to must not hide under it. */
function stickyTop(): number {
  return document.querySelector('.main-nav')?.getBoundingClientRect().height ?? 0;
}

export function DirectoryList({ index, entries, today, jumpTo }: Props) {
  const { t } = useTranslation('views');
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list's distance from the top of the page changes with the filters' height (wrapping).
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((m) => (Math.abs(m - top) < 1 ? m : top));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => (window.innerWidth < NARROW ? 190 : 100),
    overscan: OVERSCAN,
    scrollMargin,
    scrollPaddingStart: stickyTop() + 8,
    getItemKey: (i) => {
      const e = entries[i];
      return e ? `${e.kind}:${e.id}` : i;
    },
  });
  const pendingFocus = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!jumpTo) return;
    pendingFocus.current = jumpTo.row;
    virtualizer.scrollToIndex(jumpTo.row, { align: 'start' });
  }, [jumpTo, virtualizer]);
  const items = virtualizer.getVirtualItems();
  // Once the jumped-to row is drawn, focus its first link: the keyboard continues from there.
  useEffect(() => {
    const row = pendingFocus.current;
    if (row === undefined) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${row}"] a`);
    if (link) {
      pendingFocus.current = undefined;
      link.focus({ preventScroll: true });
    }
  });

  return (
    <ul
      ref={listRef}
      className="dir-list"
      aria-label={t('directory.results')}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const entry = entries[item.index];
        if (!entry) return null;
        return (
          <DirectoryEntryCard
            key={item.key}
            index={index}
            entry={entry}
            today={today}
            row={item.index}
            total={entries.length}
            top={item.start - scrollMargin}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
    </ul>
  );
}
