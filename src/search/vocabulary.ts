/**
 * Query word → vocabulary terms it should match, each with a quality in (0, 1]:
 * exact (1), prefix while typing (`payr` → `payroll`), and typos (`payrol`, `expnse`).
 * Typos are matched against words, never against whole records: fuse.js over the "answer"
 * vocabulary (topic, unit and title words, a few thousand at most, grouped by length), and a
 * bounded edit distance over the rest (names, e-mails), which grows with the organisation.
 * Results are cached per word for the life of the index.
 */
import Fuse from 'fuse.js';
import { allowedTypos, boundedDistance } from './editDistance';
import type { QueryWord } from './normalize';
import { isPair, type SearchIndex } from './searchIndex';

export interface TermMatch {
  term: number;
  quality: number;
}

const PREFIX_LIMIT = 40;
const CACHE_LIMIT = 5000;
const QUALITY = { exact: 1, typo1: 0.72, typo2: 0.5, prefixLast: 0.95, prefixOther: 0.7 };

/** First index in the sorted vocabulary whose term is ≥ `word`. */
function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the word, as typed, is a word of the data: then it is taken at its word. */
function known(index: SearchIndex, qw: QueryWord): boolean {
  return index.termId.has(qw.stem) || index.termId.has(qw.word);
}

function prefixMatches(index: SearchIndex, qw: QueryWord, into: Map<number, number>): void {
  // A finished word is only completed when the data does not know it (`recrut` → `recrutement`).
  const minLength = qw.last ? 2 : 4;
  if (qw.word.length < minLength || (!qw.last && known(index, qw))) return;
  const start = lowerBound(index.terms, qw.word);
  const found: number[] = [];
  for (let i = start; i < index.terms.length && index.terms[i]!.startsWith(qw.word); i++) {
    if (index.terms[i] !== qw.word && !isPair(index.terms[i]!)) found.push(i);
    if (found.length > PREFIX_LIMIT * 20) break;
  }
  // Many completions (`pa`): keep the closest ones, answer words first.
  found.sort(
    (a, b) =>
      index.answerTerm[b]! - index.answerTerm[a]! ||
      index.terms[a]!.length - index.terms[b]!.length,
  );
  // Still typing a word the data knows (`pay`): its completions count for less than itself.
  const base = qw.last ? QUALITY.prefixLast * (known(index, qw) ? 0.7 : 1) : QUALITY.prefixOther;
  for (const t of found.slice(0, PREFIX_LIMIT)) {
    const quality = base * (0.5 + (0.5 * qw.word.length) / index.terms[t]!.length);
    if ((into.get(t) ?? 0) < quality) into.set(t, quality);
  }
}

type FuseBuckets = Map<string, Fuse<string> | null>;

/**
 * fuse.js over the answer words of one length and first letter, built on first use: small
 * lists (tens of words), so a new query word costs well under a millisecond.
 */
function fuseFor(index: SearchIndex, length: number, first: string): Fuse<string> | null {
  let buckets = index.cache.get('#fuse') as FuseBuckets | undefined;
  if (!buckets) {
    buckets = new Map();
    index.cache.set('#fuse', buckets);
  }
  const key = `${length}:${first}`;
  let fuse = buckets.get(key);
  if (fuse === undefined) {
    const words = (index.byLength[length] ?? [])
      .filter((t) => index.answerTerm[t] === 1 && index.terms[t]![0] === first)
      .map((t) => index.terms[t]!);
    fuse =
      words.length === 0
        ? null
        : new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true });
    buckets.set(key, fuse);
  }
  return fuse;
}

function typoQuality(distance: number): number {
  return distance === 1 ? QUALITY.typo1 : QUALITY.typo2;
}

/**
 * Typo readings of a word. fuse.js proposes answer words (same length ± typos, same first
 * letter) and the edit distance confirms them; the rest of the vocabulary (names, e-mails,
 * answer words with a mistyped first letter) goes through the bounded edit distance alone.
 */
function typoMatches(index: SearchIndex, qw: QueryWord, into: Map<number, number>): void {
  const max = allowedTypos(qw.word.length);
  // A word of the data is no typo (`form` is not `from`, `head` is not `lead`).
  if (max === 0 || known(index, qw)) return;
  const add = (t: number, term: string) => {
    const d = boundedDistance(qw.word, term, max);
    if (d === 0 || d > max) return;
    const quality = typoQuality(d);
    if ((into.get(t) ?? 0) < quality) into.set(t, quality);
  };
  const first = qw.word[0]!;
  for (let length = qw.word.length - max; length <= qw.word.length + max; length++) {
    for (const hit of fuseFor(index, length, first)?.search(qw.word) ?? []) {
      const t = index.termId.get(hit.item);
      if (t !== undefined) add(t, hit.item);
    }
    for (const t of index.byLength[length] ?? []) {
      const term = index.terms[t]!;
      if (index.answerTerm[t] === 1 && term[0] === first) continue;
      add(t, term);
    }
  }
}

/** The vocabulary terms matching one query word, best first. */
export function matchWord(index: SearchIndex, qw: QueryWord): TermMatch[] {
  const key = `${qw.last ? '>' : '='}${qw.word}`;
  const cached = index.cache.get(key) as TermMatch[] | undefined;
  if (cached) return cached;
  const found = new Map<number, number>();
  prefixMatches(index, qw, found);
  // A word still being typed that some words start with is not a typo (yet).
  if (!qw.last || found.size === 0) typoMatches(index, qw, found);
  for (const exact of [qw.word, qw.stem]) {
    const t = index.termId.get(exact);
    if (t !== undefined) found.set(t, QUALITY.exact);
  }
  const result = [...found]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality);
  if (index.cache.size > CACHE_LIMIT) {
    const fuse = index.cache.get('#fuse');
    index.cache.clear();
    if (fuse) index.cache.set('#fuse', fuse);
  }
  index.cache.set(key, result);
  return result;
}
