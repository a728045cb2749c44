/**
 * The migration chain (modelled on tldraw's store migrations): org files and stored versions
 * written in an older format are brought to `FORMAT_VERSION` one numbered step at a time, then
 * validated like any file. Files and IndexedDB records run through the same chain.
 *
 * - A version older than the newest: each step from it runs in order.
 * - The newest version: nothing to do.
 * - A NEWER version than this app knows: `format-too-new`, naming both; nothing may be stored.
 * - No version, or not a positive integer: left as it is, for the schema to report precisely.
 * - A step that throws: `migration-failed`; the input is never modified, so stored data stays.
 */
import { FORMAT_VERSION } from '../schema';
import type { Problem } from '../problems';
import type { JsonObject, MigrationStep } from './types';
import { v1ToV2 } from './v1ToV2';

export type { JsonObject, MigrationStep } from './types';

/** Every step ever shipped, oldest first; `STEPS[i].from === i + 1`. */
export const STEPS: readonly MigrationStep[] = [v1ToV2];

export type MigrationResult =
  | { ok: true; value: JsonObject; from: number | undefined; migrated: boolean }
  | { ok: false; problem: Problem };

export function migrateOrgFile(file: JsonObject): MigrationResult {
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: true, value: file, from: undefined, migrated: false };
  }
  if (version > FORMAT_VERSION) return { ok: false, problem: tooNew(version) };
  let value = file;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = STEPS.find((s) => s.from === v);
    if (!step) return { ok: false, problem: failed(v, 'no migration step') };
    try {
      value = step.migrate(value);
    } catch (e) {
      return { ok: false, problem: failed(v, e instanceof Error ? e.message : String(e)) };
    }
  }
  return { ok: true, value, from: version, migrated: version !== FORMAT_VERSION };
}

function tooNew(version: number): Problem {
  return {
    path: 'formatVersion',
    severity: 'error',
    code: 'format-too-new',
    message: {
      en: `This file is in format version ${version}, written by a newer Wayfinder; this app reads format versions 1 to ${FORMAT_VERSION}. Update the app (reload when online), or export the file again in format ${FORMAT_VERSION}. Nothing was stored.`,
      fr: `Ce fichier est au format version ${version}, écrit par un Wayfinder plus récent ; cette application lit les formats 1 à ${FORMAT_VERSION}. Mettez l’application à jour (rechargez-la en ligne), ou exportez de nouveau le fichier au format ${FORMAT_VERSION}. Rien n’a été enregistré.`,
    },
  };
}

function failed(from: number, detail: string): Problem {
  return {
    path: 'formatVersion',
    severity: 'error',
    code: 'migration-failed',
    message: {
      en: `The file could not be converted from format version ${from} to ${from + 1} (${detail}). Nothing was changed.`,
      fr: `Le fichier n’a pas pu être converti du format version ${from} au format ${from + 1} (${detail}). Rien n’a été modifié.`,
    },
  };
}
