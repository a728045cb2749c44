/**
 * The search index as it crosses from the worker that builds it to the page that queries it
 * (and as the IndexedDB cache keeps it): typed arrays (transferred, not copied) and a few
 * strings. On the page only the vocabulary and the roots are split; the lookups are binary
 * searches and the groups views of the arrays, instead of seconds of indexing.
 */
import { runToEnd } from '../domain/steps';
import { assembleIndex, type SearchIndex } from './searchIndex';

export interface PackedSearchIndex {
  docKind: Uint8Array;
  docIds: string;
  docIdStart: Int32Array;
  /** Vocabulary, sorted, joined by `\n` (terms are words and word pairs). */
  terms: string;
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float32Array;
  answerTerm: Uint8Array;
  synonymText: string;
  /** Term ids by length, where each length starts (see `SearchIndex.lengthTerms`). */
  lengthTerms: Int32Array;
  lengthStart: Int32Array;
  /** Roots of the answer terms, sorted, joined by `\n`; their term ids in `rootTerms`. */
  roots: string;
  rootStart: Int32Array;
  rootTerms: Int32Array;
}

const SEPARATOR = '\n';

const split = (joined: string): string[] => (joined === '' ? [] : joined.split(SEPARATOR));

export function packIndex(index: SearchIndex): PackedSearchIndex {
  return {
    docKind: index.docKind,
    docIds: index.docIds,
    docIdStart: index.docIdStart,
    terms: index.terms.join(SEPARATOR),
    postingStart: index.postingStart,
    postingDocs: index.postingDocs,
    postingWeights: index.postingWeights,
    answerTerm: index.answerTerm,
    synonymText: index.synonymText,
    lengthTerms: index.lengthTerms,
    lengthStart: index.lengthStart,
    roots: index.roots,
    rootStart: index.rootStart,
    rootTerms: index.rootTerms,
  };
}

/** The buffers to transfer with `postMessage` (the sender loses them). */
export function transferables(packed: PackedSearchIndex): ArrayBuffer[] {
  return [
    packed.docKind,
    packed.docIdStart,
    packed.postingStart,
    packed.postingDocs,
    packed.postingWeights,
    packed.answerTerm,
    packed.lengthTerms,
    packed.lengthStart,
    packed.rootStart,
    packed.rootTerms,
  ].map((array) => array.buffer as ArrayBuffer);
}

/**
 * The index again, as steps: the page runs them in slices (`runSliced`), a pause between
 * splitting the vocabulary and the rest (each a few ms at 100k people).
 */
export function* unpackIndexSteps(packed: PackedSearchIndex): Generator<void, SearchIndex> {
  const terms = split(packed.terms);
  yield;
  return assembleIndex({ ...packed, terms });
}

export function unpackIndex(packed: PackedSearchIndex): SearchIndex {
  return runToEnd(unpackIndexSteps(packed));
}
