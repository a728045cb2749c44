/**
 * What every Wayfinder worker and its page say to each other: a call names a handler, the
 * worker answers with events (progress, slices) and then one result or one error. One shape for
 * search, layout, import and publish, so the fallback and the error rules live once
 * (`workerClient.ts` on the page, `serveHandlers.ts` in the worker).
 */

/** Given to a handler: `emit` sends an event to the caller (with buffers to move, if any). */
export interface HandlerContext<E = never> {
  emit: (event: E, transfer?: Transferable[]) => void;
}

/**
 * A handler: the same function runs in the worker or, when no worker can run, on the page.
 * Written as a method signature so maps of specific handlers fit `Handlers`.
 */
export interface Handler<I, O, E = never> {
  (input: I, context: HandlerContext<E>): O | Promise<O>;
}

/** A map of named handlers (`{ build, layout, analyse, … }`). */
export type Handlers = Record<string, Handler<never, unknown, unknown>>;

export type InputOf<H> = H extends Handler<infer I, unknown, unknown> ? I : never;
export type OutputOf<H> =
  H extends Handler<never, infer O, unknown> ? Unwrapped<Awaited<O>> : never;
export type EventOf<H> = H extends Handler<never, unknown, infer E> ? E : never;

/** A result whose buffers move to the page instead of being copied (a search index). */
export class Transferring<T> {
  constructor(
    readonly value: T,
    readonly transfer: Transferable[],
  ) {}
}

/** `return transferring(value, buffers)` from a handler; the caller receives `value`. */
export const transferring = <T>(value: T, transfer: Transferable[]) =>
  new Transferring(value, transfer);

type Unwrapped<T> = T extends Transferring<infer V> ? V : T;

export interface CallMessage {
  id: number;
  name: string;
  input: unknown;
}

/**
 * An error as it crosses: its name, message and own primitive fields (`code`, `actual`,
 * `errorCount`…), so the page can tell a full disk or a stale version from anything else.
 */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean | null>;
}

export type ReplyMessage =
  | { id: number; kind: 'event'; event: unknown }
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'error'; error: WireError };

export function toWireError(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e), fields: {} };
  const fields: WireError['fields'] = {};
  for (const [key, value] of Object.entries(e)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      fields[key] = value as string | number | boolean | null;
    }
  }
  return { name: e.name, message: e.message, fields };
}

/** The worker's error on the page: an `Error` with the same name, message and fields. */
export function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message);
  error.name = wire.name;
  return Object.assign(error, wire.fields);
}
