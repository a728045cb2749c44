/**
 * Choosing a position among thousands: a text field with suggestions (title, holders, id) that
 * lists the first matches only. Picking a suggestion (or typing an exact id) calls `onPick`.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';

const SHOWN = 30;

export function positionLabel(index: OrgIndex, id: string, lang: string): string {
  const title = localize(index.positionById.get(id)?.title, lang) || id;
  const names = holdersOf(index, id)
    .map((p) => p.name)
    .join(', ');
  return `${title}${names ? ` — ${names}` : ''} (${id})`;
}

export function PositionPicker({
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
  const { t, i18n } = useTranslation('editor');
  const id = useId();
  const [text, setText] = useState('');
  const lang = i18n.language;
  const options = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const found: string[] = [];
    if (needle === '') return found;
    for (const positionId of index.positionById.keys()) {
      if (exclude?.(positionId)) continue;
      const label = positionLabel(index, positionId, lang);
      if (label.toLowerCase().includes(needle)) found.push(label);
      if (found.length >= SHOWN) break;
    }
    return found;
  }, [index, text, lang, exclude]);
  const pick = (value: string) => {
    const match = /\(([^()]+)\)$/.exec(value.trim());
    const picked = match?.[1] ?? value.trim();
    if (index.positionById.has(picked) && !exclude?.(picked)) {
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
        {t('picker.hint')}
      </p>
    </div>
  );
}
