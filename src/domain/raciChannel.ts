/**
 * A topic's responsible channel (format 2) in the RACI matrix, where it counts as the topic's
 * Responsible: what its cell is called, and what pressing the cell does. A topic with a channel
 * loses it (Undo brings it back); one without gets its own unit's shared contact, when that unit
 * has one (a unit without contact would reach nobody). Other channels (a form, a phone line of
 * the topic's own) are named in the topic's record.
 */
import { localize } from './text';
import type { ResponsibleChannel, Topic, Unit } from './types';

/** The channel's name: its label, else its unit's name, else its first address. */
export function channelName(
  channel: ResponsibleChannel,
  channelUnit: Unit | undefined,
  lang: string,
): string {
  const label = localize(channel.label, lang);
  if (label) return label;
  if (channelUnit) return localize(channelUnit.name, lang);
  const c = channel.channels;
  return c?.email ?? c?.phone ?? c?.url ?? c?.chat ?? localize(c?.location, lang);
}

/** The change pressing the cell makes (`to: undefined` removes the channel), or none possible. */
export function nextChannel(
  topic: Topic,
  topicUnit: Unit | undefined,
): { to: ResponsibleChannel | undefined } | undefined {
  if (topic.responsibleChannel) return { to: undefined };
  if (topicUnit?.contact === undefined || topic.unitId !== topicUnit.id) return undefined;
  return { to: { unitId: topicUnit.id } };
}
