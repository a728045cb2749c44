/**
 * Query → ranked records. Each query word is looked up in the vocabulary (exact, prefix,
 * typo); every record gets, per word, the best weight among the terms it holds; records are
 * ranked by the sum over words, times how many of the words they matched. So `laptop broken`
 * prefers the record that has both words over one that has `laptop` many times.
 */
import { queryWords, type QueryWord } from './normalize';
import {
  DOC_KINDS,
  docIdOf,
  pairKey,
  postingLength,
  type DocKind,
  type SearchIndex,
} from './searchIndex';
import { matchWord } from './vocabulary';

export interface SearchHit {
  kind: DocKind;
  id: string;
  score: number;
  /** How many of the query words this record matched. */
  matchedWords: number;
}

export interface SearchResult {
  query: string;
  /** The query words that were looked up (stopwords dropped). */
  words: string[];
  hits: SearchHit[];
  /** Vocabulary terms that matched, for highlighting (see `highlight.ts`). */
  terms: string[];
}

export interface SearchOptions {
  limit?: number;
}

/** Answers rank above people and roles that merely mention the same word. */
const KIND_BOOST: Record<DocKind, number> = { topic: 1.3, unit: 1, position: 0.9, person: 0.95 };
const KIND_BOOST_BY_CODE = DOC_KINDS.map((k) => KIND_BOOST[k]);

/** Scratch arrays reused across queries on the same index (one query at a time per thread). */
interface Scratch {
  total: Float64Array;
  matched: Uint8Array;
  /** Sum over matched words of the match quality (a typo covers a word less than itself). */
  covered: Float32Array;
  wordBest: Float64Array;
  wordQuality: Float32Array;
}
const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratchByIndex.get(index);
  if (!s) {
    s = {
      total: new Float64Array(index.size),
      matched: new Uint8Array(index.size),
      covered: new Float32Array(index.size),
      wordBest: new Float64Array(index.size),
      wordQuality: new Float32Array(index.size),
    };
    scratchByIndex.set(index, s);
  }
  return s;
}

/** Rare words say more than common ones (`payslip` more than `request`). */
function idf(index: SearchIndex, term: number): number {
  return 1 + Math.log(1 + index.size / postingLength(index, term));
}

/** Adds one word's contribution; records touched for the first time go into `touched`. */
function scoreWord(
  index: SearchIndex,
  qw: QueryWord,
  scratch: Scratch,
  touched: number[],
  matchedTerms: Set<string>,
): void {
  const { total, matched, covered, wordBest, wordQuality } = scratch;
  const wordTouched: number[] = [];
  for (const { term, quality } of matchWord(index, qw)) {
    matchedTerms.add(index.terms[term]!);
    const { postingDocs: docs, postingWeights: weights } = index;
    const factor = quality * idf(index, term);
    for (let i = index.postingStart[term]!, end = index.postingStart[term + 1]!; i < end; i++) {
      const doc = docs[i]!;
      const s = weights[i]! * factor;
      const best = wordBest[doc]!;
      if (best === 0) wordTouched.push(doc);
      if (s > best) {
        wordBest[doc] = s;
        wordQuality[doc] = quality;
      }
    }
  }
  for (const doc of wordTouched) {
    if (matched[doc] === 0) touched.push(doc);
    total[doc]! += wordBest[doc]!;
    matched[doc]! += 1;
    covered[doc]! += wordQuality[doc]!;
    wordBest[doc] = 0;
  }
}

/** The terms a word most likely means: itself, or its best typo reading or completion. */
function readings(index: SearchIndex, qw: QueryWord): string[] {
  const best = matchWord(index, qw)
    .filter((m) => m.quality >= PAIR_MIN_QUALITY)
    .slice(0, 2);
  return best.map((m) => index.terms[m.term]!);
}

const PAIR_MIN_QUALITY = 0.7;
const PAIR_BONUS = 0.5;

/** Two query words that sit side by side in a phrase of the record score a bonus. */
function scorePair(index: SearchIndex, a: QueryWord, b: QueryWord, scratch: Scratch): void {
  for (const first of readings(index, a)) {
    for (const second of readings(index, b)) {
      const term = index.termId.get(pairKey(first, second));
      if (term === undefined) continue;
      const { postingDocs: docs, postingWeights: weights } = index;
      const factor = PAIR_BONUS * idf(index, term);
      for (let i = index.postingStart[term]!, end = index.postingStart[term + 1]!; i < end; i++) {
        // Both words matched, so the record is already among the touched ones.
        scratch.total[docs[i]!]! += weights[i]! * factor;
      }
    }
  }
}

export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const limit = options.limit ?? 30;
  const qws = queryWords(query.replace(/@\S*/g, ' '));
  const result: SearchResult = { query, words: qws.map((w) => w.word), hits: [], terms: [] };
  if (qws.length === 0 || index.size === 0) return result;

  const scratch = scratchFor(index);
  const touched: number[] = [];
  const matchedTerms = new Set<string>();
  for (const qw of qws) scoreWord(index, qw, scratch, touched, matchedTerms);
  for (let i = 1; i < qws.length; i++) scorePair(index, qws[i - 1]!, qws[i]!, scratch);

  // Keep the best `limit` without sorting every touched record (can be tens of thousands).
  const top: { doc: number; score: number; m: number }[] = [];
  const n = qws.length;
  for (const doc of touched) {
    const m = scratch.matched[doc]!;
    const coverage = scratch.covered[doc]! / n;
    const score =
      scratch.total[doc]! * KIND_BOOST_BY_CODE[index.docKind[doc]!]! * coverage * coverage;
    scratch.total[doc] = 0;
    scratch.matched[doc] = 0;
    scratch.covered[doc] = 0;
    if (top.length === limit && score <= top[top.length - 1]!.score) continue;
    let i = top.length;
    while (i > 0 && top[i - 1]!.score < score) i--;
    top.splice(i, 0, { doc, score, m });
    if (top.length > limit) top.pop();
  }
  result.hits = top.map(({ doc, score, m }) => ({
    kind: DOC_KINDS[index.docKind[doc]!]!,
    id: docIdOf(index, doc),
    score,
    matchedWords: m,
  }));
  result.terms = [...matchedTerms];
  return result;
}
