/// <reference lib="webworker" />
/**
 * The worker side of `protocol.ts`: answers each call with its handler's events, then its
 * result or its error. A worker file is one line: `serveHandlers(self, handlers)`.
 */
import {
  type CallMessage,
  type Handlers,
  type ReplyMessage,
  toWireError,
  Transferring,
} from './protocol';

/** The part of a worker's global scope this needs (a `MessagePort` works too, for tests). */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<CallMessage>) => void) | null;
}

export function serveHandlers(scope: WorkerScope, handlers: Handlers): void {
  const post = (reply: ReplyMessage, transfer: Transferable[] = []) =>
    scope.postMessage(reply, transfer);
  scope.onmessage = (event) => {
    const { id, name, input } = event.data;
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler) {
      post({ id, kind: 'error', error: toWireError(new Error(`no handler "${name}"`)) });
      return;
    }
    const context = {
      emit: (e: unknown, transfer?: Transferable[]) =>
        post({ id, kind: 'event', event: e }, transfer),
    };
    // `never`: the map's handlers each take their own input; the page sent the right one.
    Promise.resolve()
      .then(() => handler(input as never, context))
      .then(
        (value) =>
          value instanceof Transferring
            ? post({ id, kind: 'result', value: value.value }, value.transfer)
            : post({ id, kind: 'result', value }),
        (e: unknown) => post({ id, kind: 'error', error: toWireError(e) }),
      );
  };
}
