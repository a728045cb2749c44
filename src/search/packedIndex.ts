/**
 * The search index as it crosses from the worker that builds it to the page that queries it:
 * typed arrays (transferred, not copied) and two strings. On the page only the vocabulary is
 * split and mapped (42k terms at 100k people: a few milliseconds), instead of seconds of indexing.
 */
import { runToEnd } from '../domain/steps';
import { assembleIndexSteps, type SearchIndex } from './searchIndex';

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
  ].map((array) => array.buffer as ArrayBuffer);
}

/** The index again, as steps: the page runs them in slices (`runSliced`). */
export function unpackIndexSteps(packed: PackedSearchIndex): Generator<void, SearchIndex> {
  return assembleIndexSteps({
    docKind: packed.docKind,
    docIds: packed.docIds,
    docIdStart: packed.docIdStart,
    terms: split(packed.terms),
    postingStart: packed.postingStart,
    postingDocs: packed.postingDocs,
    postingWeights: packed.postingWeights,
    answerTerm: packed.answerTerm,
    synonymText: packed.synonymText,
  });
}

export function unpackIndex(packed: PackedSearchIndex): SearchIndex {
  return runToEnd(unpackIndexSteps(packed));
}
