/**
 * For tests: a `Worker` whose other end runs `serveHandlers(handlers)` over a real
 * `MessageChannel`, so every call, event and result is structured-cloned (and buffers
 * transferred) as between a page and a worker, in Node where there is no `Worker`. One harness
 * for the client's own tests (`workerClient.test.ts`) and for each worker's handlers
 * (`test/unit/orgFileWorker.test.ts`).
 */
import type { Handlers } from './protocol';
import { serveHandlers, type WorkerScope } from './serveHandlers';

export class ChannelWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private readonly channel = new MessageChannel();

  /** `onPost` sees each message the worker side posts (events, results), before it is sent. */
  constructor(handlers: Handlers, onPost?: (message: unknown) => void) {
    const scope = this.channel.port2 as unknown as WorkerScope;
    const post = scope.postMessage.bind(scope);
    scope.postMessage = (message, transfer) => {
      onPost?.(message);
      post(message, transfer);
    };
    serveHandlers(scope, handlers);
    this.channel.port1.onmessage = (event) => this.onmessage?.(event);
  }

  postMessage(message: unknown) {
    this.channel.port1.postMessage(message);
  }

  terminate() {
    this.channel.port1.close();
    this.channel.port2.close();
  }
}
