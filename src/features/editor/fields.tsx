/**
 * Labelled form fields of the editor. Each shows the live problems of its field right below it
 * (linked with `aria-describedby`, and `aria-invalid` on errors), so a screen reader hears them.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { LiveProblem } from '../../domain/editing/liveChecks';
import type { LocalizedList, LocalizedText } from '../../domain/types';
import { textIn, withText } from '../../domain/text';

export function FieldProblems({ id, problems }: { id: string; problems: readonly LiveProblem[] }) {
  const { i18n } = useTranslation();
  if (problems.length === 0) return null;
  const fr = i18n.language.startsWith('fr');
  return (
    <ul id={id} className="field-problems">
      {problems.map((p, i) => (
        <li key={i} className={`field-problem field-problem-${p.severity}`}>
          <span aria-hidden="true">{p.severity === 'error' ? '⛔ ' : '⚠ '}</span>
          {fr ? p.message.fr : p.message.en}
        </li>
      ))}
    </ul>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: readonly LiveProblem[];
  multiline?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'color';
  hint?: string;
  lang?: string;
}

export function TextField({
  label,
  value,
  onChange,
  problems = [],
  multiline,
  type = 'text',
  hint,
  lang,
}: TextProps) {
  const id = useId();
  const problemsId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : '', problems.length ? problemsId : ''].filter(Boolean);
  const common = {
    id,
    value,
    lang,
    'aria-describedby': described.length ? described.join(' ') : undefined,
    'aria-invalid': problems.some((p) => p.severity === 'error') || undefined,
  };
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="muted edit-hint">
          {hint}
        </p>
      )}
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="edit-field edit-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

// One home for these rules (the sheet import uses them too): src/domain/text.ts.
export { textIn, withText };

/** English and French inputs for one localized text. */
export function LocalizedField({
  label,
  value,
  onChange,
  problems = [],
  multiline,
}: {
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText | undefined) => void;
  problems?: readonly LiveProblem[];
  multiline?: boolean;
}) {
  const { t } = useTranslation('editor');
  return (
    <fieldset className="edit-localized">
      <legend>{label}</legend>
      {(['en', 'fr'] as const).map((lang) => (
        <TextField
          key={lang}
          lang={lang}
          label={t(`lang.${lang}`)}
          value={textIn(value, lang)}
          multiline={multiline === true}
          onChange={(v) => onChange(withText(value, lang, v))}
          problems={lang === 'en' ? problems : []}
        />
      ))}
    </fieldset>
  );
}

const splitList = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

function listIn(list: LocalizedList | undefined, lang: 'en' | 'fr'): string[] {
  if (list === undefined) return [];
  if (Array.isArray(list)) return lang === 'en' ? list : [];
  return list[lang] ?? [];
}

/** Comma-separated words in English and French (keywords, "ask me about"). */
export function LocalizedListField({
  label,
  value,
  onChange,
  problems = [],
}: {
  label: string;
  value: LocalizedList | undefined;
  onChange: (value: LocalizedList | undefined) => void;
  problems?: readonly LiveProblem[];
}) {
  const { t } = useTranslation('editor');
  const set = (lang: 'en' | 'fr', text: string) => {
    const map: Record<string, string[]> =
      value === undefined ? {} : Array.isArray(value) ? { en: value } : { ...value };
    const words = splitList(text, /,/);
    if (words.length === 0) delete map[lang];
    else map[lang] = words;
    onChange(Object.keys(map).length === 0 ? undefined : map);
  };
  return (
    <fieldset className="edit-localized">
      <legend>{label}</legend>
      {(['en', 'fr'] as const).map((lang) => (
        <ListInput
          key={lang}
          lang={lang}
          label={t(`lang.${lang}`)}
          separator={/,/}
          words={listIn(value, lang)}
          onChange={(text) => set(lang, text)}
          hint={t('field.commaHint')}
          problems={lang === 'en' ? problems : []}
        />
      ))}
    </fieldset>
  );
}

/**
 * A list typed as text: what the user typed stays as typed (a trailing comma or an empty last
 * line is not eaten) while the stored list is the cleaned one; an undo shows the stored list.
 */
function ListInput({
  words,
  onChange,
  separator,
  ...props
}: Omit<TextProps, 'value' | 'onChange'> & {
  words: readonly string[];
  onChange: (text: string) => void;
  separator: RegExp;
}) {
  const joiner = separator.source === '\\n' ? '\n' : ', ';
  const [text, setText] = useState(words.join(joiner));
  const same = JSON.stringify(splitList(text, separator)) === JSON.stringify(words);
  return (
    <TextField
      {...props}
      value={same ? text : words.join(joiner)}
      onChange={(v) => {
        setText(v);
        onChange(v);
      }}
    />
  );
}

/** One item per line (service steps, equipment). */
export function LinesField({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  hint: string;
}) {
  return (
    <ListInput
      label={label}
      multiline
      hint={hint}
      words={value}
      separator={/\n/}
      onChange={(text) => onChange(splitList(text, /\n/))}
    />
  );
}

export function EditSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="edit-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
