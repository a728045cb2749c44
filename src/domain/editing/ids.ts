/** Ids for records created in the editor: readable (from the name) and unique in their kind. */
import type { EntityKind } from '../diff';
import type { DraftData } from './draft';

const PREFIX: Record<EntityKind, string> = {
  units: 'unit',
  positions: 'pos',
  people: 'person',
  topics: 'topic',
};

export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** `topic-payroll`, then `topic-payroll-2` … when taken. */
export function newId(draft: DraftData, kind: EntityKind, name: string): string {
  const slug = slugOf(name);
  const base = slug === '' ? PREFIX[kind] : `${PREFIX[kind]}-${slug}`;
  const taken = draft.at[kind];
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
