/**
 * "Report an error" on any record (position, person, unit, topic, service): who maintains it and
 * a prefilled e-mail to them, built by `reportErrorHref` from one checked address.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { Maintainer, OrgData } from '../../domain/types';
import { maintainerOf, pageUrl, reportErrorHref } from './recordLinks';
import './records.css';

interface Props {
  record: { maintainer?: Maintainer | undefined } | undefined;
  data: OrgData;
  /** The record's shown name and id, quoted in the e-mail. */
  title: string;
  id: string;
  /** The record's page (a hash route), linked from the e-mail. */
  pageHash: string;
  /** Say which record the link is about to screen readers (several on one page). */
  named?: boolean;
  /** Show "Maintained by" before the link. */
  showMaintainer?: boolean;
}

export function ReportError({
  record,
  data,
  title,
  id,
  pageHash,
  named = false,
  showMaintainer = true,
}: Props) {
  const { t } = useTranslation('records');
  const maintainer = maintainerOf(record, data);
  const mail = reportErrorHref(
    maintainer?.email,
    t('mail.subject', { title, id }),
    t('mail.body', { title, id, url: pageUrl(pageHash) }),
  );
  if (!maintainer && !mail) return null;
  return (
    <footer className="record-footer">
      {showMaintainer && maintainer && (
        <p className="muted">{t('maintainedBy', { who: maintainer.name ?? maintainer.email })}</p>
      )}
      {mail && (
        // The visible text starts the accessible name (WCAG 2.5.3); the hidden part says which record.
        <a href={mail} className="button button-secondary">
          {t('reportError')}
          {named && <span className="visually-hidden"> — {title}</span>}
        </a>
      )}
    </footer>
  );
}
