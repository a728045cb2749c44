/**
 * The chart's first view on a first visit, shown before React and React Flow have loaded: the
 * org file worker draws it as SVG once the file is checked (`layout/firstView.ts`), this
 * puts it on the page where the canvas will be and framed as the canvas frames it
 * (`frameViewport`), and removes it once React Flow has painted its own cards. It is a picture:
 * hidden from screen readers and pointers; the canvas that replaces it is the interactive chart.
 *
 * Until the shell has rendered the chart's frame (`.wf-chart-body`) the picture sits where that
 * frame will be (`global.css`); from then on it follows the frame each animation frame.
 */
import { isFirstViewHash } from '../../app/startEarly';
import { readTheme } from '../../app/theme';
import { mark } from '../../app/perfMark';
import { detectLanguage } from '../../i18n/language';
import type { FirstView, FirstViewRequest } from '../../layout/firstView';
import { frameViewport, READABLE_ZOOM } from './framing';

/** A picture never outstays this, whatever happens to the app meanwhile. */
const LONGEST_MS = 20_000;
/**
 * Nor this once the chart's frame is on the page: React Flow draws within a second or so of it
 * even at 100k positions; a chart that cannot (a layout error, said in the page) is not hidden.
 */
const FRAME_WITHOUT_CARDS_MS = 5_000;

const ID = 'wf-first-view';

/** What to ask the worker for on `hash`: the chart's own first view only (`#/chart`). */
export function firstViewRequest(hash: string, today: string): FirstViewRequest | undefined {
  if (!isFirstViewHash(hash)) return undefined;
  const theme = readTheme();
  const dark =
    theme === 'dark' ||
    (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
  return {
    lang: detectLanguage(),
    dark,
    today,
    window: { width: window.innerWidth, height: window.innerHeight },
  };
}

let current: { element: HTMLElement; stop: () => void } | undefined;

/** Removes the picture (React Flow painted, the page changed, the load failed). */
export function dropFirstView(): void {
  current?.stop();
  current = undefined;
}

/** Shows `view` where the chart will be drawn, unless the chart is already there. */
export function showFirstView(view: FirstView): void {
  if (current || view.cards === 0 || canvasPainted() || !onChart()) return;
  const svg = new DOMParser().parseFromString(view.svg, 'image/svg+xml').documentElement;
  if (svg.nodeName !== 'svg') return; // not well-formed: never shown half
  const element = document.createElement('div');
  element.id = ID;
  element.className = 'wf-first-view';
  element.setAttribute('aria-hidden', 'true');
  element.style.background = view.background;
  const plane = document.createElement('div');
  plane.className = 'wf-first-view-plane';
  const picture = document.importNode(svg, true) as unknown as SVGSVGElement;
  picture.style.left = `${view.origin.x}px`;
  picture.style.top = `${view.origin.y}px`;
  plane.append(picture);
  element.append(plane);
  document.body.append(element);
  mark('first-view');

  let frame = 0;
  let size = '';
  const started = performance.now();
  let framed: number | undefined;
  /** On the chart's frame, once the shell has drawn it; reframed when its size changes. */
  const place = () => {
    const body = document.querySelector<HTMLElement>('.wf-chart-body');
    if (body) {
      framed ??= performance.now();
      const r = body.getBoundingClientRect();
      element.classList.add('is-placed');
      element.style.left = `${r.left + body.clientLeft}px`;
      element.style.top = `${r.top + body.clientTop}px`;
      element.style.width = `${body.clientWidth}px`;
      element.style.height = `${body.clientHeight}px`;
    }
    const next = `${element.clientWidth}x${element.clientHeight}`;
    if (next !== size) {
      size = next;
      const vp = frameViewport(
        view.bounds,
        element.clientWidth,
        element.clientHeight,
        READABLE_ZOOM,
        view.top,
      );
      plane.style.transform = `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`;
    }
  };
  // The frame's first render is followed at once, not at the next animation frame: on a busy
  // page the shell and React Flow's first cards can come in one frame, and the picture was
  // then still where global.css guessed the frame would be (12 px off on a 1280 px window).
  const frameDrawn = new MutationObserver(() => {
    if (!document.querySelector('.wf-chart-body')) return;
    frameDrawn.disconnect();
    place();
  });
  frameDrawn.observe(document.body, { childList: true, subtree: true });
  const follow = () => {
    const now = performance.now();
    if (canvasPainted() || !onChart() || now - started > LONGEST_MS) return dropFirstView();
    if (framed !== undefined && now - framed > FRAME_WITHOUT_CARDS_MS) return dropFirstView();
    place();
    frame = requestAnimationFrame(follow);
  };
  current = {
    element,
    stop: () => {
      cancelAnimationFrame(frame);
      frameDrawn.disconnect();
      element.remove();
    },
  };
  follow();
}

/** React Flow has drawn its cards: the picture has done its job. */
const canvasPainted = () => document.querySelector('.react-flow__node-position') !== null;
const onChart = () => isFirstViewHash(window.location.hash);
