/**
 * Every way to reach someone, as working links: e-mail → mailto:, phone → tel:, chat and web
 * → their URL when it is a safe web link (a chat handle stays text), then location and hours.
 */
import { useTranslation } from '../i18n/useTranslation';
import { localize } from '../domain/text';
import type { Channels } from '../domain/types';
import { SafeLink } from './SafeLink';
import { mailtoHref, telHref } from './safeUrl';
import { hasChannels } from './channels';

interface Props {
  channels: Channels | undefined;
  className?: string;
  /** Whose channels these are, for link names ("E-mail Jane Doe"). */
  owner?: string | undefined;
}

export function ChannelLinks({ channels, className, owner }: Props) {
  const { t, i18n } = useTranslation('common');
  if (!hasChannels(channels)) return null;
  const lang = i18n.language;
  const named = (kind: string, value: string) =>
    owner ? `${t(`channels.${kind}`)} ${owner}: ${value}` : undefined;
  const items: { kind: string; node: React.ReactNode }[] = [];
  if (channels.email) {
    items.push({
      kind: 'email',
      node: (
        <SafeLink href={mailtoHref(channels.email)} aria-label={named('email', channels.email)}>
          {channels.email}
        </SafeLink>
      ),
    });
  }
  if (channels.phone) {
    items.push({
      kind: 'phone',
      node: (
        <SafeLink href={telHref(channels.phone)} aria-label={named('phone', channels.phone)}>
          {channels.phone}
        </SafeLink>
      ),
    });
  }
  if (channels.chat) {
    items.push({ kind: 'chat', node: <SafeLink href={channels.chat}>{channels.chat}</SafeLink> });
  }
  if (channels.url) {
    items.push({ kind: 'url', node: <SafeLink href={channels.url}>{channels.url}</SafeLink> });
  }
  if (channels.location) items.push({ kind: 'location', node: localize(channels.location, lang) });
  if (channels.hours) items.push({ kind: 'hours', node: localize(channels.hours, lang) });
  return (
    <dl className={['channels', className].filter(Boolean).join(' ')}>
      {items.map(({ kind, node }) => (
        <div key={kind} className={`channel channel-${kind}`}>
          <dt>{t(`channels.${kind}`)}</dt>
          <dd>{node}</dd>
        </div>
      ))}
    </dl>
  );
}
