/** Makes the people who hold the sample's seats: names, channels, languages, hours. Deterministic. */
import type { Person } from '../../src/domain/types';
import type { Rng } from '../prng';
import { ENGLISH, FRENCH, QUEBEC, WORLD, type NamePool } from './names';
import type { SeatDef } from './seatTable';
import type { Bi, SiteId } from './types';
import { COMPANY, SITES } from './units';

const FEMININE = new Set(
  'Directrice Chargée Assistante Technicienne Ingénieure Contrôleuse Trésorière Cheffe Déléguée Infirmière Coordinatrice Coordonnatrice Conseillère Courtière Rédactrice Acheteuse Hôtesse Superviseure'.split(
    ' ',
  ),
);
const MASCULINE = new Set(
  'Directeur Chargé Assistant Technicien Ingénieur Contrôleur Coordinateur Conseiller Acheteur Agent Affréteur Déclarant Animateur Préposé Opérateur Superviseur Planificateur Chef Hôte Administrateur Correspondant Trésorier Juriste'.split(
    ' ',
  ),
);

const HOURS: Record<SiteId, readonly Bi[]> = {
  par: [
    ['Mon–Fri 9:00–17:30', 'lun.–ven. 9 h–17 h 30'],
    ['Mon–Fri 8:30–17:00', 'lun.–ven. 8 h 30–17 h'],
    ['Mon–Thu 9:00–18:00, Fri 9:00–16:00', 'lun.–jeu. 9 h–18 h, ven. 9 h–16 h'],
    [
      'Mon–Thu 9:00–17:30 (part-time, off Wednesdays)',
      'lun., mar., jeu., ven. 9 h–17 h 30 (temps partiel, absent le mercredi)',
    ],
  ],
  lyo: [
    ['Mon–Fri 8:00–16:30', 'lun.–ven. 8 h–16 h 30'],
    ['Mon–Fri 7:30–16:00', 'lun.–ven. 7 h 30–16 h'],
  ],
  mtl: [
    ['Mon–Fri 8:30–16:30 Eastern time', 'lun.–ven. 8 h 30–16 h 30 heure de l’Est'],
    ['Mon–Fri 9:00–17:00 Eastern time', 'lun.–ven. 9 h–17 h heure de l’Est'],
  ],
  lon: [['Mon–Fri 9:00–17:30 UK time', 'lun.–ven. 9 h–17 h 30 heure de Londres']],
};

const OPERATIVE_SKILLS: readonly (readonly [string[], string[]])[] = [
  [
    ['forklift', 'picking'],
    ['chariot élévateur', 'préparation de commandes'],
  ],
  [
    ['reach truck', 'returns'],
    ['chariot à mât rétractable', 'retours'],
  ],
  [
    ['loading', 'cold storage'],
    ['chargement', 'stockage frigorifique'],
  ],
  [
    ['receiving', 'quality checks'],
    ['réception', 'contrôle qualité'],
  ],
  [['first aid'], ['sauveteur secouriste du travail']],
];

/** Fictional numbers (ranges reserved for fiction); never `xx 00`, which unit desks use. */
const PHONE: Record<SiteId, (n: number) => string> = {
  par: (n) => `+33 1 99 00 ${pad(11 + Math.floor(n / 99))} ${pad((n % 99) + 1)}`,
  lyo: (n) => `+33 4 65 71 ${pad(11 + Math.floor(n / 99))} ${pad((n % 99) + 1)}`,
  mtl: (n) => `+1 514 555 01${pad(n + 1 >= 50 ? n + 2 : n + 1)}`,
  lon: (n) => `+44 20 7946 0${String(100 + n).padStart(3, '0')}`,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Lower-case ASCII for ids and addresses: "Marie-Ève Côté" → "marie-eve", "cote". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ş/g, 's')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function genderOf(seat: SeatDef, rng: Rng): 'female' | 'male' {
  const first = seat.title[1].split(' ')[0] ?? '';
  if (FEMININE.has(first)) return 'female';
  if (MASCULINE.has(first)) return 'male';
  return rng.chance(0.5) ? 'female' : 'male';
}

function poolFor(site: SiteId, rng: Rng): NamePool & { lang?: string } {
  const roll = rng.next();
  if (site === 'mtl') return roll < 0.6 ? QUEBEC : roll < 0.78 ? ENGLISH : rng.pick(WORLD);
  if (site === 'lon') return roll < 0.7 ? ENGLISH : rng.pick(WORLD);
  return roll < 0.72 ? FRENCH : rng.pick(WORLD);
}

function languagesFor(site: SiteId, seat: SeatDef, extra: string | undefined, rng: Rng): string[] {
  const fieldWork = seat.id.includes('-op-') || seat.id.startsWith('guard');
  let langs: string[];
  if (site === 'lon') langs = rng.chance(0.4) ? ['en', 'fr'] : ['en'];
  else if (site === 'mtl') langs = rng.chance(0.85) ? ['fr', 'en'] : ['en', 'fr'];
  else langs = fieldWork && rng.chance(0.5) ? ['fr'] : ['fr', 'en'];
  if (extra && !langs.includes(extra) && rng.chance(0.7)) langs.push(extra);
  return langs;
}

/** Builds people one seat at a time; keeps names, ids, addresses and phone numbers unique. */
export function createPeopleMaker(rng: Rng) {
  const usedNames = new Set<string>();
  const usedChat = new Set<string>();
  const phoneCount: Record<SiteId, number> = { par: 0, lyo: 0, mtl: 0, lon: 0 };

  function pickName(seat: SeatDef): { first: string; last: string; lang?: string } {
    const gender = genderOf(seat, rng);
    for (;;) {
      const pool = poolFor(seat.site, rng);
      const first = rng.pick(pool[gender]);
      const last = rng.pick(pool.last);
      const key = slug(`${first} ${last}`);
      if (!usedNames.has(key)) {
        usedNames.add(key);
        return { first, last, ...('lang' in pool ? { lang: pool.lang } : {}) };
      }
    }
  }

  return function makePerson(seat: SeatDef, holderIndex: number): Person {
    const { first, last, lang } = pickName(seat);
    const site = SITES[seat.site];
    let handle = `${slug(first).charAt(0)}${slug(last).replace(/-/g, '')}`;
    for (let i = 2; usedChat.has(handle); i++)
      handle = `${slug(first).charAt(0)}${slug(last).replace(/-/g, '')}${i}`;
    usedChat.add(handle);
    const hours = seat.hours ?? rng.pick(HOURS[seat.site]);
    const ask =
      seat.ask ??
      (seat.id.includes('-op-') && rng.chance(0.6) ? rng.pick(OPERATIVE_SKILLS) : undefined);
    const person: Person = {
      id: `p-${slug(first)}-${slug(last)}`,
      name: `${first} ${last}`,
      email: `${slug(first).replace(/-/g, '.')}.${slug(last)}@${COMPANY.domain}`,
      phone: PHONE[seat.site](phoneCount[seat.site]++),
      chat: `https://chat.${COMPANY.domain}/u/${handle}`,
      location: { en: site.location[0], fr: site.location[1] },
      timeZone: site.timeZone,
      languages: languagesFor(seat.site, seat, lang, rng),
      hours: { en: hours[0], fr: hours[1] },
    };
    if (ask) person.askMeAbout = { en: [...ask[0]], fr: [...ask[1]] };
    if (seat.awayUntil && holderIndex === 0) person.awayUntil = seat.awayUntil;
    return person;
  };
}
