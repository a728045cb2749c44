/** Helpers to treat a person's own contact fields like any other set of channels. */
import type { Channels, Person } from '../domain/types';

/** A person's e-mail, phone, chat, location and hours as a Channels object. */
export function channelsOfPerson(person: Person): Channels {
  const channels: Channels = {};
  if (person.email) channels.email = person.email;
  if (person.phone) channels.phone = person.phone;
  if (person.chat) channels.chat = person.chat;
  if (person.location) channels.location = person.location;
  if (person.hours) channels.hours = person.hours;
  return channels;
}

export function hasChannels(channels: Channels | undefined): channels is Channels {
  return (
    channels !== undefined &&
    Object.values(channels).some((v) => v !== undefined && v !== null && v !== '')
  );
}
