/**
 * The search index as it crosses from the worker that builds it to the page that queries it:
 * typed arrays (transferred, not copied) and two strings. Rebuilding the object graph on the
 * page costs a few tens of milliseconds at 100k people instead of seconds of indexing.
 */
import { assembleIndex, type SearchIndex } from './searchIndex';

export interface PackedSearchIndex {
  docKind: Uint8Array;
  /** Record ids joined by `\n` (ids are letters, digits and `-_.:`, never a line break). */
  docIds: string;
  /** Vocabulary, sorted, joined by `\n` (terms are words and word pairs). */
  terms: string;
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float32Array;
  answerTerm: Uint8Array;
}

const SEPARATOR = '\n';

const split = (joined: string): string[] => (joined === '' ? [] : joined.split(SEPARATOR));

export function packIndex(index: SearchIndex): PackedSearchIndex {
  return {
    docKind: index.docKind,
    docIds: index.docId.join(SEPARATOR),
    terms: index.terms.join(SEPARATOR),
    postingStart: index.postingStart,
    postingDocs: index.postingDocs,
    postingWeights: index.postingWeights,
    answerTerm: index.answerTerm,
  };
}

/** The buffers to transfer with `postMessage` (the sender loses them). */
export function transferables(packed: PackedSearchIndex): ArrayBuffer[] {
  return [
    packed.docKind,
    packed.postingStart,
    packed.postingDocs,
    packed.postingWeights,
    packed.answerTerm,
  ].map((array) => array.buffer as ArrayBuffer);
}

export function unpackIndex(packed: PackedSearchIndex): SearchIndex {
  return assembleIndex({
    docKind: packed.docKind,
    docId: split(packed.docIds),
    terms: split(packed.terms),
    postingStart: packed.postingStart,
    postingDocs: packed.postingDocs,
    postingWeights: packed.postingWeights,
    answerTerm: packed.answerTerm,
  });
}
