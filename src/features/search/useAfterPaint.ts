/**
 * `useAfterPaint(value, initial)`: `value`, once a frame showing the render that brought it has
 * been produced; until then the value it had before (`initial` on mount). The late part of a
 * keystroke (rows after the first ones, the answer card's side column) then renders in a
 * transition that starts in a task after that frame, and the next keystroke may interrupt it.
 *
 * Why not `useDeferredValue`: React schedules the deferred render in a task posted during the
 * keystroke, so it ran before the keystroke's frame could finish (a 5 ms slice, the answer's
 * remaining rows); traced at 10k, that slice sat between the frame's commit and the end of its
 * main-thread work on most keystrokes. Here it is posted from the frame's animation callback,
 * so it comes after the frame's rendering. A hidden tab has no frames: the value follows in the
 * next task.
 */
import { startTransition, useEffect, useState } from 'react';

/** Callbacks for the next frame, and those whose frame has come (run in the task after it). */
let waiting: (() => void)[] = [];
let ready: (() => void)[] = [];
let frameAsked = false;
let channel: MessageChannel | undefined;

function post(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const run = ready;
      ready = [];
      for (const fn of run) fn();
    };
    // Node (unit tests): an open port must not keep the process alive.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  channel.port2.postMessage(null);
}

/**
 * Runs `fn` in a task after the next frame is produced (one animation frame and one message
 * for every caller of that frame); returns a cancel.
 */
export function afterNextFrame(fn: () => void): () => void {
  let live = true;
  const run = () => {
    if (live) fn();
  };
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (hidden || typeof requestAnimationFrame !== 'function') {
    ready.push(run);
    post();
  } else {
    waiting.push(run);
    if (!frameAsked) {
      frameAsked = true;
      requestAnimationFrame(() => {
        frameAsked = false;
        ready.push(...waiting);
        waiting = [];
        post();
      });
    }
  }
  return () => {
    live = false;
  };
}

export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextFrame(() => startTransition(() => setShown(value)));
  }, [value, shown]);
  return shown;
}
