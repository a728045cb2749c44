/**
 * The inverted index: every word of the org data → the records it appears in, with the
 * weight of the field it came from. Built once per data version (in the search worker),
 * queried per keystroke by `query.ts`. Pure: no DOM, no React.
 */
import { allListItems, allTexts } from '../domain/text';
import type { OrgData } from '../domain/types';
import { STOPWORDS, terms } from './normalize';

/**
 * The index format, part of the key of indexes cached in IndexedDB: bump it whenever what an
 * index holds changes (fields, weights, tokenising in `normalize.ts`, layout), or users will
 * be answered from an index built by the previous code.
 */
export const INDEX_FORMAT = 2;

/** The cache key of the index of one stored data version. */
export function searchIndexKey(versionId: number, dataHash: string): string {
  return `${INDEX_FORMAT}:${versionId}:${dataHash}`;
}

export const DOC_KINDS = ['topic', 'person', 'position', 'unit'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** How much a word counts depending on where it was found. Topic names rank highest. */
export const FIELD_WEIGHTS = {
  topicName: 10,
  topicKeyword: 8,
  topicDescription: 3,
  topicDetail: 1,
  personName: 8,
  personEmail: 7,
  personAskMeAbout: 4,
  positionTitle: 6,
  positionPurpose: 2,
  positionNote: 1,
  unitName: 7,
  unitMission: 2,
} as const;

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
  readonly termId: ReadonlyMap<string, number>;
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
  /** Term ids grouped by term length, for typo matching. */
  readonly byLength: readonly (readonly number[])[];
  /** Per-index cache of query word → matching terms (see `vocabulary.ts`). */
  readonly cache: Map<string, unknown>;
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

class Builder {
  readonly kinds: number[] = [];
  readonly ids: string[] = [];
  readonly postings = new Map<string, { docs: number[]; weights: number[] }>();
  readonly answer = new Set<string>();
  /** Titles, purposes and keywords repeat across records: fold each distinct text once. */
  readonly analysed = new Map<string, { all: string[]; meaningful: string[] }>();

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
    this.kinds.push(DOC_KINDS.indexOf(kind));
    this.ids.push(id);
    return this.ids.length - 1;
  }

  /**
   * Indexes the words of a text. `answer`: the words name what the record is about (topic,
   * unit, title). `pairs`: also index each pair of adjacent words, so a query that repeats a
   * phrase of the data (`salary not paid`) beats one that has the same words scattered.
   */
  addText(doc: number, text: string, fieldWeight: number, kind: TextKind = 'plain'): void {
    const { all, meaningful } = this.analyse(text, kind === 'unique');
    // A word counts more in a short phrase: the keyword `payroll` says more about a topic
    // than the same word in the name `Payroll setup for new hires`.
    const weight = fieldWeight * (0.6 + 0.4 / Math.max(1, meaningful.length));
    for (const term of all) {
      this.post(term, doc, weight);
      if (kind === 'answer' || kind === 'phrase') this.answer.add(term);
    }
    if (kind === 'phrase') {
      for (let i = 1; i < meaningful.length; i++) {
        this.post(pairKey(meaningful[i - 1]!, meaningful[i]!), doc, fieldWeight);
      }
    }
  }

  private post(term: string, doc: number, weight: number): void {
    let posting = this.postings.get(term);
    if (!posting) {
      posting = { docs: [], weights: [] };
      this.postings.set(term, posting);
    }
    const { docs, weights } = posting;
    // Records are added one after another, so a repeat in the same record is the last entry.
    const last = docs.length - 1;
    if (last >= 0 && docs[last] === doc) {
      if (weights[last]! < weight) weights[last] = weight;
    } else {
      docs.push(doc);
      weights.push(weight);
    }
  }

  addTexts(doc: number, texts: readonly string[], weight: number, kind: TextKind = 'plain'): void {
    for (const text of texts) this.addText(doc, text, weight, kind);
  }

  finish(): SearchIndex {
    const sorted = [...this.postings.keys()].sort();
    let total = 0;
    for (const posting of this.postings.values()) total += posting.docs.length;
    const postingStart = new Int32Array(sorted.length + 1);
    const postingDocs = new Int32Array(total);
    const postingWeights = new Float32Array(total);
    const answerTerm = new Uint8Array(sorted.length);
    let at = 0;
    sorted.forEach((term, i) => {
      const posting = this.postings.get(term)!;
      postingStart[i] = at;
      postingDocs.set(posting.docs, at);
      postingWeights.set(posting.weights, at);
      at += posting.docs.length;
      answerTerm[i] = this.answer.has(term) ? 1 : 0;
    });
    postingStart[sorted.length] = at;
    return assembleIndex({
      docKind: Uint8Array.from(this.kinds),
      ...joinIds(this.ids),
      terms: sorted,
      postingStart,
      postingDocs,
      postingWeights,
      answerTerm,
    });
  }
}

/** The parts of an index that are data; the rest (`termId`, `byLength`, cache) derives from them. */
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
>;

/** Completes an index from its data: term lookup, terms by length (for typos), an empty cache. */
export function assembleIndex(core: SearchIndexCore): SearchIndex {
  const termId = new Map<string, number>();
  const byLength: number[][] = [];
  core.terms.forEach((term, i) => {
    termId.set(term, i);
    if (!isPair(term)) (byLength[term.length] ??= []).push(i);
  });
  for (let l = 0; l < byLength.length; l++) byLength[l] ??= [];
  return { ...core, size: core.docIdStart.length - 1, termId, byLength, cache: new Map() };
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

export function buildSearchIndex(data: OrgData): SearchIndex {
  const b = new Builder();
  const w = FIELD_WEIGHTS;
  for (const topic of data.topics) {
    const doc = b.addDoc('topic', topic.id);
    b.addTexts(doc, allTexts(topic.name), w.topicName, 'phrase');
    b.addTexts(doc, allListItems(topic.keywords), w.topicKeyword, 'phrase');
    b.addTexts(doc, allListItems(topic.synonyms), w.topicKeyword, 'phrase');
    b.addTexts(doc, allTexts(topic.description), w.topicDescription, 'answer');
    for (const step of topic.service?.steps ?? []) b.addTexts(doc, allTexts(step), w.topicDetail);
    for (const link of topic.links ?? []) b.addTexts(doc, allTexts(link.label), w.topicDetail);
  }
  for (const unit of data.units) {
    const doc = b.addDoc('unit', unit.id);
    b.addTexts(doc, allTexts(unit.name), w.unitName, 'phrase');
    b.addTexts(doc, allTexts(unit.mission), w.unitMission, 'answer');
  }
  for (const position of data.positions) {
    const doc = b.addDoc('position', position.id);
    b.addTexts(doc, allTexts(position.title), w.positionTitle, 'phrase');
    b.addTexts(doc, allTexts(position.purpose), w.positionPurpose);
    for (const r of position.responsibilities ?? []) {
      b.addTexts(doc, allTexts(r.note), w.positionNote);
    }
  }
  for (const person of data.people) {
    const doc = b.addDoc('person', person.id);
    b.addText(doc, person.name, w.personName, 'unique');
    b.addText(doc, emailLocalPart(person.email), w.personEmail, 'unique');
    b.addTexts(doc, allListItems(person.askMeAbout), w.personAskMeAbout);
  }
  return b.finish();
}
