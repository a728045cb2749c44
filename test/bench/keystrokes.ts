/**
 * Types queries key by key in a search page and times each keystroke, for Wayfinder's search
 * page and the peer pages alike. The page contract: a `#search-input` field, and an element
 * `.search-results` whose `data-query` is the text its answers are for once they are in the DOM.
 *
 * Two times per keystroke, from the input event:
 *  - `dom`: the answers for that exact text are in the DOM (MutationObserver);
 *  - `painted`: the frame showing them has been produced: a requestAnimationFrame callback after
 *    the commit, then a message posted from it, which runs once that frame's style, layout and
 *    paint are done (the rAF-then-postMessage idiom; the frame's raster runs off the main thread).
 */
import type { Page } from 'playwright-core';

export interface Keystrokes {
  dom: number[];
  painted: number[];
  /** Wayfinder's engine time per keystroke (`data-query-ms`), NaN on pages without it. */
  engine: number[];
}

/** In-page code, as text: tsx would wrap named functions in a `__name` helper the page lacks. */
const TYPE_ALL = `async (queries) => {
  const input = document.getElementById('search-input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const shown = (text) =>
    document.querySelector('.search-results')?.getAttribute('data-query') === text;
  const until = (text) => new Promise((done) => {
    if (shown(text)) return done();
    const observer = new MutationObserver(() => {
      if (shown(text)) { observer.disconnect(); done(); }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const nextPaint = () => new Promise((done) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(0);
    });
  });
  const out = { dom: [], painted: [], engine: [] };
  for (const query of queries) {
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextPaint();
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      const start = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(text);
      out.dom.push(performance.now() - start);
      await nextPaint();
      out.painted.push(performance.now() - start);
      out.engine.push(Number(document.querySelector('.search-results')?.getAttribute('data-query-ms') ?? NaN));
    }
  }
  return out;
}`;

/** Types every query in the page (awaiting each keystroke's paint) and returns the times (ms). */
export function typeAll(page: Page, queries: string[]): Promise<Keystrokes> {
  return page.evaluate<Keystrokes>(`(${TYPE_ALL})(${JSON.stringify(queries)})`);
}

/** The p-th percentile (nearest rank). */
export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
