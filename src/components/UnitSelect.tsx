/** A unit picker shown as the unit tree (indented), used by every view and editor that picks a unit. */
import { memo, useMemo, type ReactNode } from 'react';
import { ChoiceField } from './FilterFields';
import { useTranslation } from '../i18n/useTranslation';
import type { OrgIndex } from '../domain/orgIndex';
import { localize } from '../domain/text';

export interface UnitOption {
  id: string;
  label: string;
  depth: number;
}

/** Units in tree order (roots first, children under their parent); cycle-safe. */
export function unitOptions(
  index: Pick<OrgIndex, 'unitById' | 'childUnitsOf'>,
  lang: string,
  only?: ReadonlySet<string>,
): UnitOption[] {
  const out: UnitOption[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const unit = index.unitById.get(id);
    if (!unit) return;
    if (!only || only.has(id)) out.push({ id, label: localize(unit.name, lang), depth });
    for (const child of index.childUnitsOf.get(id) ?? []) visit(child, depth + 1);
  };
  for (const unit of index.unitById.values()) {
    const parent = unit.parentId;
    if (parent === undefined || parent === unit.id || !index.unitById.has(parent))
      visit(unit.id, 0);
  }
  // Units caught in a parent cycle have no root: list them last.
  for (const id of index.unitById.keys()) visit(id, 0);
  return out;
}

/** More options than this make the picker slow to draw and useless to scroll. */
export const MAX_UNIT_OPTIONS = 1000;

/**
 * With a huge unit tree (14k units at 100k people), only the top levels that fit in
 * `max` options are offered, plus the selected unit; deeper units stay reachable from
 * their unit page (its "directory" / "RACI" links set the filter).
 */
export function limitOptions(options: UnitOption[], max: number, keep: string): UnitOption[] {
  if (options.length <= max) return options;
  const perDepth = new Map<number, number>();
  for (const o of options) perDepth.set(o.depth, (perDepth.get(o.depth) ?? 0) + 1);
  let depth = -1;
  let total = 0;
  for (let d = 0; perDepth.has(d); d++) {
    total += perDepth.get(d) ?? 0;
    if (total > max) break;
    depth = d;
  }
  return options.filter((o) => o.depth <= depth || o.id === keep);
}

interface Props {
  index: OrgIndex;
  value: string;
  onChange: (unitId: string) => void;
  label: string;
  /** Restrict the options (e.g. units that offer services). */
  only?: ReadonlySet<string>;
  /** A unit not to offer (a unit cannot be its own parent). */
  exclude?: string;
  /** The first option, whose value is '' (default "All units", a filter's wording). */
  emptyLabel?: string;
  /**
   * At most this many options (default `MAX_UNIT_OPTIONS`). The editor passes `Infinity`: a
   * parent or unit deep in a huge tree must stay choosable there.
   */
  max?: number;
  /** The field's class: `field` in filters, `edit-field` in the editor. */
  className?: string;
  describedBy?: string | undefined;
  /** Shown under the select, inside the field (the editor's problems and warnings). */
  children?: ReactNode;
}

/**
 * The one unit picker: filters (directory, services, RACI) and the editor (a unit's parent, the
 * unit of a position, topic or responsible channel). Memoised: with 10k+ units, redrawing the
 * options on every keystroke elsewhere is costly.
 */
export const UnitSelect = memo(function UnitSelect({
  index,
  value,
  onChange,
  label,
  only,
  exclude,
  emptyLabel,
  max = MAX_UNIT_OPTIONS,
  className = 'field',
  describedBy,
  children,
}: Props) {
  const { t, i18n } = useTranslation('views');
  // Keyed on the unit maps, not the index: an edit of a position or topic in the draft makes a
  // new index that shares them (`patchOrgIndex`), and 1,457 options at 10k people were drawn
  // again on every such edit.
  const { unitById, childUnitsOf } = index;
  const all = useMemo(
    () => unitOptions({ unitById, childUnitsOf }, i18n.language, only),
    [unitById, childUnitsOf, i18n.language, only],
  );
  const choices = useMemo(
    () =>
      limitOptions(all, max, value)
        .filter((o) => o.id !== exclude)
        .map((o) => ({ value: o.id, label: `${'\u00a0\u00a0'.repeat(o.depth)}${o.label}` })),
    [all, max, value, exclude],
  );
  return (
    <ChoiceField
      label={label}
      value={value}
      onChange={onChange}
      emptyLabel={emptyLabel ?? t('common.allUnits')}
      options={choices}
      className={className}
      describedBy={describedBy}
    >
      {children}
    </ChoiceField>
  );
});
