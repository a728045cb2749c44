/** Every live problem of the draft, errors first, each linking to the record it is about. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { LiveProblem } from '../../domain/editing/liveChecks';
import { selectChecksRevision, useEditorStore } from '../../store/editorStore';

const PAGE = 50;

function recordHref(p: LiveProblem): string | undefined {
  if (p.id === undefined) return undefined;
  if (p.kind === 'positions') return hrefs.position(p.id);
  if (p.kind === 'people') return hrefs.person(p.id);
  if (p.kind === 'units') return hrefs.unit(p.id);
  if (p.kind === 'topics') return hrefs.topic(p.id);
  return undefined;
}

export function ChecksPanel() {
  const { t, i18n } = useTranslation('editor');
  useEditorStore(selectChecksRevision);
  const { draft, checks } = useEditorStore.getState();
  const [shown, setShown] = useState(PAGE);
  if (!draft || !checks) return null;
  const problems = checks.problems(draft);
  const fr = i18n.language.startsWith('fr');
  return (
    <section className="edit-subsection" aria-labelledby="checks-heading" id="checks">
      <h3 id="checks-heading">
        {t('checks.heading')}{' '}
        <span className="muted">
          · {t('checks.count', { errors: checks.errorCount, warnings: checks.warningCount })}
        </span>
      </h3>
      {problems.length === 0 ? (
        <p className="raci-ok-note">✓ {t('checks.none')}</p>
      ) : (
        <ul className="edit-problem-list">
          {problems.slice(0, shown).map((p, i) => {
            const href = recordHref(p);
            return (
              <li key={i} className={`field-problem field-problem-${p.severity}`}>
                <span className="visually-hidden">{t(`checks.${p.severity}`)}: </span>
                <span aria-hidden="true">{p.severity === 'error' ? '⛔ ' : '⚠ '}</span>
                {fr ? p.message.fr : p.message.en}{' '}
                {href && <a href={href}>{t('checks.open', { id: p.id })}</a>}
              </li>
            );
          })}
        </ul>
      )}
      {problems.length > shown && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setShown(shown + PAGE)}
        >
          {t('checks.more', { count: Math.min(PAGE, problems.length - shown) })}
        </button>
      )}
    </section>
  );
}
