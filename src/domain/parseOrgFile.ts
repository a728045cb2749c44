/**
 * From the text of an org file to validated data: size limit, safe JSON parse, `validateOrg`,
 * then a line and column for each problem found in the text. Used by the app (first load,
 * refresh, admin import) and the CLI alike.
 */
import { MAX_ORG_FILE_BYTES } from './limits';
import type { Problem } from './problems';
import { safeJsonParse } from './safeJson';
import { validateOrg, type ValidationResult } from './validate';
import { locateProblems } from './validation/jsonLocate';

export interface ParseOptions {
  /** Largest accepted size in bytes (UTF-8); default `MAX_ORG_FILE_BYTES`. */
  maxBytes?: number;
  /** See `ValidateOptions.drawBrokenReportingLines`. */
  drawBrokenReportingLines?: boolean;
  /**
   * The text's value as `parseJsonValue` read it, when the caller already has it (the org file
   * worker, which drew a first view from it): not parsed a second time. Validation cleans it
   * in place, so the caller must be done with it.
   */
  parsed?: { value: unknown };
}

export function parseOrgText(text: string, opts: ParseOptions = {}): ValidationResult {
  const maxBytes = opts.maxBytes ?? MAX_ORG_FILE_BYTES;
  const tooBig = sizeProblem(utf8Length(text, maxBytes), maxBytes);
  if (tooBig) return { problems: [tooBig] };
  const parsed = safeJsonParse(text, opts.parsed);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const result = validateOrg(parsed.value, {
    drawBrokenReportingLines: opts.drawBrokenReportingLines === true,
  });
  locateProblems(text, result.problems);
  if (parsed.problems.length === 0) return result;
  // A duplicate key makes the file ambiguous, whatever else validation thinks of it.
  return { problems: [...parsed.problems, ...result.problems] };
}

/**
 * The problem for a file of `bytes` bytes over `maxBytes`, or undefined. Exported so a caller
 * holding a `File` can refuse it by `file.size` before reading it at all.
 */
export function sizeProblem(bytes: number, maxBytes = MAX_ORG_FILE_BYTES): Problem | undefined {
  if (bytes <= maxBytes) return undefined;
  const limit = formatSize(maxBytes);
  let size = formatSize(bytes);
  // Just over the limit: "50.0 MB, limit 50 MB" would read as a contradiction.
  if (bytes - maxBytes < 100 * 1024) size = { en: `${bytes} bytes`, fr: `${bytes} octets` };
  return {
    path: '$',
    severity: 'error',
    code: 'file-too-large',
    message: {
      en: `The file is too large: ${size.en}, and the limit is ${limit.en}. Remove unneeded fields or long texts, or ask for the limit to be raised.`,
      fr: `Le fichier est trop volumineux : ${size.fr}, et la limite est de ${limit.fr}. Retirez les champs ou textes longs inutiles, ou demandez à relever la limite.`,
    },
  };
}

function formatSize(bytes: number): { en: string; fr: string } {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    const n = Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
    return { en: `${n} MB`, fr: `${n.replace('.', ',')} Mo` };
  }
  const kb = Math.ceil(bytes / 1024);
  return { en: `${kb} KB`, fr: `${kb} Ko` };
}

/**
 * UTF-8 size of a string without encoding it. Every UTF-16 unit is at least one byte and at most
 * three, which settles most cases at once; otherwise the non-ASCII characters are picked out by a
 * native regex (fast even on 50 MB) and counted one by one.
 */
function utf8Length(text: string, maxBytes: number): number {
  if (text.length > maxBytes || text.length * 3 <= maxBytes) return text.length;
  // eslint-disable-next-line no-control-regex
  const nonAscii = text.replace(/[\u0000-\u007f]+/g, '');
  let bytes = text.length - nonAscii.length;
  for (let i = 0; i < nonAscii.length; i++) {
    const c = nonAscii.charCodeAt(i);
    if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < nonAscii.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
