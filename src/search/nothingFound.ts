/**
 * When a query finds nothing, the page still helps: the closest topic names (fuse.js over a
 * short list, where it shines) and the desk that most likely handles this kind of question,
 * guessed from a small lexicon of HR / IT / finance / facilities / legal words; otherwise the
 * organisation's generic help contact.
 */
import Fuse from 'fuse.js';
import type { OrgIndex } from '../domain/orgIndex';
import { allTexts } from '../domain/text';
import type { Channels, Topic, Unit } from '../domain/types';
import { boundedDistance } from './editDistance';
import { queryWords, words } from './normalize';

interface Domain {
  /** Folded, stemmed words that suggest the domain. */
  words: readonly string[];
  /** Folded phrases that name the unit handling it. */
  unitNames: readonly string[];
}

const DOMAINS: Record<string, Domain> = {
  hr: {
    words: [
      'salary',
      'salaire',
      'pay',
      'holiday',
      'vacance',
      'leave',
      'contract',
      'contrat',
      'pension',
      'retraite',
      'mutuelle',
      'recruit',
      'recrutement',
      'embauche',
      'hiring',
      'maternity',
      'maternite',
      'paternity',
      'paternite',
      'sick',
      'maladie',
      'arret',
      'training',
      'formation',
      'hr',
      'rh',
      'rtt',
      'absence',
      'benefit',
      'avantage',
      'career',
      'carriere',
      'promotion',
      'resignation',
      'demission',
      'interview',
      'entretien',
      'bonus',
      'prime',
      'parental',
      'parentale',
      'remote',
      'teletravail',
      'visa',
      'relocation',
      'demenagement',
      'harassment',
      'harcelement',
      'wellbeing',
      'medecine',
    ],
    unitNames: ['human resources', 'ressources humaines', 'hr', 'rh', 'people'],
  },
  it: {
    words: [
      'computer',
      'ordinateur',
      'pc',
      'mac',
      'wifi',
      'password',
      'passe',
      'printer',
      'imprimante',
      'vpn',
      'software',
      'logiciel',
      'screen',
      'ecran',
      'keyboard',
      'clavier',
      'mouse',
      'souris',
      'account',
      'compte',
      'network',
      'reseau',
      'internet',
      'bug',
      'it',
      'informatique',
      'install',
      'installer',
      'app',
      'application',
      'login',
      'connexion',
      'virus',
      'phishing',
      'server',
      'serveur',
      'monitor',
      'headset',
      'casque',
      'mobile',
      'smartphone',
      'cable',
      'usb',
      'backup',
      'sauvegarde',
      'licence',
      'license',
    ],
    unitNames: [
      'it',
      'information technology',
      'informatique',
      'helpdesk',
      'dsi',
      'systemes d information',
      'technology',
    ],
  },
  finance: {
    words: [
      'invoice',
      'facture',
      'payment',
      'paiement',
      'budget',
      'expense',
      'frai',
      'purchase',
      'achat',
      'supplier',
      'fournisseur',
      'tax',
      'taxe',
      'refund',
      'remboursement',
      'money',
      'argent',
      'card',
      'carte',
      'cost',
      'cout',
      'bank',
      'banque',
      'accounting',
      'comptabilite',
      'vendor',
      'quote',
      'devi',
      'order',
      'commande',
    ],
    unitNames: ['finance', 'finances', 'accounting', 'comptabilite'],
  },
  facilities: {
    words: [
      'office',
      'bureau',
      'desk',
      'room',
      'salle',
      'parking',
      'key',
      'cle',
      'heating',
      'chauffage',
      'light',
      'lumiere',
      'cleaning',
      'menage',
      'building',
      'batiment',
      'chair',
      'chaise',
      'badge',
      'door',
      'porte',
      'toilet',
      'kitchen',
      'cuisine',
      'coffee',
      'cafe',
      'mail',
      'courrier',
      'parcel',
      'colis',
      'locker',
      'casier',
      'air',
      'clim',
      'elevator',
      'ascenseur',
      'furniture',
      'mobilier',
      'plant',
      'plante',
      'canteen',
      'cantine',
    ],
    unitNames: [
      'facilities',
      'services generaux',
      'workplace',
      'general services',
      'moyens generaux',
      'office',
    ],
  },
  legal: {
    words: [
      'law',
      'lawyer',
      'avocat',
      'juridique',
      'legal',
      'gdpr',
      'rgpd',
      'nda',
      'compliance',
      'conformite',
      'litigation',
      'litige',
      'trademark',
      'marque',
      'privacy',
    ],
    unitNames: ['legal', 'juridique', 'compliance'],
  },
};

export interface FallbackContact {
  /** The unit whose desk to try, or undefined for the organisation's generic help contact. */
  unit: Unit | undefined;
  contact: Channels;
}

function matchesDomainWord(word: string, candidates: readonly string[]): boolean {
  return candidates.some(
    (c) => c === word || (word.length >= 5 && boundedDistance(word, c, 1) <= 1),
  );
}

/** Units with a contact and their folded names, once per index (100k people: 14k units). */
const namedUnitsByIndex = new WeakMap<OrgIndex, { unit: Unit; names: string[] }[]>();

function namedUnits(index: OrgIndex): { unit: Unit; names: string[] }[] {
  let named = namedUnitsByIndex.get(index);
  if (!named) {
    named = [...index.unitById.values()]
      .filter((unit) => unit.contact)
      .map((unit) => ({
        unit,
        names: [...allTexts(unit.name), unit.id].map((n) => ` ${words(n).join(' ')} `),
      }));
    namedUnitsByIndex.set(index, named);
  }
  return named;
}

function unitNamed(index: OrgIndex, phrases: readonly string[]): Unit | undefined {
  const named = namedUnits(index);
  for (const phrase of phrases) {
    const target = ` ${phrase} `;
    const found = named.find(({ names }) => names.some((n) => n.includes(target)));
    if (found) return found.unit;
  }
  return undefined;
}

/** The desk to ask when the search found nothing. */
export function fallbackContact(index: OrgIndex, query: string): FallbackContact | undefined {
  const qws = queryWords(query);
  let best: { domain: Domain; hits: number } | undefined;
  for (const domain of Object.values(DOMAINS)) {
    const hits = qws.filter(
      (w) => matchesDomainWord(w.stem, domain.words) || matchesDomainWord(w.word, domain.words),
    ).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { domain, hits };
  }
  const unit = best ? unitNamed(index, best.domain.unitNames) : undefined;
  if (unit?.contact) return { unit, contact: unit.contact };
  const help = index.data.organisation.helpContact;
  return help ? { unit: undefined, contact: help } : undefined;
}

const fuseByIndex = new WeakMap<OrgIndex, Fuse<{ topic: Topic; name: string }>>();

/** The topics whose names are closest to the query (any language), at most `limit`. */
export function suggestTopics(index: OrgIndex, query: string, limit = 3): Topic[] {
  let fuse = fuseByIndex.get(index);
  if (!fuse) {
    const names = [...index.topicById.values()].flatMap((topic) =>
      allTexts(topic.name).map((name) => ({ topic, name })),
    );
    fuse = new Fuse(names, { keys: ['name'], threshold: 0.45, ignoreLocation: true });
    fuseByIndex.set(index, fuse);
  }
  const found: Topic[] = [];
  const pattern = query.trim().slice(0, 64);
  if (pattern === '') return found;
  for (const { item } of fuse.search(pattern)) {
    if (!found.includes(item.topic)) found.push(item.topic);
    if (found.length === limit) break;
  }
  return found;
}
