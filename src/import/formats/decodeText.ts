/**
 * Bytes → text, the one way the admin page and the CLI read a file (issue 13, item 8).
 *
 * HR exports come in every encoding: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode
 * text", PowerShell's Export-Csv on Windows PowerShell 5) with or without a BOM, and
 * Windows-1252 / Latin-1 (French Excel's "CSV (séparateur : point-virgule)"). The detected
 * encoding is reported so the user can see it and choose another.
 */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file started with a byte-order mark (removed from `text`). */
  bom: boolean;
  /** How the encoding was chosen: by the user, by a BOM, or guessed from the bytes. */
  how: 'chosen' | 'bom' | 'guessed';
}

export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (ENCODINGS as readonly string[]).includes(value);
}

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: text made mostly of ASCII has a zero in every other byte. Which half
 * holds the zeros tells the byte order.
 */
function guessUtf16(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a file without a BOM: UTF-16 by its zeros, UTF-8 if valid, else Windows-1252. */
export function guessEncoding(bytes: Uint8Array): Encoding {
  const bom = bomOf(bytes);
  if (bom) return bom.encoding;
  return guessUtf16(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
}

/** Decode a file; `chosen` overrides the detection (the user picked another encoding). */
export function decodeText(bytes: Uint8Array, chosen?: Encoding): DecodedText {
  const bom = bomOf(bytes);
  const encoding = chosen ?? bom?.encoding ?? guessEncoding(bytes);
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  // Windows-1252 decodes every byte; UTF-8/16 replace bad sequences with U+FFFD rather than fail.
  let text = new TextDecoder(encoding).decode(skip ? bytes.subarray(skip) : bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return {
    text,
    encoding,
    bom: skip > 0,
    how: chosen ? 'chosen' : bom ? 'bom' : 'guessed',
  };
}
