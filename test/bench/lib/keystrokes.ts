/**
 * Keystroke → painted, the one measurement of typing speed for Wayfinder's search page and the
 * peer pages alike (`npm run bench`, `npm run bench:peers`). The page contract: a
 * `#search-input` field, and an element `.search-results` whose `data-query` is the text its
 * answers are for once they are in the DOM.
 *
 * Each keystroke is typed at the start of a frame (inside a requestAnimationFrame callback) and
 * timed from there:
 *  - `painted`: until that frame's rendering is done, i.e. the handler, the commit, style, layout
 *    and paint: a message posted from the rAF callback runs once that frame's main-thread work is
 *    over (the rAF-then-postMessage idiom). When the answers are not in the DOM by then (a page
 *    that answers in a later task), until the frame after they arrive. p95 ≤ 16.7 ms means the
 *    answers fit in the frame the keystroke starts: one frame per keystroke (issue 16 item 2).
 *    Typing at a frame's start keeps the wait for the next vsync, which depends only on when
 *    the previous keystroke ended, out of the figure (timed from the input event instead,
 *    every page, even an empty one, reads ~16 ms: the frame interval).
 *  - `dom`: until the answers for that exact text are in the DOM (MutationObserver).
 *  - `nextFrame`: from the keystroke's frame to the next frame's start (rAF timestamps): one
 *    interval when nothing overran; more when the keystroke's frame, its raster (which holds
 *    the next commit back) or the work it left behind (React's deferred rows) made a frame late.
 */
import type { Page } from 'playwright-core';

export interface Keystrokes {
  dom: number[];
  painted: number[];
  /** Per keystroke whose next frame was measured: the gap to that frame (ms). */
  nextFrame: number[];
  /** Wayfinder's engine time per keystroke (`data-query-ms`), NaN on pages without it. */
  engine: number[];
  /** The page's frame interval (median rAF gap while idle), ms. */
  frameMs: number;
}

/** In-page code, as text: tsx would wrap named functions in a `__name` helper the page lacks. */
const TYPE_ALL = `async (queries) => {
  const input = document.getElementById('search-input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const results = () => document.querySelector('.search-results');
  const shown = (text) => results()?.getAttribute('data-query') === text;
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  // Runs done(now) once the current frame's rendering is over; call from a rAF callback.
  const afterThisFrame = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  };
  const afterNextFrame = () => new Promise((done) => requestAnimationFrame(() => afterThisFrame(done)));
  const until = (text) => new Promise((done) => {
    if (shown(text)) return done(performance.now());
    const observer = new MutationObserver(() => {
      if (shown(text)) { observer.disconnect(); done(performance.now()); }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const setText = (text) => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // The frame interval while idle.
  const gaps = [];
  let last = await frame();
  for (let i = 0; i < 12; i++) { const t = await frame(); gaps.push(t - last); last = t; }
  gaps.sort((a, b) => a - b);
  const out = { dom: [], painted: [], nextFrame: [], engine: [], frameMs: gaps[gaps.length >> 1] };
  for (const query of queries) {
    setText('');
    await afterNextFrame();
    await new Promise((r) => setTimeout(r, 20));
    let previousFrame;
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      let domAt;
      const observed = until(text).then((t) => { domAt = t; });
      const typed = await new Promise((done) => requestAnimationFrame((frameStart) => {
        const start = performance.now();
        setText(text);
        afterThisFrame((frameDone) => done({ start, frameStart, frameDone }));
      }));
      if (previousFrame !== undefined) out.nextFrame.push(typed.frameStart - previousFrame);
      let painted = typed.frameDone;
      if (domAt === undefined || domAt > typed.frameDone) {
        // Not in this frame: the answers came in a later task, shown by the frame after them.
        await observed;
        painted = await afterNextFrame();
        previousFrame = undefined;
      } else {
        previousFrame = typed.frameStart;
      }
      out.dom.push(domAt - typed.start);
      out.painted.push(painted - typed.start);
      out.engine.push(Number(results()?.getAttribute('data-query-ms') ?? NaN));
    }
  }
  return out;
}`;

/** Types every query in the page, key by key, and returns the times (ms). */
export function typeAll(page: Page, queries: string[]): Promise<Keystrokes> {
  return page.evaluate<Keystrokes>(`(${TYPE_ALL})(${JSON.stringify(queries)})`);
}

/** How many of the next frames came later than 1.5 frame intervals (a frame dropped). */
export const lateFrames = (k: Keystrokes): number =>
  k.nextFrame.filter((gap) => gap > 1.5 * k.frameMs).length;

/** The p-th percentile (nearest rank). */
export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
