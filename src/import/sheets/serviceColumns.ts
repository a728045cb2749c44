/**
 * The service catalogue's columns: how each one reads a topic's field as one cell, writes a
 * cell back into the topic, and which cells it refuses. One table, so the export and the import
 * can never disagree on what a column holds. Texts in English and French have a column each;
 * lists (keywords, steps, equipment) are one item per line of the cell.
 */
import { isEmailAddress } from '../../domain/email';
import { withField } from '../../domain/editing/operations';
import { textIn, withText } from '../../domain/text';
import type { LocalizedList, LocalizedText, Service, Topic } from '../../domain/types';
import { schemeOf } from '../../domain/validation/content';
import type { ServiceHeading } from './sheetHeadings';
import type { SheetProblemCode } from './sheetProblems';

type Lang = 'en' | 'fr';
type ChannelField = 'email' | 'url' | 'phone' | 'chat';

export interface ServiceColumn {
  get: (topic: Topic) => string;
  set: (topic: Topic, value: string) => Topic;
  /** Why a (non-empty) cell cannot be kept; the unit column is checked against the draft. */
  refuse?: (value: string) => SheetProblemCode | undefined;
}

/** A list cell's items: one per line, trimmed; empty lines kept so EN and FR stay aligned. */
export const linesOf = (cell: string): string[] =>
  cell === '' ? [] : cell.split(/\r\n|\r|\n/).map((l) => l.trim());

/** A cell as compared with the export's: lines trimmed, trailing empty lines dropped (a
 * spreadsheet trims the cell, and an English-only last step leaves the French cell's last line empty). */
const normalCell = (cell: string): string => linesOf(cell).join('\n').replace(/\n+$/, '');

/** The cell says what the export would write (what "unchanged" is compared with). */
export const sameCell = (a: string, b: string): boolean => normalCell(a) === normalCell(b);

const text = (field: 'name' | 'description', lang: Lang): ServiceColumn => ({
  get: (t) => textIn(t[field], lang),
  set: (t, v) => withField(t, field, withText(t[field], lang, v)),
});

/** The topic with its service changed; a service left empty is removed. */
function withService(t: Topic, service: Service): Topic {
  return withField(t, 'service', Object.keys(service).length === 0 ? undefined : service);
}

const serviceText = (field: 'responseTime' | 'leadTime' | 'cost', lang: Lang): ServiceColumn => ({
  get: (t) => textIn(t.service?.[field], lang),
  set: (t, v) =>
    withService(t, withField(t.service ?? {}, field, withText(t.service?.[field], lang, v))),
});

const serviceList = (field: 'steps' | 'equipment', lang: Lang): ServiceColumn => ({
  get: (t) => (t.service?.[field] ?? []).map((item) => textIn(item, lang)).join('\n'),
  set: (t, v) => {
    const items = t.service?.[field] ?? [];
    const lines = linesOf(v);
    const next: LocalizedText[] = [];
    for (let i = 0; i < Math.max(items.length, lines.length); i++) {
      const item = withText(items[i], lang, lines[i] ?? '');
      if (item !== undefined) next.push(item);
    }
    return withService(t, withField(t.service ?? {}, field, next));
  },
});

/** A plain keyword list is English (the file's default language), as `textIn` reads text. */
const keywords = (lang: Lang): ServiceColumn => ({
  get: (t) => {
    const list = t.keywords;
    if (list === undefined) return '';
    if (Array.isArray(list)) return lang === 'en' ? list.join('\n') : '';
    return (list[lang] ?? []).join('\n');
  },
  set: (t, v) => {
    const list = t.keywords;
    const map: Record<string, string[]> =
      list === undefined ? {} : Array.isArray(list) ? { en: list } : { ...list };
    const words = linesOf(v).filter((w) => w !== '');
    if (words.length === 0) delete map[lang];
    else map[lang] = words;
    const next: LocalizedList | undefined = Object.keys(map).length === 0 ? undefined : map;
    return withField(t, 'keywords', next);
  },
  refuse: (v) => (linesOf(v).some((w) => w.length > 500) ? 'too-long' : undefined),
});

/** Links a request channel may hold: web pages only (no javascript:, no mailto: with headers). */
const refuseLink = (v: string): SheetProblemCode | undefined => {
  const scheme = schemeOf(v);
  return scheme === 'https:' || scheme === 'http:' ? undefined : 'unsafe-link';
};

const MAX_CHANNEL: Record<ChannelField, number> = { email: 500, phone: 100, url: 2000, chat: 2000 };

const REFUSE_CHANNEL: Record<ChannelField, (v: string) => SheetProblemCode | undefined> = {
  email: (v) => (isEmailAddress(v) ? undefined : 'bad-email'),
  url: refuseLink,
  // A chat channel may be a handle (no scheme); a link must be a web page.
  chat: (v) => (schemeOf(v) === undefined ? undefined : refuseLink(v)),
  phone: () => undefined,
};

const request = (field: ChannelField): ServiceColumn => ({
  get: (t) => t.service?.request?.[field] ?? '',
  set: (t, v) => {
    const channels = withField(t.service?.request ?? {}, field, v);
    const service = withField(
      t.service ?? {},
      'request',
      Object.keys(channels).length === 0 ? undefined : channels,
    );
    return withService(t, service);
  },
  refuse: (v) => (v.length > MAX_CHANNEL[field] ? 'too-long' : REFUSE_CHANNEL[field](v)),
});

export const SERVICE_COLUMNS: Record<Exclude<ServiceHeading, 'topicId'>, ServiceColumn> = {
  unitId: { get: (t) => t.unitId ?? '', set: (t, v) => withField(t, 'unitId', v) },
  nameEn: text('name', 'en'),
  nameFr: text('name', 'fr'),
  descriptionEn: text('description', 'en'),
  descriptionFr: text('description', 'fr'),
  keywordsEn: keywords('en'),
  keywordsFr: keywords('fr'),
  responseTimeEn: serviceText('responseTime', 'en'),
  responseTimeFr: serviceText('responseTime', 'fr'),
  leadTimeEn: serviceText('leadTime', 'en'),
  leadTimeFr: serviceText('leadTime', 'fr'),
  costEn: serviceText('cost', 'en'),
  costFr: serviceText('cost', 'fr'),
  stepsEn: serviceList('steps', 'en'),
  stepsFr: serviceList('steps', 'fr'),
  equipmentEn: serviceList('equipment', 'en'),
  equipmentFr: serviceList('equipment', 'fr'),
  requestEmail: request('email'),
  requestUrl: request('url'),
  requestPhone: request('phone'),
  requestChat: request('chat'),
};

/** Cells written as contact cells in a CSV (a lone "-" is guarded, see csvCell.ts). */
export const CONTACT_HEADINGS: ReadonlySet<ServiceHeading> = new Set([
  'requestEmail',
  'requestPhone',
  'requestChat',
]);
