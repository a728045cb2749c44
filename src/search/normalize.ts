/**
 * Text → search terms: lowercase, accents stripped (NFD), punctuation removed, light stemming.
 * The same functions run on the data (index side) and on what the user types (query side),
 * so `Congés`, `conges` and `CONGE` all meet on the term `conge`.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
/** Anything that is not a letter or a digit separates words (apostrophes too: `l'équipe`). */
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Folds a string for comparison: lowercase, no accents, ligatures expanded. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Folded words of `text`, in order, empty strings removed. */
export function words(text: string): string[] {
  return fold(text)
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
}

/**
 * Grammatical words of English and French that never identify a topic. `it` is NOT here:
 * it names the IT department. Kept short on purpose: better a useless word scored low
 * (it matches little) than a useful word silently dropped.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a an the of to for in on at by with from and or my me i im is are was be am do does did',
    'has have can could who whom what where when how which should would this that there about',
    'get need want please your our we s',
    // Negations describe the problem, never the topic (`wifi not working`).
    'not no dont doesnt didnt cant cannot wont isnt t ne pas n doesn didn isn won aren',
    'into onto',
    // French
    'le la les l un une des de du d au aux et ou en pour par sur dans avec mon ma mes je j',
    'est sont qui que qu quoi comment faire ce cette se sa son ses il elle nous vous votre',
    'notre y ai suis besoin veux',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Light plural stemming for English and French: `payslips` → `payslip`, `congés` → `conge`,
 * `policies` → `policy`, `bureaux` → `bureau`. Deliberately timid: no verb or suffix
 * stripping, which would merge unrelated words; keywords and synonyms in the data cover those.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('eaux') && n > 5) return word.slice(0, -1);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s') || word.endsWith('x')) return word.slice(0, -1);
  return word;
}

/**
 * Words that say what kind of help is wanted, not what about (`wifi not working`, `payslip
 * question`): they still score, but a record need not hold them to be found.
 */
export const WEAK_WORDS: ReadonlySet<string> = new Set(
  'problem issue question help working broken wrong error request info information'.split(' '),
);

/** Suffixes `root` strips, longest first (folded: no accents). */
const ROOT_SUFFIXES = [
  // French: nouns and verbs of one family, masculine and feminine (`directrice`, `directeur`).
  'issement',
  'atrice',
  'ateur',
  'ation',
  'ement',
  'trice',
  'teur',
  'euse',
  'ere',
  'ier',
  'ique',
  'ment',
  'er',
  'ee',
  'ez',
  // English
  'ations',
  'ation',
  'ings',
  'ing',
  'ers',
  'er',
  'ed',
  'ic',
  'e',
].sort((a, b) => b.length - a.length);

/**
 * A word's root, for reading another form of the same word at a slightly lower quality
 * (`declaring` ↔ `declaration`, `demander` ↔ `demande`, `conseillère` ↔ `conseiller`,
 * `électrique` ↔ `electric`). Takes a `stem` (plurals already off). At least 5 letters stay
 * (4 for a final `e`), so `parking` keeps away from `park` and `training` from `train`.
 */
export function root(stemmed: string): string {
  for (const suffix of ROOT_SUFFIXES) {
    if (!stemmed.endsWith(suffix)) continue;
    const rest = stemmed.length - suffix.length;
    if (rest >= (suffix === 'e' ? 4 : 5)) return stemmed.slice(0, rest);
  }
  return stemmed;
}

/** Index-side terms of a text: folded words, stemmed (stopwords kept: they cost little there). */
export function terms(text: string): string[] {
  return words(text).map(stem);
}

/** A word of the query, folded, with its stem; `last` when it may still be being typed. */
export interface QueryWord {
  word: string;
  stem: string;
  last: boolean;
}

/**
 * The words of a query worth looking up. Stopwords are dropped unless the query has
 * nothing else (someone searching for `IT` or `the` still gets an attempt).
 */
export function queryWords(query: string): QueryWord[] {
  const all = words(query);
  const endsInWord = /[\p{L}\p{N}]$/u.test(query);
  const kept = all.filter((w) => !STOPWORDS.has(w));
  const chosen = kept.length > 0 ? kept : all;
  const lastWord = all[all.length - 1];
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  chosen.forEach((w, i) => {
    const s = stem(w);
    if (seen.has(s)) return;
    seen.add(s);
    const isLast = endsInWord && i === chosen.length - 1 && w === lastWord;
    result.push({ word: w, stem: s, last: isLast });
  });
  return result;
}

/** A word of a display text with its position, for highlighting. */
export interface WordSpan {
  start: number;
  end: number;
  term: string;
}

/** Words of `text` with their offsets in the original (unfolded) string. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    for (const part of words(word)) {
      // A word folds to one part except for exotic ligatures; highlight it whole then.
      spans.push({ start, end: start + word.length, term: stem(part) });
    }
  }
  return spans;
}
