/**
 * Gives validation problems a line and column in the file's text, from their JSON path, so HR
 * can jump to `positions[3].reportsTo` in an editor. One pass over the text, no recursion, no
 * allocation in the parts of the file that hold no problem (they are skipped bracket by
 * bracket). A path that isn't in the text (a missing field) gets the place of its nearest
 * ancestor that is (the record).
 */
import type { Problem } from '../problems';

interface Node {
  keys?: Map<string, Node>;
  items?: Map<number, Node>;
  /** Where this value (or its key, inside an object) starts in the text. */
  offset?: number;
}

const SEGMENT = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** `positions[3].title.en` → ['positions', 3, 'title', 'en']; undefined if unparseable. */
export function parsePath(path: string): Array<string | number> | undefined {
  if (path === '$') return [];
  const out: Array<string | number> = [];
  let rest = path;
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3] ?? '""') as string);
    rest = rest.slice(m[0].length);
  }
  return out;
}

function child(node: Node, seg: string | number, create: boolean): Node | undefined {
  if (typeof seg === 'number') {
    if (create) node.items ??= new Map();
    let next = node.items?.get(seg);
    if (!next && create) node.items?.set(seg, (next = {}));
    return next;
  }
  if (create) node.keys ??= new Map();
  let next = node.keys?.get(seg);
  if (!next && create) node.keys?.set(seg, (next = {}));
  return next;
}

/** Sets `line` and `column` on every problem whose path (or an ancestor of it) is in `text`. */
export function locateProblems(text: string, problems: Problem[]): void {
  const root: Node = {};
  const wanted: Array<[Problem, Array<string | number>]> = [];
  for (const p of problems) {
    if (p.line !== undefined) continue;
    const segs = parsePath(p.path);
    if (!segs || segs.length === 0) continue;
    let node = root;
    for (const seg of segs) node = child(node, seg, true)!;
    wanted.push([p, segs]);
  }
  if (wanted.length === 0) return;
  scan(text, root);
  const located: Array<[Problem, number]> = [];
  for (const [p, segs] of wanted) {
    let node: Node | undefined = root;
    let offset: number | undefined;
    for (const seg of segs) {
      node = node && child(node, seg, false);
      if (node?.offset !== undefined) offset = node.offset;
      else break;
    }
    if (offset !== undefined) located.push([p, offset]);
  }
  // Lines and columns for all offsets in one walk over the text, in offset order.
  located.sort((a, b) => a[1] - b[1]);
  let line = 1;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  for (const [p, offset] of located) {
    while (nl !== -1 && nl < offset) {
      line++;
      lineStart = nl + 1;
      nl = text.indexOf('\n', lineStart);
    }
    p.line = line;
    p.column = offset - lineStart + 1;
  }
}

interface Frame {
  node: Node;
  isArray: boolean;
  index: number;
  /** The node of the member whose key was just read (objects). */
  pending: Node | undefined;
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function scan(text: string, root: Node): void {
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  // The node for the next value: the root at the start.
  let next: Node | undefined = root;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWs(c) || c === 0x3a /* : */) {
      i++;
      continue;
    }
    const top = stack.at(-1);
    if (c === 0x2c /* , */) {
      if (top?.isArray) {
        top.index++;
        next = child(top.node, top.index, false);
      }
      i++;
      continue;
    }
    if (c === 0x5d || c === 0x7d /* ] } */) {
      stack.pop();
      i++;
      next = undefined;
      continue;
    }
    // A key inside an object: a string in key position.
    if (top && !top.isArray && top.pending === undefined && c === 0x22) {
      const end = stringEnd(text, i);
      const raw = text.slice(i + 1, end - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
      const node = child(top.node, key, false);
      if (node) node.offset = i;
      top.pending = node ?? DEAD;
      i = end;
      continue;
    }
    // A value.
    let node: Node | undefined = next;
    if (top && !top.isArray) {
      node = top.pending === DEAD ? undefined : top.pending;
      top.pending = undefined;
    } else if (node && node.offset === undefined) node.offset = i;
    next = undefined;
    if (c === 0x7b || c === 0x5b /* { [ */) {
      if (node === undefined || (!node.keys && !node.items)) {
        i = skipContainer(text, i);
        continue;
      }
      const isArray = c === 0x5b;
      stack.push({ node, isArray, index: 0, pending: undefined });
      if (isArray) next = child(node, 0, false);
      i++;
      continue;
    }
    i = c === 0x22 ? stringEnd(text, i) : scalarEnd(text, i);
  }
}

/** Marks "a key was read but nothing is wanted under it". */
const DEAD: Node = {};

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return text.length;
    let backslashes = 0;
    for (let k = q - 1; k > start && text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x5d || c === 0x7d || isWs(c)) break;
    i++;
  }
  return Math.max(i, start + 1);
}

function skipContainer(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = stringEnd(text, i);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}
