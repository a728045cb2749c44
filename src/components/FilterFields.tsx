/**
 * The building blocks of every filter and chooser (directory, services, RACI, "I'm new", the
 * editor's pickers): a search form that never submits, a labelled search box and a labelled
 * choice whose first option ('') means "all" or "none". One place decides their markup, so each
 * field has its label, the same classes and the same keyboard behaviour.
 */
import { useId, useMemo, type ReactNode } from 'react';

/** `role="search"` form with the `filters` layout; Enter in a field does not reload the page. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** `field field-grow` where the box takes the row's free width. */
  className?: string;
  /** A line under the box, read as its description. */
  hint?: string;
  /** The id of a `<datalist>` of suggestions (given as `children`). */
  list?: string;
  children?: ReactNode;
}

export function SearchField({
  label,
  value,
  onChange,
  className = 'field',
  hint,
  list,
  children,
}: SearchFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        autoComplete="off"
        list={list}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint !== undefined && (
        <p id={hintId} className="muted">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, whose value is '' ("All units", "None"). */
  emptyLabel: string;
  options: readonly Choice[];
  /** `field` in filters, `edit-field` in the editor. */
  className?: string;
  describedBy?: string | undefined;
  /** Shown under the select, inside the field (the editor's problems and warnings). */
  children?: ReactNode;
}

export function ChoiceField({
  label,
  value,
  onChange,
  emptyLabel,
  options,
  className = 'field',
  describedBy,
  children,
}: ChoiceFieldProps) {
  const id = useId();
  // The same elements while the options are the same: React then skips them (a unit picker has
  // thousands, redrawn on every edit of the record around it).
  const optionElements = useMemo(
    () =>
      options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      )),
    [options],
  );
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {optionElements}
      </select>
      {children}
    </div>
  );
}
