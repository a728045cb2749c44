/**
 * Locating JSON syntax errors. Engines word their errors differently (V8 gives "position N" for
 * some errors and only the offending token for others; Firefox gives line and column), so when
 * the engine doesn't say where, this small iterative scanner finds the first error itself.
 * It only runs on a file that already failed to parse.
 */

export interface JsonErrorLocation {
  /** Offset (UTF-16 units) of the first character that cannot be right. */
  offset: number;
  /** The text ended while more was expected: the file is probably truncated. */
  eof: boolean;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

type State = 'value' | 'arrayFirst' | 'objectFirst' | 'key' | 'colon' | 'after';

/** The first syntax error in `text`, or undefined if it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const n = text.length;
  const stack: Array<'[' | '{'> = [];
  let state: State = 'value';
  let i = 0;
  const at = (offset: number): JsonErrorLocation => ({ offset, eof: offset >= n });
  for (;;) {
    while (i < n && WS.has(text[i]!)) i++;
    if (i >= n) return state === 'after' && stack.length === 0 ? undefined : at(n);
    const c = text[i]!;
    if (state === 'arrayFirst' && c === ']') {
      stack.pop();
      i++;
      state = 'after';
    } else if (state === 'objectFirst' && c === '}') {
      stack.pop();
      i++;
      state = 'after';
    } else if (state === 'value' || state === 'arrayFirst') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'objectFirst' : 'arrayFirst';
        continue;
      }
      const end = scanScalar(text, i);
      if (end < 0) return at(-end - 1);
      i = end;
      state = 'after';
    } else if (state === 'objectFirst' || state === 'key') {
      if (c !== '"') return at(i);
      const end = scanString(text, i);
      if (end < 0) return at(-end - 1);
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return at(i);
      i++;
      state = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return at(i);
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else return at(i);
    }
  }
}

/** End offset of the scalar at `i`, or `-(errorOffset + 1)`. */
function scanScalar(text: string, i: number): number {
  const c = text[i]!;
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return -(i + 1 + (c === '-' ? 1 : 0));
    return i + m[0].length;
  }
  for (const word of ['true', 'false', 'null']) {
    if (word[0] !== c) continue;
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return -(i + k + 1);
    return i + word.length;
  }
  return -(i + 1);
}

function scanString(text: string, start: number): number {
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -(i + 1);
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) return -(n + 1);
      if (e === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return -(Math.min(i + 2, n) + 1);
        i += 5;
      } else if (ESCAPES.has(e)) i += 1;
      else return -(i + 2);
    }
  }
  return -(n + 1);
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
