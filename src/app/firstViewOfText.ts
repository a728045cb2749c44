/**
 * A first visit's chart picture drawn from the org file as parsed, before the file is checked.
 *
 * Checking a file (its schema, references, cycles, the cleaning of every text) was most of the
 * time before the first cards showed: in Node, cold, 1k people 127 ms of checking against 7 ms
 * of `JSON.parse`; 10k 573 against 61 ms. The picture is only a picture, not the data: it is
 * shown while the check runs, the chart replaces it with the checked data, and a file the check
 * refuses takes it down and shows its problems instead (`main.tsx`), with nothing stored. It
 * cannot carry anything harmful: its SVG is built as the SVG export is, which takes data not
 * yet checked (every text escaped, the characters XML forbids removed, no link drawn). Drawing
 * tolerates bad data: unknown ids and cycles are drawn apart as on the chart, and whatever
 * throws (a wrong type) only means no picture: the start waits for the check, as before.
 *
 * Only for a file of the current format (an older one is migrated by the check first) and
 * within the size limit (a larger one is refused unread).
 */
import { DEFAULT_UNIT_TYPE, ORG_FILE_LISTS } from '../domain/fileDefaults';
import { FORMAT_VERSION } from '../domain/formatVersion';
import { parseJsonValue } from '../domain/jsonValue';
import { MAX_ORG_FILE_BYTES } from '../domain/limits';
import type { OrgData } from '../domain/types';
import { isRecord } from '../domain/validation/describe';
import { buildFirstView, type FirstView, type FirstViewRequest } from '../layout/firstView';

export interface UncheckedFirstView {
  /** The value parsed, handed to the check so the text is not parsed twice. */
  parsed?: { value: unknown };
  view?: FirstView;
}

export function firstViewOfText(text: string, request: FirstViewRequest): UncheckedFirstView {
  // UTF-16 units: never more than the UTF-8 bytes the limit counts, so nothing refusable passes
  // for its length alone, and a file of huge values is not parsed only to be refused.
  if (text.length > MAX_ORG_FILE_BYTES) return {};
  let value: unknown;
  try {
    value = parseJsonValue(text);
  } catch {
    return {}; // the check says why, with a line and a column
  }
  const parsed = { value };
  if (!isRecord(value) || value.formatVersion !== FORMAT_VERSION) return { parsed };
  try {
    return { parsed, view: buildFirstView(withDefaults(value), request) };
  } catch (e) {
    console.warn('Wayfinder: no first view', e);
    return { parsed };
  }
}

/**
 * The file with the defaults the check gives it (`domain/fileDefaults.ts`: the lists, a unit's
 * type), as copies: the parsed value itself goes to the check as it was read.
 */
function withDefaults(file: Record<string, unknown>): OrgData {
  const lists = Object.fromEntries(ORG_FILE_LISTS.map((list) => [list, file[list] ?? []]));
  const { units } = lists;
  return {
    ...file,
    ...lists,
    units: Array.isArray(units)
      ? units.map((unit: unknown) =>
          isRecord(unit) && unit.type === undefined ? { ...unit, type: DEFAULT_UNIT_TYPE } : unit,
        )
      : units,
  } as OrgData;
}
