/**
 * The shared channel that answers a topic (a service desk, a request form, a phone line),
 * shown first on the answer card when the topic has one (issue 14 item 5): the people behind
 * it follow.
 */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import { localize } from '../../domain/text';
import type { TopicChannel } from '../../search/answer';
import { AvailabilityNote } from './AvailabilityNote';
import { useNow } from './useNow';

export function ChannelAnswer({ channel }: { channel: TopicChannel }) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const now = useNow();
  const name =
    channel.label !== undefined
      ? localize(channel.label, lang)
      : channel.kind === 'request'
        ? t('channel.requestName')
        : t('channel.sharedName');
  return (
    <div className={`answer-channel answer-channel-${channel.kind}`} data-testid="answer-channel">
      <p className="answer-channel-name">
        <span className="answer-channel-icon" aria-hidden="true">
          ✉
        </span>
        <strong data-testid="channel-name">{name}</strong>
        {channel.unit && channel.label !== undefined && (
          <>
            <span aria-hidden="true"> · </span>
            <a className="seat-unit" href={hrefs.unit(channel.unit.id)}>
              {localize(channel.unit.name, lang)}
            </a>
          </>
        )}
      </p>
      <ChannelLinks channels={channel.channels} owner={name} />
      <AvailabilityNote hours={channel.channels.hours} timeZone={undefined} now={now} />
    </div>
  );
}
