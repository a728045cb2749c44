/**
 * Choosing a person among thousands: a text field whose suggestions (name, email, id) list the
 * first matches only. Picking a suggestion (or typing an exact id) calls `onPick`.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgIndex } from '../../domain/orgIndex';

const SHOWN = 30;

export function personLabel(index: OrgIndex, id: string): string {
  const person = index.personById.get(id);
  return person ? `${person.name} (${id})` : id;
}

export function PersonPicker({
  index,
  label,
  onPick,
  exclude,
}: {
  index: OrgIndex;
  label: string;
  onPick: (id: string) => void;
  exclude?: (id: string) => boolean;
}) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [text, setText] = useState('');
  const options = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const found: string[] = [];
    if (needle === '') return found;
    for (const person of index.personById.values()) {
      if (exclude?.(person.id)) continue;
      const haystack = `${person.name} ${person.email ?? ''} ${person.id}`.toLowerCase();
      if (haystack.includes(needle)) found.push(personLabel(index, person.id));
      if (found.length >= SHOWN) break;
    }
    return found;
  }, [index, text, exclude]);
  const pick = (value: string) => {
    const match = /\(([^()]+)\)$/.exec(value.trim());
    const picked = match?.[1] ?? value.trim();
    if (index.personById.has(picked) && !exclude?.(picked)) {
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
        {t('picker.personHint')}
      </p>
    </div>
  );
}
