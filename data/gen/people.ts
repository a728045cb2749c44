/** People for generated organisations: names from the pools in `names.ts`, unique addresses. */
import type { Person } from '../../src/domain/types';
import type { Rng } from '../prng';
import { HOURS, phoneNumber, type SiteDef } from './areas';
import type { Bi } from './bi';
import { ENGLISH, FRENCH, QUEBEC, WORLD, type NamePool } from './names';
import { slug } from './slug';

const POOLS: Record<SiteDef['culture'], NamePool> = { fr: FRENCH, qc: QUEBEC, en: ENGLISH };

export interface PeopleMakerOptions {
  domain: string;
}

/** Returns a function making one person at a site; keeps e-mails, chat handles and phones unique. */
export function createPersonMaker(rng: Rng, { domain }: PeopleMakerOptions) {
  const slugCache = new Map<string, string>();
  const slugOf = (s: string) => {
    let v = slugCache.get(s);
    if (v === undefined) {
      v = slug(s);
      slugCache.set(s, v);
    }
    return v;
  };
  const localCount = new Map<string, number>();
  const phoneCount = new Map<string, number>();
  let serial = 0;

  function phone(site: SiteDef): string {
    const n = (phoneCount.get(site.phone) ?? 0) + 1;
    phoneCount.set(site.phone, n);
    return phoneNumber(site, n);
  }

  /**
   * `floorWork`: warehouse staff have no desk phone or chat account (the site desk is their
   * channel) and work shifts. `askMeAbout`: words to offer, kept for about one person in six.
   */
  return function makePerson(site: SiteDef, floorWork: boolean, askMeAbout?: Bi): Person {
    const world = rng.chance(0.25);
    const pool: NamePool & { lang?: string } = world ? rng.pick(WORLD) : POOLS[site.culture];
    const first = rng.pick(rng.chance(0.5) ? pool.female : pool.male);
    const last = rng.pick(pool.last);
    const base = `${slugOf(first).replace(/-/g, '.')}.${slugOf(last)}`;
    const count = (localCount.get(base) ?? 0) + 1;
    localCount.set(base, count);
    const local = count === 1 ? base : `${base}${count}`;
    const languages = [...site.langs];
    if (pool.lang && !languages.includes(pool.lang) && rng.chance(0.6)) languages.push(pool.lang);
    const person: Person = {
      id: `p${(serial++).toString(36)}`,
      name: `${first} ${last}`,
      email: `${local}@${domain}`,
      location:
        site.name[0] === site.name[1] ? site.name[0] : { en: site.name[0], fr: site.name[1] },
      timeZone: site.timeZone,
      languages,
    };
    if (!floorWork) {
      person.phone = phone(site);
      person.chat = `https://chat.${domain}/u/${local}`;
    }
    if (floorWork) {
      if (rng.chance(0.3)) person.hours = { en: HOURS[4]![0], fr: HOURS[4]![1] };
    } else if (rng.chance(0.3)) {
      const h = HOURS[rng.int(0, 3)]!;
      person.hours = { en: h[0], fr: h[1] };
    }
    if (askMeAbout && rng.chance(0.16))
      person.askMeAbout = { en: [askMeAbout[0]], fr: [askMeAbout[1]] };
    return person;
  };
}
