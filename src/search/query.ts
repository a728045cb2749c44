/**
 * Query → ranked records. Each query word is looked up in the vocabulary (exact, prefix,
 * typo, synonym; phrases of the query through the synonyms too); every record gets, per word,
 * the best weight among the terms it holds (BM25F weights, built into the index); records are
 * ranked by the sum over words, times how well they cover the query, plus a bonus for query
 * words that sit side by side in the record. A record must match most of the words (all of
 * them for one or two), so `cat videos` finds nothing rather than the topic that mentions cats.
 */
import { queryWords, WEAK_WORDS, type QueryWord } from './normalize';
import { MAX_PHRASE } from './lexicon';
import { DOC_KINDS, docIdOf, pairKey, type DocKind, type SearchIndex } from './searchIndex';
import { matchWord, phraseMatches, PREFIX_MIN_TYPING, type TermMatch } from './vocabulary';

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
  /**
   * The query as the search read it when a finished word was not in the data and was read
   * as a typo of another (`imigration` → `immigration`): shown as "showing results for".
   */
  correction?: string;
}

export interface SearchOptions {
  limit?: number;
  /**
   * Records close to the user (their own unit, their location): ahead of others whose score
   * is within `TIE_MARGIN`. Called on the best candidates only.
   */
  prefer?: (kind: DocKind, id: string) => boolean;
}

/** Answers rank above people and roles that merely mention the same word. */
const KIND_BOOST: Record<DocKind, number> = { topic: 1.3, unit: 1, position: 0.9, person: 0.95 };
const KIND_BOOST_BY_CODE = DOC_KINDS.map((k) => KIND_BOOST[k]);

/** Scores this close count as a tie, broken by `prefer`. */
export const TIE_MARGIN = 0.03;

/**
 * Words a record must match out of `n` (weak words not counted): one of two when the data
 * knows both (`clés bureau`), both when it knows only one (`cat videos` is no question about
 * cats), then 60 % (2 of 3, 3 of 4, 3 of 5).
 */
export function wordsRequired(n: number, known: number): number {
  if (n <= 1) return n;
  if (n === 2) return known === 2 ? 1 : 2;
  return Math.ceil(n * 0.6);
}

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

/** Adds one word's contribution; records touched for the first time go into `touched`. */
function scoreWord(
  index: SearchIndex,
  matches: readonly TermMatch[],
  scratch: Scratch,
  touched: number[],
  matchedTerms: Set<string>,
): void {
  const { total, matched, covered, wordBest, wordQuality } = scratch;
  const wordTouched: number[] = [];
  const { postingDocs: docs, postingWeights: weights } = index;
  for (const { term, quality } of matches) {
    matchedTerms.add(index.terms[term]!);
    // Rarity and field length are in the posting weight already (BM25F, `searchIndex.ts`).
    for (let i = index.postingStart[term]!, end = index.postingStart[term + 1]!; i < end; i++) {
      const doc = docs[i]!;
      const s = weights[i]! * quality;
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

const PAIR_MIN_QUALITY = 0.7;
const PAIR_BONUS = 0.5;

/** The terms a word most likely means: itself, or its best typo reading or completion. */
function readings(index: SearchIndex, matches: readonly TermMatch[]): string[] {
  return matches
    .filter((m) => m.quality >= PAIR_MIN_QUALITY && m.via !== 'synonym')
    .slice(0, 2)
    .map((m) => index.terms[m.term]!);
}

/** Two query words that sit side by side in a phrase of the record score a bonus. */
function scorePair(
  index: SearchIndex,
  a: readonly TermMatch[],
  b: readonly TermMatch[],
  scratch: Scratch,
): void {
  for (const first of readings(index, a)) {
    for (const second of readings(index, b)) {
      const term = index.termId.get(pairKey(first, second));
      if (term === undefined) continue;
      const { postingDocs: docs, postingWeights: weights } = index;
      for (let i = index.postingStart[term]!, end = index.postingStart[term + 1]!; i < end; i++) {
        // Records matching only one of the two words hold no pair of them.
        const doc = docs[i]!;
        if (scratch.matched[doc]! > 0) scratch.total[doc]! += weights[i]! * PAIR_BONUS;
      }
    }
  }
}

/**
 * Each word's matches, with the synonyms of the phrases it is part of (`arrêt maladie`,
 * `ne marche plus`): every word of the phrase is then covered by a record holding a synonym.
 */
function wordMatches(index: SearchIndex, qws: readonly QueryWord[]): TermMatch[][] {
  const all = qws.map((qw) => matchWord(index, qw));
  if (index.synonyms.size === 0) return all;
  for (let len = Math.min(MAX_PHRASE, qws.length); len >= 2; len--) {
    for (let i = 0; i + len <= qws.length; i++) {
      const span = qws.slice(i, i + len);
      const extra = phraseMatches(index, span.map((w) => w.stem).join(' '));
      if (extra.length === 0) continue;
      for (let k = i; k < i + len; k++) all[k] = [...all[k]!, ...extra];
    }
  }
  return all;
}

/** The query with its typo words replaced by what they were read as, when any was. */
function correctionOf(
  index: SearchIndex,
  qws: readonly QueryWord[],
  matches: readonly TermMatch[][],
): string | undefined {
  let corrected = false;
  const words = qws.map((qw, i) => {
    const m = matches[i]!;
    // A finished word the data does not know, completed (`payrol` → `payroll`), was a typo too.
    const read = (via: string) => via === 'typo' || (!qw.last && via === 'prefix');
    if (m.length === 0 || !m.every((x) => read(x.via))) return qw.word;
    corrected = true;
    return index.terms[m[0]!.term]!;
  });
  return corrected ? words.join(' ') : undefined;
}

/**
 * The query's words without the first letter of a next word being typed (`holiday r`): too
 * short to complete, it was a word no record holds, so each such keystroke emptied the results
 * (then the next letter brought them back). A query of that one letter is still looked up.
 */
function wordsToLookUp(query: string): QueryWord[] {
  const qws = queryWords(query.replace(/@\S*/g, ' '));
  const last = qws[qws.length - 1];
  const started = last !== undefined && last.last && last.word.length < PREFIX_MIN_TYPING;
  return started && qws.length > 1 ? qws.slice(0, -1) : qws;
}

export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const limit = options.limit ?? 30;
  const qws = wordsToLookUp(query);
  const result: SearchResult = { query, words: qws.map((w) => w.word), hits: [], terms: [] };
  if (qws.length === 0 || index.size === 0) return result;

  const scratch = scratchFor(index);
  const touched: number[] = [];
  const matchedTerms = new Set<string>();
  const matches = wordMatches(index, qws);
  for (const m of matches) scoreWord(index, m, scratch, touched, matchedTerms);
  for (let i = 1; i < qws.length; i++) scorePair(index, matches[i - 1]!, matches[i]!, scratch);

  // Keep the best candidates without sorting every touched record (can be tens of thousands).
  const keep = limit + 8;
  const top: { doc: number; score: number; m: number }[] = [];
  const partial: { doc: number; score: number; m: number }[] = [];
  const n = qws.length;
  const strong = qws.flatMap((w, i) => (WEAK_WORDS.has(w.stem) ? [] : [matches[i]!]));
  const required = wordsRequired(strong.length, strong.filter((m) => m.length > 0).length);
  for (const doc of touched) {
    const m = scratch.matched[doc]!;
    const coverage = scratch.covered[doc]! / n;
    const score =
      scratch.total[doc]! * KIND_BOOST_BY_CODE[index.docKind[doc]!]! * coverage * coverage;
    scratch.total[doc] = 0;
    scratch.matched[doc] = 0;
    scratch.covered[doc] = 0;
    const list = m < required ? partial : top;
    if (list.length === keep && score <= list[list.length - 1]!.score) continue;
    let i = list.length;
    while (i > 0 && list[i - 1]!.score < score) i--;
    list.splice(i, 0, { doc, score, m });
    if (list.length > keep) list.pop();
  }
  // Several words the data knows, but no record has enough of them together (`wifi printr
  // scanr`: a Wi-Fi topic and a printer topic): the best partial matches beat "nothing found".
  // Not with one known word among several (`cat videos`), which stays a no-result.
  const knownWords = strong.filter((w) => w.length > 0).length;
  if (top.length === 0 && knownWords >= 2) top.push(...partial);
  const hits = top.map(({ doc, score, m }) => ({
    kind: DOC_KINDS[index.docKind[doc]!]!,
    id: docIdOf(index, doc),
    score,
    matchedWords: m,
  }));
  const prefer = options.prefer;
  if (prefer) {
    const ranked = hits.map((h) => ({
      h,
      s: h.score * (prefer(h.kind, h.id) ? 1 + TIE_MARGIN : 1),
    }));
    ranked.sort((a, b) => b.s - a.s);
    result.hits = ranked.slice(0, limit).map((r) => r.h);
  } else result.hits = hits.slice(0, limit);
  result.terms = [...matchedTerms];
  if (result.hits.length > 0) {
    const correction = correctionOf(index, qws, matches);
    if (correction !== undefined) result.correction = correction;
  }
  return result;
}
