/**
 * The inverted index: every word of the org data → the records it appears in, with the
 * weight of the field it came from. Built once per data version (in the search worker),
 * queried per keystroke by `query.ts`. Pure: no DOM, no React.
 */
import { fnv1a } from '../domain/fnv1a';
import { allListItems, allTexts } from '../domain/text';
import type { OrgData, Unit } from '../domain/types';
import {
  LEXICON_TEXT,
  packSynonyms,
  synonymGroups,
  synonymMap,
  unpackSynonyms,
  type SearchSettings,
} from './lexicon';
import { root, STOPWORDS, terms } from './normalize';

/**
 * The packed index's layout (the arrays of `SearchIndex` and how `packedIndex.ts` lays them
 * out). Weights, BM25's k1, the lexicon and the stopwords need no bump: they are hashed into
 * every key (`rankingHash`), so a changed weight can never be answered from an old cache. Bump
 * this only when the shape of the stored arrays changes.
 */
export const INDEX_FORMAT = 4;

/** The cache key of the index of one stored data version. */
export function searchIndexKey(versionId: number, dataHash: string): string {
  return `${INDEX_FORMAT}:${RANKING_HASH}:${versionId}:${dataHash}`;
}

export const DOC_KINDS = ['topic', 'person', 'position', 'unit'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/**
 * How much a word counts depending on where it was found, and how much the field's length
 * dampens it (`b` of BM25: 0 = not at all, 1 = fully relative to the field's average length).
 * Topic names rank highest; a topic's unit (and the units above it) and that unit's mission are
 * fields of the topic, so "jobs fisheries" finds the fisheries agency's job topic even when fifty
 * agencies call theirs "Employment opportunities".
 */
export const FIELDS = {
  topicName: { weight: 10, b: 0.6 },
  topicKeyword: { weight: 8, b: 0.5 },
  topicDescription: { weight: 3, b: 0.75 },
  topicDetail: { weight: 1, b: 0.75 },
  topicUnit: { weight: 2.5, b: 0.5 },
  topicUnitParent: { weight: 1.2, b: 0.5 },
  topicUnitMission: { weight: 1, b: 0.75 },
  personName: { weight: 8, b: 0.3 },
  personEmail: { weight: 7, b: 0 },
  personAskMeAbout: { weight: 4, b: 0.5 },
  positionTitle: { weight: 6, b: 0.6 },
  positionPurpose: { weight: 2, b: 0.75 },
  positionNote: { weight: 1, b: 0.75 },
  unitName: { weight: 7, b: 0.6 },
  unitMission: { weight: 2, b: 0.75 },
  /** Adjacent word pairs of names, keywords and titles (the phrase bonus). */
  pair: { weight: 10, b: 0.5 },
} as const;
export type FieldName = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
const FIELD_CODE = new Map(FIELD_NAMES.map((f, i) => [f, i]));

/** BM25's term-frequency saturation: a second `payroll` in a field adds less than the first. */
export const BM25_K1 = 1.2;

/**
 * A name for the ranking settings baked into an index. Part of the cache key
 * (`searchIndexKey`): changing a weight, the lexicon or the stopwords must not leave users with
 * indexes built under the old settings.
 */
export function rankingHash(settings: {
  fields: Readonly<Record<string, { weight: number; b: number }>>;
  k1: number;
  lexicon: string;
  stopwords: ReadonlySet<string>;
}): string {
  return fnv1a(
    JSON.stringify({
      fields: settings.fields,
      k1: settings.k1,
      lexicon: settings.lexicon,
      stopwords: [...settings.stopwords].sort(),
    }),
  );
}

const RANKING_HASH = rankingHash({
  fields: FIELDS,
  k1: BM25_K1,
  lexicon: LEXICON_TEXT,
  stopwords: STOPWORDS,
});

export interface SearchIndex {
  /** Number of records indexed. */
  readonly size: number;
  readonly docKind: Uint8Array;
  /**
   * Record ids, one string (`docIdOf` reads one): a page receiving a 100k index splits no
   * 200k-element array, and a query only ever needs the ids of its top hits.
   */
  readonly docIds: string;
  /** Where each record's id starts in `docIds` (length: records + 1). */
  readonly docIdStart: Int32Array;
  /** Vocabulary, sorted (binary search for prefixes). */
  readonly terms: readonly string[];
  /** A term's id: a binary search of `terms` (no map of 43k terms to build on the page). */
  readonly termId: TermLookup;
  /**
   * Postings, flat (so the index crosses from the worker as a few transferable buffers): the
   * records holding term t and the best field weight there are at
   * `postingStart[t] .. postingStart[t + 1]` of `postingDocs` / `postingWeights`.
   */
  readonly postingStart: Int32Array;
  readonly postingDocs: Int32Array;
  readonly postingWeights: Float32Array;
  /** Per term: 1 when it appears in a topic, unit or position title (the "answer" words). */
  readonly answerTerm: Uint8Array;
  /**
   * Term ids grouped by term length, for typo matching (word pairs left out): `byLength[n]`
   * holds the ids of the n-letter terms, ascending; views of `lengthTerms`.
   */
  readonly byLength: readonly Int32Array[];
  /** Answer terms by `root` (other forms of a word), ids ascending; views of `rootTerms`. */
  readonly byRoot: TermGroups;
  /**
   * `byLength` and `byRoot` as stored (computed once, where the index is built): the term ids
   * ordered by length, and where each length starts; the roots (sorted, joined by `\n`), and
   * where each root's ids start in `rootTerms`. The page only takes views of them: building
   * the groups (a `root` per answer term, 43k map entries) was ~150 ms of a 100k cold start.
   */
  readonly lengthTerms: Int32Array;
  readonly lengthStart: Int32Array;
  readonly roots: string;
  readonly rootStart: Int32Array;
  readonly rootTerms: Int32Array;
  /** Synonyms (`lexicon.ts`): a word or phrase typed → equivalent terms of this index. */
  readonly synonymText: string;
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Per-index cache of query word → matching terms (see `vocabulary.ts`). */
  readonly cache: Map<string, unknown>;
}

/** Exact lookups in a sorted vocabulary. */
export interface TermLookup {
  get(term: string): number | undefined;
  has(term: string): boolean;
}

/** Term ids by a key (a root). */
export interface TermGroups {
  get(key: string): Int32Array | undefined;
}

/** First position in the sorted `list` whose string is ≥ `word`. */
export function lowerBound(list: readonly string[], word: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `get`/`has` over a sorted list of distinct strings: the position of the string. */
function sortedLookup(sorted: readonly string[]): TermLookup {
  const get = (term: string): number | undefined => {
    const at = lowerBound(sorted, term);
    return sorted[at] === term ? at : undefined;
  };
  return { get, has: (term) => get(term) !== undefined };
}

/** plain: any text; answer: names what the record is about; phrase: also index word pairs;
 * unique: a text no other record has (a name), not worth caching. */
type TextKind = 'plain' | 'answer' | 'phrase' | 'unique';

/** The vocabulary key of two adjacent words (a space never occurs inside a term). */
export function pairKey(a: string, b: string): string {
  return `${a} ${b}`;
}

export function isPair(term: string): boolean {
  return term.includes(' ');
}

/** One record's words in one field: its length (meaningful words) and each term's count. */
interface FieldBag {
  length: number;
  tf: Map<string, number>;
}

/**
 * Collects, per term, the (record, field, count, field length) it occurs in; `finish` turns
 * them into one BM25F-style weight per (term, record), with the term's rarity measured in each
 * field among records of the same kind: `jobs` in fifty topic names is common there and says
 * little, the same word in one description says a lot.
 */
class Builder {
  readonly kinds: number[] = [];
  readonly ids: string[] = [];
  readonly raw = new Map<string, number[]>();
  readonly answer = new Set<string>();
  /** Per kind × field: records having the field, and the sum of their lengths. */
  readonly fieldDocs = new Float64Array(DOC_KINDS.length * FIELD_NAMES.length);
  readonly fieldLength = new Float64Array(DOC_KINDS.length * FIELD_NAMES.length);
  /** Titles, purposes and keywords repeat across records: fold each distinct text once. */
  readonly analysed = new Map<string, { all: string[]; meaningful: string[] }>();
  private bags = new Map<number, FieldBag>();
  private doc = -1;

  private analyse(text: string, unique: boolean): { all: string[]; meaningful: string[] } {
    let result = unique ? undefined : this.analysed.get(text);
    if (!result) {
      const all = terms(text);
      result = { all, meaningful: all.filter((t) => !STOPWORDS.has(t)) };
      if (!unique && this.analysed.size < 200_000) this.analysed.set(text, result);
    }
    return result;
  }

  addDoc(kind: DocKind, id: string): number {
    this.flush();
    this.kinds.push(DOC_KINDS.indexOf(kind));
    this.ids.push(id);
    this.doc = this.ids.length - 1;
    return this.doc;
  }

  private bag(field: FieldName): FieldBag {
    const code = FIELD_CODE.get(field)!;
    let bag = this.bags.get(code);
    if (!bag) {
      bag = { length: 0, tf: new Map() };
      this.bags.set(code, bag);
    }
    return bag;
  }

  /**
   * Indexes the words of a text in a field of the current record. `answer`: the words name
   * what the record is about (topic, unit, title). `phrase`: also index each pair of adjacent
   * words, so a query that repeats a phrase of the data (`salary not paid`) beats one that has
   * the same words scattered.
   */
  addText(text: string, field: FieldName, kind: TextKind = 'plain'): void {
    const { all, meaningful } = this.analyse(text, kind === 'unique');
    if (all.length === 0) return;
    const bag = this.bag(field);
    bag.length += Math.max(1, meaningful.length);
    for (const term of all) {
      bag.tf.set(term, (bag.tf.get(term) ?? 0) + 1);
      if (kind === 'answer' || kind === 'phrase') this.answer.add(term);
    }
    if (kind === 'phrase' && meaningful.length > 1) {
      const pairs = this.bag('pair');
      for (let i = 1; i < meaningful.length; i++) {
        const key = pairKey(meaningful[i - 1]!, meaningful[i]!);
        pairs.tf.set(key, (pairs.tf.get(key) ?? 0) + 1);
        pairs.length += 1;
      }
    }
  }

  addTexts(texts: readonly string[], field: FieldName, kind: TextKind = 'plain'): void {
    for (const text of texts) this.addText(text, field, kind);
  }

  /** Moves the current record's fields into the per-term lists. */
  private flush(): void {
    if (this.doc < 0) return;
    const kind = this.kinds[this.doc]!;
    for (const [code, bag] of this.bags) {
      const slot = kind * FIELD_NAMES.length + code;
      this.fieldDocs[slot]! += 1;
      this.fieldLength[slot]! += bag.length;
      for (const [term, tf] of bag.tf) {
        let list = this.raw.get(term);
        if (!list) {
          list = [];
          this.raw.set(term, list);
        }
        list.push(this.doc, code, tf, bag.length);
      }
    }
    this.bags = new Map();
  }

  finish(settings: SearchSettings | undefined): SearchIndex {
    this.flush();
    const sorted = [...this.raw.keys()].sort();
    const slots = DOC_KINDS.length * FIELD_NAMES.length;
    const avgLength = new Float64Array(slots);
    for (let i = 0; i < slots; i++) {
      avgLength[i] = this.fieldDocs[i]! > 0 ? this.fieldLength[i]! / this.fieldDocs[i]! : 1;
    }
    const fieldWeight = FIELD_NAMES.map((f) => FIELDS[f].weight);
    const fieldB = FIELD_NAMES.map((f) => FIELDS[f].b);
    const df = new Int32Array(slots);
    const docs: number[] = [];
    const weights: number[] = [];
    const postingStart = new Int32Array(sorted.length + 1);
    const answerTerm = new Uint8Array(sorted.length);
    sorted.forEach((term, t) => {
      const list = this.raw.get(term)!;
      postingStart[t] = docs.length;
      answerTerm[t] = this.answer.has(term) ? 1 : 0;
      df.fill(0);
      for (let i = 0; i < list.length; i += 4) {
        df[this.kinds[list[i]!]! * FIELD_NAMES.length + list[i + 1]!]! += 1;
      }
      let last = -1;
      for (let i = 0; i < list.length; i += 4) {
        const doc = list[i]!;
        const code = list[i + 1]!;
        const tf = list[i + 2]!;
        const slot = this.kinds[doc]! * FIELD_NAMES.length + code;
        const n = this.fieldDocs[slot]!;
        const idf = Math.log(1 + (n - df[slot]! + 0.5) / (df[slot]! + 0.5));
        const b = fieldB[code]!;
        const norm = 1 - b + (b * list[i + 3]!) / avgLength[slot]!;
        const w = (fieldWeight[code]! * idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm);
        // A record's entries for one term are consecutive: sum its fields.
        if (doc === last) weights[weights.length - 1]! += w;
        else {
          docs.push(doc);
          weights.push(w);
          last = doc;
        }
      }
    });
    postingStart[sorted.length] = docs.length;
    const synonyms = synonymMap(synonymGroups(settings), (key) => this.raw.has(key));
    return assembleIndex({
      ...termGroups(sorted, answerTerm),
      synonymText: packSynonyms(synonyms),
      docKind: Uint8Array.from(this.kinds),
      ...joinIds(this.ids),
      terms: sorted,
      postingStart,
      postingDocs: Int32Array.from(docs),
      postingWeights: Float32Array.from(weights),
      answerTerm,
    });
  }
}

/** The parts of an index that are data; the rest (lookups, views, cache) derives from them. */
export type SearchIndexCore = Pick<
  SearchIndex,
  | 'docKind'
  | 'docIds'
  | 'docIdStart'
  | 'terms'
  | 'postingStart'
  | 'postingDocs'
  | 'postingWeights'
  | 'answerTerm'
  | 'synonymText'
  | 'lengthTerms'
  | 'lengthStart'
  | 'roots'
  | 'rootStart'
  | 'rootTerms'
>;

/**
 * The stored form of `byLength` and `byRoot` (see `SearchIndex.lengthTerms`), from the sorted
 * vocabulary: where the index is built (the worker), not where it is unpacked (the page).
 */
export function termGroups(
  terms: readonly string[],
  answerTerm: Uint8Array,
): Pick<SearchIndexCore, 'lengthTerms' | 'lengthStart' | 'roots' | 'rootStart' | 'rootTerms'> {
  let longest = 0;
  const byRoot = new Map<string, number[]>();
  const single: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (isPair(term)) continue;
    single.push(i);
    longest = Math.max(longest, term.length);
    if (answerTerm[i] !== 1) continue;
    const r = root(term);
    let list = byRoot.get(r);
    if (!list) {
      list = [];
      byRoot.set(r, list);
    }
    list.push(i);
  }
  // Counting sort by length; ids stay ascending within a length.
  const lengthStart = new Int32Array(single.length === 0 ? 1 : longest + 2);
  for (const i of single) lengthStart[terms[i]!.length + 1]! += 1;
  for (let l = 1; l < lengthStart.length; l++) lengthStart[l]! += lengthStart[l - 1]!;
  const lengthTerms = new Int32Array(single.length);
  const next = lengthStart.slice();
  for (const i of single) lengthTerms[next[terms[i]!.length]!++] = i;
  const roots = [...byRoot.keys()].sort();
  const rootStart = new Int32Array(roots.length + 1);
  const rootTerms = new Int32Array(roots.reduce((n, r) => n + byRoot.get(r)!.length, 0));
  let at = 0;
  roots.forEach((r, k) => {
    rootStart[k] = at;
    for (const i of byRoot.get(r)!) rootTerms[at++] = i;
  });
  rootStart[roots.length] = at;
  return { lengthTerms, lengthStart, roots: roots.join('\n'), rootStart, rootTerms };
}

/**
 * Completes an index from its data: term lookup (a binary search of the sorted vocabulary),
 * terms by length (for typos) and by root (for stems) as views of the stored arrays, the
 * synonyms, an empty cache. Cheap: the groups were computed where the index was built.
 */
export function assembleIndex(core: SearchIndexCore): SearchIndex {
  const byLength: Int32Array[] = [];
  for (let l = 0; l + 1 < core.lengthStart.length; l++) {
    byLength.push(core.lengthTerms.subarray(core.lengthStart[l], core.lengthStart[l + 1]));
  }
  const roots = core.roots === '' ? [] : core.roots.split('\n');
  const root = sortedLookup(roots);
  return {
    ...core,
    size: core.docIdStart.length - 1,
    termId: sortedLookup(core.terms),
    byLength,
    byRoot: {
      get: (key) => {
        const k = root.get(key);
        return k === undefined
          ? undefined
          : core.rootTerms.subarray(core.rootStart[k], core.rootStart[k + 1]);
      },
    },
    synonyms: unpackSynonyms(core.synonymText),
    cache: new Map(),
  };
}

/** Ids joined by `\n` (ids are letters, digits and `-_.:`, never a line break), with offsets. */
function joinIds(ids: readonly string[]): { docIds: string; docIdStart: Int32Array } {
  const docIdStart = new Int32Array(ids.length + 1);
  let at = 0;
  ids.forEach((id, i) => {
    docIdStart[i] = at;
    at += id.length + 1;
  });
  docIdStart[ids.length] = at;
  return { docIds: ids.join('\n'), docIdStart };
}

/** The id of record `doc`. */
export function docIdOf(index: SearchIndex, doc: number): string {
  return index.docIds.slice(index.docIdStart[doc], index.docIdStart[doc + 1]! - 1);
}

/** How many records hold term `t`. */
export function postingLength(index: SearchIndex, t: number): number {
  return index.postingStart[t + 1]! - index.postingStart[t]!;
}

/** The part of an e-mail address before `@`: people search by it, the domain is shared by all. */
function emailLocalPart(email: string | undefined): string {
  return email === undefined ? '' : (email.split('@')[0] ?? '');
}

/** A unit's name and the names of the units above it, nearest first (cycle-safe). */
function unitChain(units: ReadonlyMap<string, Unit>, unitId: string | undefined): Unit[] {
  const chain: Unit[] = [];
  let current = unitId === undefined ? undefined : units.get(unitId);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.parentId === undefined ? undefined : units.get(current.parentId);
  }
  return chain;
}

/**
 * The org file's search settings. TODO(v2): `data.organisation.search` is typed once format
 * version 2 lands in schema.ts; until then it is read from the parsed object as is.
 */
export function searchSettingsOf(data: OrgData): SearchSettings | undefined {
  return (data.organisation as { search?: SearchSettings }).search;
}

export function buildSearchIndex(data: OrgData): SearchIndex {
  const b = new Builder();
  const units = new Map(data.units.map((u) => [u.id, u]));
  for (const topic of data.topics) {
    b.addDoc('topic', topic.id);
    b.addTexts(allTexts(topic.name), 'topicName', 'phrase');
    b.addTexts(allListItems(topic.keywords), 'topicKeyword', 'phrase');
    b.addTexts(allListItems(topic.synonyms), 'topicKeyword', 'phrase');
    b.addTexts(allTexts(topic.description), 'topicDescription', 'phrase');
    for (const step of topic.service?.steps ?? []) b.addTexts(allTexts(step), 'topicDetail');
    for (const link of topic.links ?? []) b.addTexts(allTexts(link.label), 'topicDetail');
    const [own, ...above] = unitChain(units, topic.unitId);
    if (own) {
      b.addTexts(allTexts(own.name), 'topicUnit');
      b.addTexts(allTexts(own.mission), 'topicUnitMission');
    }
    for (const unit of above) b.addTexts(allTexts(unit.name), 'topicUnitParent');
  }
  for (const unit of data.units) {
    b.addDoc('unit', unit.id);
    b.addTexts(allTexts(unit.name), 'unitName', 'phrase');
    b.addTexts(allTexts(unit.mission), 'unitMission', 'answer');
  }
  for (const position of data.positions) {
    b.addDoc('position', position.id);
    b.addTexts(allTexts(position.title), 'positionTitle', 'phrase');
    b.addTexts(allTexts(position.purpose), 'positionPurpose');
    for (const r of position.responsibilities ?? []) b.addTexts(allTexts(r.note), 'positionNote');
  }
  for (const person of data.people) {
    b.addDoc('person', person.id);
    b.addText(person.name, 'personName', 'unique');
    b.addText(emailLocalPart(person.email), 'personEmail', 'unique');
    b.addTexts(allListItems(person.askMeAbout), 'personAskMeAbout');
  }
  return b.finish(searchSettingsOf(data));
}
