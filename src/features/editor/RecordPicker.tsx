/**
 * Choosing one record among thousands (a person, a position): a text field whose suggestions list
 * the first matches only, since a datalist of 100k options would freeze the page. Picking a
 * suggestion (it arrives as its full label, "… (id)") or typing an exact id calls `onPick`.
 */
import { useId, useMemo, useState } from 'react';

const SHOWN = 30;

export interface RecordPickerProps {
  label: string;
  hint: string;
  /** Every id that can be picked, in the order suggestions are offered. */
  ids: () => Iterable<string>;
  has: (id: string) => boolean;
  /** The suggestion shown for an id; it must end with "(id)". */
  labelOf: (id: string) => string;
  /** What typing is matched against (lower case is applied here); defaults to the label. */
  haystackOf?: (id: string) => string;
  onPick: (id: string) => void;
  exclude?: ((id: string) => boolean) | undefined;
}

export function RecordPicker({
  label,
  hint,
  ids,
  has,
  labelOf,
  haystackOf = labelOf,
  onPick,
  exclude,
}: RecordPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const options = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const found: string[] = [];
    if (needle === '') return found;
    for (const recordId of ids()) {
      if (exclude?.(recordId)) continue;
      if (haystackOf(recordId).toLowerCase().includes(needle)) found.push(labelOf(recordId));
      if (found.length >= SHOWN) break;
    }
    return found;
  }, [ids, labelOf, haystackOf, text, exclude]);
  const pick = (value: string) => {
    const match = /\(([^()]+)\)$/.exec(value.trim());
    const picked = match?.[1] ?? value.trim();
    if (has(picked) && !exclude?.(picked)) {
      onPick(picked);
      setText('');
      return true;
    }
    return false;
  };
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-list`}
        value={text}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const value = e.target.value;
          // A suggestion chosen from the list arrives as its full label.
          if (!(options.includes(value) && pick(value))) setText(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            pick(text);
          }
        }}
      />
      <datalist id={`${id}-list`}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="muted edit-hint">
        {hint}
      </p>
    </div>
  );
}
