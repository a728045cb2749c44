/**
 * A fast reader of the cells of an XLSX workbook, for the common shape of an HR export: text
 * (shared or inline strings), numbers in the General format, booleans and error values. It
 * gives exactly what SheetJS's `read` + `sheet_to_json(…, { header: 1, raw: false, defval: '',
 * blankrows: true })` gives for such a sheet (`xlsxCells.test.ts` compares the two), in a
 * fraction of the time: SheetJS parses 100k rows of sheet XML with regular expressions and a
 * cell object per cell, 3–4 s of CPU; this scans the XML once with `indexOf`.
 *
 * Anything outside that shape (a formatted number or date, rich text, a namespace prefix, a
 * cell type it does not know, an entity it cannot be sure SheetJS reads the same way) makes it
 * return `undefined`, and `spreadsheet.ts` reads the file with SheetJS as before: an import
 * never reads differently because of this reader.
 */
import { CFB as cfb, SSF as ssf } from '@e965/xlsx';

/** The two parts of SheetJS used here (typed `any` by the package). */
const CFB = cfb as {
  read: (bytes: Uint8Array, options: { type: 'array' }) => unknown;
  find: (zip: unknown, path: string) => { content?: Uint8Array } | null;
};
const SSF = ssf as { format: (format: string, value: number) => string };

export interface XlsxSheet {
  /** The last row of the sheet's range (0-based), as SheetJS's `!ref` says it. */
  lastRow: number;
  /** The rows over that range, as SheetJS's array of rows gives them. */
  rows: string[][];
}

export interface XlsxSheets {
  sheetNames: string[];
  /** Undefined for a sheet with no range (no cell). */
  sheets: Map<string, XlsxSheet | undefined>;
}

/** Thrown inside the reader when the file is outside what it reads exactly; never escapes. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&apos;': "'",
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
};
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

/** SheetJS's `unescapexml`, with its `xlsx` flag (CRLF → LF). */
function unescape(text: string, xlsx: boolean): string {
  // Most cells have nothing to unescape: one scan each for the three characters that matter.
  if (text.indexOf('&') === -1 && text.indexOf('_') === -1 && text.indexOf('\r') === -1)
    return text;
  if (text.includes('<![CDATA[')) unsure();
  let out = text;
  if (out.includes('&')) {
    out = out.replace(
      ENTITY,
      (m: string, code: string | undefined) =>
        ENTITIES[m] ?? (String.fromCharCode(parseInt(code ?? '', m.includes('x') ? 16 : 10)) || m),
    );
  }
  if (out.includes('_x') || out.includes('_X'))
    out = out.replace(CODE, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
  return xlsx && out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}

/** True when every numeric entity and `_xHHHH_` escape of `text` stands for an ASCII character. */
function asciiEscapes(text: string): boolean {
  if (text.indexOf('&#') === -1 && text.indexOf('_') === -1) return true;
  for (const m of text.matchAll(/&#(x?)([\da-fA-F]+);|_x([\da-fA-F]{4})_/gi)) {
    const code = m[3] !== undefined ? parseInt(m[3], 16) : parseInt(m[2]!, m[1] ? 16 : 10);
    if (!(code < 0x80)) return false;
  }
  return true;
}

const decoder = new TextDecoder('utf-8');

function entryText(zip: unknown, path: string): string | undefined {
  const entry = CFB.find(zip, `/${path}`);
  return entry?.content ? decoder.decode(entry.content) : undefined;
}

/**
 * `r`, `t` and `s` of a cell's start tag, without building an object per cell; a tag written
 * in another way than `name="value"` goes through `attributes`.
 */
function cellAttributes(tag: string): Record<'r' | 't' | 's', string | undefined> {
  if (tag.includes("'") || tag.includes('= ') || tag.includes(' =')) return attributes(tag);
  const value = (name: string) => {
    const at = tag.indexOf(name);
    if (at === -1) return undefined;
    const start = at + name.length;
    return tag.slice(start, tag.indexOf('"', start));
  };
  return { r: value(' r="'), t: value(' t="'), s: value(' s="') };
}

/** The attributes of one start tag (double-quoted values only). */
function attributes(tag: string): Record<string, string> {
  if (tag.includes("'")) unsure();
  const out: Record<string, string> = {};
  const re = /\s([\w:]+)\s*=\s*"([^"]*)"/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]!] = m[2]!;
  return out;
}

/** A `<si>` or `<is>` body: one plain `<t>` only (rich text and phonetic runs: SheetJS). */
function plainText(body: string): string {
  const open = body.indexOf('<t');
  if (open === -1 || body.slice(0, open).trim() !== '') unsure();
  if (body.indexOf('<t', open + 2) !== -1 || body.includes('<r>') || body.includes('<r ')) unsure();
  const start = body.indexOf('>', open);
  if (start === -1 || body[start - 1] === '/') unsure();
  const end = body.indexOf('</t>', start);
  if (end === -1) unsure();
  return unescape(body.slice(start + 1, end), true);
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  if (/<\w+:(?:sst|si|t)\b/.test(xml) || xml.includes('<sstItem')) unsure();
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const open = xml.indexOf('<si', pos);
    if (open === -1) break;
    const after = xml[open + 3];
    if (after !== '>' && after !== ' ') {
      pos = open + 3;
      continue;
    }
    const start = xml.indexOf('>', open);
    if (xml[start - 1] === '/') unsure();
    const end = xml.indexOf('</si>', start);
    if (end === -1) unsure();
    out.push(plainText(xml.slice(start + 1, end)));
    pos = end + 5;
  }
  return out;
}

/** The number format of each cell style (`s`): only General (0) and Text (49) are read here. */
function cellFormats(xml: string | undefined): number[] | undefined {
  if (xml === undefined) return undefined;
  const open = xml.indexOf('<cellXfs');
  if (open === -1) return undefined;
  const end = xml.indexOf('</cellXfs>', open);
  if (end === -1) unsure();
  const out: number[] = [];
  const re = /<xf\b([^>]*)>/g;
  const body = xml.slice(open, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const id = attributes(m[1]!).numFmtId;
    out.push(id === undefined ? 0 : parseInt(id, 10));
  }
  return out;
}

/** "BC12" → column 54 (0-based), as SheetJS counts the letters. */
function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 64;
    if (d < 1 || d > 26) break;
    c = 26 * c + d;
  }
  return c - 1;
}
const rowOf = (ref: string) => parseInt(ref.slice(ref.search(/\d/)), 10) - 1;

interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

function dimension(head: string): Range | undefined {
  const at = head.search(/<(?:\w*:)?dimension/);
  if (at <= 0) return undefined;
  const ref = /"(\w*:\w*)"/.exec(head.slice(at, at + 50))?.[1];
  if (!ref) return undefined;
  const [a, b] = ref.split(':') as [string, string];
  if (!/^[A-Z]+\d+$/.test(a) || !/^[A-Z]+\d+$/.test(b)) unsure();
  const range = {
    s: { r: rowOf(a), c: columnOf(a) },
    e: { r: rowOf(b), c: columnOf(b) },
  };
  const ok = range.s.r <= range.e.r && range.s.c <= range.e.c && range.s.r >= 0 && range.s.c >= 0;
  return ok ? range : undefined;
}

/** One cell's shown text, as SheetJS formats it (`w`), or undefined for a cell it skips. */
function cellText(
  type: string | undefined,
  style: number,
  body: string,
  strings: string[],
): string | undefined {
  if (style !== 0 && style !== 49) unsure();
  let raw: string | undefined;
  const v = body.indexOf('<v');
  if (v !== -1) {
    const start = body.indexOf('>', v);
    if (body[start - 1] === '/') unsure();
    const end = body.indexOf('</v>', start);
    if (end === -1) unsure();
    const inner = body.slice(start + 1, end);
    if (inner !== '') raw = inner;
  }
  switch (type ?? 'n') {
    case 'n': {
      if (raw === undefined) return undefined;
      if (style !== 0) unsure();
      const n = parseFloat(unescape(raw, false));
      return SSF.format('General', n);
    }
    case 's': {
      if (raw === undefined) return undefined;
      const s = strings[parseInt(unescape(raw, false), 10)];
      return s ?? unsure();
    }
    case 'str':
      if (raw === undefined) return '';
      // SheetJS unescapes this type twice, decoding UTF-8 in between: the same here as long as
      // the first pass makes ASCII only (a `_x000D_` or `&#10;`, not a `&#233;`).
      if (!asciiEscapes(raw)) unsure();
      return unescape(unescape(raw, false), true);
    case 'inlineStr': {
      const is = body.indexOf('<is>');
      if (is === -1) return '';
      const end = body.indexOf('</is>', is);
      if (end === -1) unsure();
      return plainText(body.slice(is + 4, end));
    }
    case 'b':
      if (raw !== '1' && raw !== '0' && raw !== 'true' && raw !== 'false') unsure();
      return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      // sheet_to_json gives the default value ('') for an error cell, not its text.
      return '';
    default:
      return unsure();
  }
}

/** A sheet's rows of shown text over its range (SheetJS's `!ref`), undefined when it has none. */
function readSheet(
  xml: string,
  strings: string[],
  formats: number[] | undefined,
): XlsxSheet | undefined {
  const open = xml.indexOf('<sheetData');
  if (open === -1 || /<\w+:(?:sheetData|row|c|v)\b/.test(xml.slice(0, 4096))) unsure();
  const head = xml.slice(0, open);
  const range = dimension(head);
  const guess: Range = { s: { r: 2_000_000, c: 2_000_000 }, e: { r: 0, c: 0 } };
  const rows: (string | undefined)[][] = [];
  const close = xml.indexOf('</sheetData>', open);
  const dataEnd =
    close === -1 ? (xml[xml.indexOf('>', open) - 1] === '/' ? open : unsure()) : close;
  let pos = xml.indexOf('>', open) + 1;
  let tagr = 0;
  while (pos < dataEnd) {
    const rowOpen = xml.indexOf('<row', pos);
    if (rowOpen === -1 || rowOpen >= dataEnd) break;
    const rowTagEnd = xml.indexOf('>', rowOpen);
    if (xml[rowTagEnd - 1] === '/') unsure();
    const rowAttrs = attributes(xml.slice(rowOpen, rowTagEnd));
    tagr = rowAttrs.r !== undefined ? parseInt(rowAttrs.r, 10) : tagr + 1;
    if (!(tagr >= 1)) unsure();
    const r = tagr - 1;
    if (guess.s.r > r) guess.s.r = r;
    if (guess.e.r < r) guess.e.r = r;
    const rowEnd = xml.indexOf('</row>', rowTagEnd);
    if (rowEnd === -1 || rowEnd > dataEnd) unsure();
    let tagc = -1;
    let at = rowTagEnd + 1;
    for (;;) {
      const c = xml.indexOf('<c', at);
      if (c === -1 || c >= rowEnd) break;
      const next = xml[c + 2];
      if (next !== ' ' && next !== '>' && next !== '/') unsure();
      const tagEnd = xml.indexOf('>', c);
      const selfClosing = xml[tagEnd - 1] === '/';
      const attrs = cellAttributes(xml.slice(c, selfClosing ? tagEnd - 1 : tagEnd));
      let body = '';
      if (selfClosing) at = tagEnd + 1;
      else {
        const end = xml.indexOf('</c>', tagEnd);
        if (end === -1 || end > rowEnd) unsure();
        body = xml.slice(tagEnd + 1, end);
        at = end + 4;
      }
      if (attrs.r !== undefined) {
        tagc = columnOf(attrs.r);
        if (rowOf(attrs.r) !== r) unsure();
      } else tagc++;
      if (tagc < 0) unsure();
      const styleIndex = attrs.s === undefined ? undefined : parseInt(attrs.s, 10);
      const style = formats && styleIndex !== undefined ? (formats[styleIndex] ?? 0) : 0;
      const text = cellText(attrs.t, style, body, strings);
      if (text === undefined) continue;
      if (guess.s.c > tagc) guess.s.c = tagc;
      if (guess.e.c < tagc) guess.e.c = tagc;
      (rows[r] ??= [])[tagc] = text;
    }
    pos = rowEnd + 6;
  }
  const ref = range ?? (guess.e.c >= guess.s.c && guess.e.r >= guess.s.r ? guess : undefined);
  if (!ref) return undefined;
  // sheet_to_json gives a row with no cell kept as [], except the range's first row.
  rows[ref.s.r] ??= [];
  const out: string[][] = [];
  for (let r = ref.s.r; r <= ref.e.r; r++) {
    const row = rows[r];
    if (!row) {
      out.push([]);
      continue;
    }
    const line: string[] = new Array<string>(ref.e.c - ref.s.c + 1);
    for (let c = ref.s.c; c <= ref.e.c; c++) line[c - ref.s.c] = row[c] ?? '';
    out.push(line);
  }
  return { lastRow: ref.e.r, rows: out };
}

/** The workbook's sheets, or undefined when this reader cannot read it exactly as SheetJS. */
export function readXlsxCells(bytes: Uint8Array): XlsxSheets | undefined {
  try {
    const zip: unknown = CFB.read(bytes, { type: 'array' });
    const workbook = entryText(zip, 'xl/workbook.xml') ?? unsure();
    const rels = entryText(zip, 'xl/_rels/workbook.xml.rels') ?? unsure();
    if (/<\w+:(?:workbook|sheet)\b/.test(workbook) || workbook.includes('date1904')) unsure();
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.Id !== undefined && a.Target !== undefined && a.Type?.endsWith('/worksheet'))
        targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
    }
    const sheets: { name: string; path: string }[] = [];
    for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const a = attributes(m[0]);
      const path = targets.get(a['r:id'] ?? '');
      if (a.name === undefined || path === undefined) unsure();
      if (a.name!.includes('&') || a.name!.includes('_x')) unsure();
      if (sheets.some((s) => s.name === a.name)) unsure();
      sheets.push({ name: a.name!, path: path! });
    }
    const strings = sharedStrings(entryText(zip, 'xl/sharedStrings.xml'));
    const formats = cellFormats(entryText(zip, 'xl/styles.xml'));
    const read = new Map<string, XlsxSheet | undefined>();
    // Every sheet read up front: a sheet this reader is unsure of sends the file to SheetJS.
    for (const { name, path } of sheets) {
      const xml = entryText(zip, path) ?? unsure();
      read.set(name, readSheet(xml, strings, formats));
    }
    return { sheetNames: sheets.map((s) => s.name), sheets: read };
  } catch {
    // Unsure, or a damaged file: SheetJS reads it (and words its own error) as before.
    return undefined;
  }
}
