/**
 * Query word → vocabulary terms it should match, each with a quality in (0, 1]:
 * exact (1), prefix while typing (`payr` → `payroll`), and typos (`payrol`, `expnse`).
 * Typos are matched against words, never against whole records: fuse.js over the "answer"
 * vocabulary (topic, unit and title words, a few thousand at most, grouped by length), and a
 * bounded edit distance over the rest (names, e-mails), which grows with the organisation.
 * Results are cached per word for the life of the index.
 */
import { allowedTypos, boundedDistance } from './editDistance';
import { root, type QueryWord } from './normalize';
import { isPair, lowerBound, type SearchIndex } from './searchIndex';

/** How a term matched a word: the correction notice names typo readings only. */
export type MatchVia = 'exact' | 'stem' | 'prefix' | 'typo' | 'synonym';

export interface TermMatch {
  term: number;
  quality: number;
  via: MatchVia;
}

type Found = Map<number, { quality: number; via: MatchVia }>;

function offer(into: Found, term: number, quality: number, via: MatchVia): void {
  const had = into.get(term);
  if (!had || had.quality < quality) into.set(term, { quality, via });
}

const PREFIX_LIMIT = 40;
/** The shortest word still being typed that is completed (`pa` → `payroll`, not `p`). */
export const PREFIX_MIN_TYPING = 2;
const CACHE_LIMIT = 5000;
/** Words at least this long may have a wrong first letter. */
export const FIRST_LETTER_TYPO_MIN = 7;
const QUALITY = {
  exact: 1,
  typo1: 0.72,
  typo2: 0.5,
  prefixLast: 0.95,
  prefixOther: 0.7,
  /** Another form of the same word (`declaring` for `declaration`, `directrice` for `directeur`). */
  stem: 0.88,
  /** A synonym ranks below the word itself, above its typo readings. */
  synonym: 0.8,
};

/** True when the word, as typed, is a word of the data: then it is taken at its word. */
function known(index: SearchIndex, qw: QueryWord): boolean {
  return index.termId.has(qw.stem) || index.termId.has(qw.word);
}

function prefixMatches(index: SearchIndex, qw: QueryWord, into: Found): void {
  // A finished word is only completed when the data does not know it (`recrut` → `recrutement`).
  const minLength = qw.last ? PREFIX_MIN_TYPING : 4;
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
    offer(into, t, base * (0.5 + (0.5 * qw.word.length) / index.terms[t]!.length), 'prefix');
  }
}

/** True when `a`'s letters all appear in `b`, in order. */
function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

function typoQuality(distance: number): number {
  return distance === 1 ? QUALITY.typo1 : QUALITY.typo2;
}

/**
 * Typo readings of a word: the bounded edit distance over the vocabulary words of nearby
 * lengths (it gives up at the first row beyond the allowed typos, so most words cost a few
 * character comparisons). fuse.js used to propose candidates here and missed transpositions
 * (`recrods`).
 */
function typoMatches(index: SearchIndex, qw: QueryWord, into: Found): void {
  const max = allowedTypos(qw.word.length);
  // A word of the data is no typo (`form` is not `from`, `head` is not `lead`).
  if (max === 0 || known(index, qw)) return;
  // Terms are stemmed: `recrods` is read as `recrod`, one transposition from `record`.
  const add = (t: number, term: string) => {
    const d = Math.min(
      boundedDistance(qw.word, term, max),
      qw.stem === qw.word ? max + 1 : boundedDistance(qw.stem, term, max),
    );
    if (d === 0) return;
    if (d <= max) offer(into, t, typoQuality(d), 'typo');
    // Two letters left out of a 7-letter word (`peltier` for `pelletier`).
    else if (
      qw.word.length >= 7 &&
      term.length === qw.word.length + 2 &&
      isSubsequence(qw.word, term)
    )
      offer(into, t, QUALITY.typo2, 'typo');
  };
  const first = qw.word[0]!;
  // A wrong first letter is a typo only in a long word: `nail` is not `mail`, `cake` not
  // `care`, but `mmigration` is `immigration`.
  const anyFirst = qw.word.length >= FIRST_LETTER_TYPO_MIN;
  const longest = qw.word.length + Math.max(max, qw.word.length >= 7 ? 2 : 0);
  for (let length = qw.word.length - max; length <= longest; length++) {
    for (const t of index.byLength[length] ?? []) {
      const term = index.terms[t]!;
      if (term[0] !== first && !anyFirst) continue;
      add(t, term);
    }
  }
}

/** The terms a phrase of the query means (`time off` → `leave`, `conge`…), from the synonyms. */
export function phraseMatches(index: SearchIndex, key: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const target of index.synonyms.get(key) ?? []) {
    const t = index.termId.get(target);
    if (t !== undefined) found.push({ term: t, quality: QUALITY.synonym, via: 'synonym' });
  }
  return found;
}

/** The vocabulary terms matching one query word, best first. */
export function matchWord(index: SearchIndex, qw: QueryWord): TermMatch[] {
  const key = `${qw.last ? '>' : '='}${qw.word}`;
  const cached = index.cache.get(key) as TermMatch[] | undefined;
  if (cached) return cached;
  const found: Found = new Map();
  prefixMatches(index, qw, found);
  // A word still being typed that some words start with is not a typo (yet).
  if (!qw.last || found.size === 0) typoMatches(index, qw, found);
  for (const exact of [qw.word, qw.stem]) {
    const t = index.termId.get(exact);
    if (t !== undefined) found.set(t, { quality: QUALITY.exact, via: 'exact' });
  }
  for (const t of index.byRoot.get(root(qw.stem)) ?? []) offer(found, t, QUALITY.stem, 'stem');
  for (const key of [qw.stem, qw.word]) {
    for (const target of index.synonyms.get(key) ?? []) {
      const t = index.termId.get(target);
      if (t !== undefined) offer(found, t, QUALITY.synonym, 'synonym');
    }
  }
  const result = [...found]
    .map(([term, { quality, via }]) => ({ term, quality, via }))
    .sort((a, b) => b.quality - a.quality);
  if (index.cache.size > CACHE_LIMIT) {
    const fuse = index.cache.get('#fuse');
    index.cache.clear();
    if (fuse) index.cache.set('#fuse', fuse);
  }
  index.cache.set(key, result);
  return result;
}
