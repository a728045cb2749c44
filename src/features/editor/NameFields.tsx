/**
 * The English and French name inputs of every "Add …" form (unit, topic), and the one rule for
 * turning what was typed into a name: trimmed, a language left empty is left out, and nothing
 * typed in either language is no name at all.
 */
import { useId } from 'react';
import type { LocalizedText } from '../../domain/types';

export interface TypedName {
  en: string;
  fr: string;
}

export const noTypedName: TypedName = { en: '', fr: '' };

/** `undefined` when neither language holds more than spaces: the form cannot add a nameless record. */
export function nameFromTyped(typed: TypedName): LocalizedText | undefined {
  const en = typed.en.trim();
  const fr = typed.fr.trim();
  if (en === '' && fr === '') return undefined;
  return { ...(en ? { en } : {}), ...(fr ? { fr } : {}) };
}

export function NameFields({
  value,
  onChange,
  labels,
}: {
  value: TypedName;
  onChange: (next: TypedName) => void;
  labels: TypedName;
}) {
  const id = useId();
  return (
    <>
      {(['en', 'fr'] as const).map((lang) => (
        <div className="edit-field" key={lang}>
          <label htmlFor={`${id}-${lang}`}>{labels[lang]}</label>
          <input
            id={`${id}-${lang}`}
            lang={lang}
            type="text"
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
          />
        </div>
      ))}
    </>
  );
}
