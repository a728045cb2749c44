/**
 * Problems of an org file (validation, import, refresh), errors first then warnings, each
 * with where it is (JSON path, line) and what is wrong in the UI language.
 */
import { labelSeparator } from './punctuation';
import { useTranslation } from '../i18n/useTranslation';
import type { Problem } from '../domain/problems';

interface Props {
  problems: readonly Problem[];
  /** Only the first `max` problems of each group are rendered (huge files can have 100k). */
  max?: number;
  className?: string;
}

function ProblemGroup({
  problems,
  severity,
  max,
}: {
  problems: readonly Problem[];
  severity: 'error' | 'warning';
  max: number;
}) {
  const { t, i18n } = useTranslation('common');
  if (problems.length === 0) return null;
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const shown = problems.slice(0, max);
  const headingKey = severity === 'error' ? 'problems.errors' : 'problems.warnings';
  return (
    <section className={`problem-group problem-group-${severity}`}>
      <h3>{t(headingKey, { count: problems.length })}</h3>
      <ul>
        {shown.map((p, i) => (
          <li key={`${p.path}-${p.code}-${i}`} className={`problem problem-${severity}`}>
            <span className="problem-message">{p.message[lang]}</span>{' '}
            <span className="problem-where">
              <span className="visually-hidden">
                {t('problems.path')}
                {labelSeparator(lang)}
              </span>
              <code>{p.path}</code>
              {p.line !== undefined && (
                <> ({t('problems.line', { line: p.line, column: p.column ?? 1 })})</>
              )}
            </span>
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <p className="problem-more">
          {t('problems.more', { count: problems.length - shown.length })}
        </p>
      )}
    </section>
  );
}

export function ProblemList({ problems, max = 200, className }: Props) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  return (
    <div className={['problem-list', className].filter(Boolean).join(' ')}>
      <ProblemGroup problems={errors} severity="error" max={max} />
      <ProblemGroup problems={warnings} severity="warning" max={max} />
    </div>
  );
}
