/**
 * Query → ranked records. Each query word is looked up in the vocabulary (exact, prefix,
 * typo); every record gets, per word, the best weight among the terms it holds; records are
 * ranked by the sum over words, times how many of the words they matched. So `laptop broken`
 * prefers the record that has both words over one that has `laptop` many times.
 */
import { queryWords, type QueryWord } from './normalize';
import { DOC_KINDS, type DocKind, type SearchIndex } from './searchIndex';
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
  wordBest: Float64Array;
}
const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratchByIndex.get(index);
  if (!s) {
    s = {
      total: new Float64Array(index.size),
      matched: new Uint8Array(index.size),
      wordBest: new Float64Array(index.size),
    };
    scratchByIndex.set(index, s);
  }
  return s;
}

/** Rare words say more than common ones (`payslip` more than `request`). */
function idf(index: SearchIndex, term: number): number {
  return 1 + Math.log(1 + index.size / index.postingDocs[term]!.length);
}

/** Adds one word's contribution; records touched for the first time go into `touched`. */
function scoreWord(
  index: SearchIndex,
  qw: QueryWord,
  scratch: Scratch,
  touched: number[],
  matchedTerms: Set<string>,
): void {
  const { total, matched, wordBest } = scratch;
  const wordTouched: number[] = [];
  for (const { term, quality } of matchWord(index, qw)) {
    matchedTerms.add(index.terms[term]!);
    const docs = index.postingDocs[term]!;
    const weights = index.postingWeights[term]!;
    const factor = quality * idf(index, term);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const s = weights[i]! * factor;
      const best = wordBest[doc]!;
      if (best === 0) wordTouched.push(doc);
      if (s > best) wordBest[doc] = s;
    }
  }
  for (const doc of wordTouched) {
    if (matched[doc] === 0) touched.push(doc);
    total[doc]! += wordBest[doc]!;
    matched[doc]! += 1;
    wordBest[doc] = 0;
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

  // Keep the best `limit` without sorting every touched record (can be tens of thousands).
  const top: { doc: number; score: number; m: number }[] = [];
  const n = qws.length;
  for (const doc of touched) {
    const m = scratch.matched[doc]!;
    const coverage = m / n;
    const score =
      scratch.total[doc]! * KIND_BOOST_BY_CODE[index.docKind[doc]!]! * coverage * coverage;
    scratch.total[doc] = 0;
    scratch.matched[doc] = 0;
    if (top.length === limit && score <= top[top.length - 1]!.score) continue;
    let i = top.length;
    while (i > 0 && top[i - 1]!.score < score) i--;
    top.splice(i, 0, { doc, score, m });
    if (top.length > limit) top.pop();
  }
  result.hits = top.map(({ doc, score, m }) => ({
    kind: DOC_KINDS[index.docKind[doc]!]!,
    id: index.docId[doc]!,
    score,
    matchedWords: m,
  }));
  result.terms = [...matchedTerms];
  return result;
}
