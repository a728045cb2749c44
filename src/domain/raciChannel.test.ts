import { describe, expect, it } from 'vitest';
import { channelName, nextChannel } from './raciChannel';
import type { Topic, Unit } from './types';

const it_: Unit = {
  id: 'it',
  name: { en: 'IT', fr: 'Informatique' },
  type: 'department',
  contact: { email: 'help@x.example' },
};
const silent: Unit = { id: 'legal', name: 'Legal', type: 'department' };
const laptop: Topic = { id: 'laptop', name: 'Laptop', unitId: 'it' };

describe('channelName', () => {
  it('is the label, else the unit, else the first address', () => {
    expect(channelName({ unitId: 'it', label: { en: 'Service desk' } }, it_, 'en')).toBe(
      'Service desk',
    );
    expect(channelName({ unitId: 'it' }, it_, 'fr')).toBe('Informatique');
    expect(channelName({ channels: { phone: '+33 1', url: 'https://x' } }, undefined, 'en')).toBe(
      '+33 1',
    );
  });
});

describe('nextChannel', () => {
  it("gives a topic its unit's shared contact, and takes a channel away", () => {
    expect(nextChannel(laptop, it_)).toEqual({ to: { unitId: 'it' } });
    expect(
      nextChannel({ ...laptop, responsibleChannel: { channels: { email: 'a@x' } } }, it_),
    ).toEqual({ to: undefined });
  });
  it('cannot give a unit without contact, or no unit', () => {
    expect(nextChannel({ ...laptop, unitId: 'legal' }, silent)).toBeUndefined();
    expect(nextChannel({ id: 'x', name: 'X' }, undefined)).toBeUndefined();
  });
});
