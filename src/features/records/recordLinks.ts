/** Helpers shared by the role and person records. */
import { mailtoHref } from '../../components/safeUrl';
import type { OrgData } from '../../domain/types';

/** "Report an error": a prefilled e-mail to whoever maintains the record. */
export function reportErrorHref(
  maintainerEmail: string | undefined,
  subject: string,
  body: string,
): string | undefined {
  const to = mailtoHref(maintainerEmail);
  if (!to) return undefined;
  return `${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export function maintainerOf(
  record: { maintainer?: { email: string; name?: string | undefined } | undefined } | undefined,
  data: OrgData,
) {
  return record?.maintainer ?? data.organisation.maintainer;
}

export function pageUrl(hash: string): string {
  if (typeof window === 'undefined') return hash;
  return `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
}
