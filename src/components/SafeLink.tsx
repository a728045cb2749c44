/**
 * A link from imported data. Only http:, https:, mailto: and tel: URLs become links (web links
 * open in a new tab without access to this window); anything else is shown as plain text.
 */
import type { ReactNode } from 'react';
import { isWebHref, safeHref } from './safeUrl';

interface Props {
  href: string | undefined;
  /** Defaults to the href itself. */
  children?: ReactNode;
  className?: string;
  /** Accessible name when the visible text is not enough. */
  'aria-label'?: string | undefined;
}

export function SafeLink({ href, children, className, 'aria-label': ariaLabel }: Props) {
  const safe = safeHref(href);
  const content = children ?? href ?? '';
  if (!safe) return <span className={className}>{content}</span>;
  const web = isWebHref(safe);
  return (
    <a
      href={safe}
      className={className}
      aria-label={ariaLabel}
      target={web ? '_blank' : undefined}
      rel={web ? 'noopener noreferrer' : undefined}
    >
      {content}
    </a>
  );
}
