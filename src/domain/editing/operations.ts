/**
 * The editing operations: each reads the draft and returns the `Edit` it makes (or why it is
 * refused), never changing the draft itself; `applyEdit` applies it, `invertEdit` undoes it.
 * Operations keep references whole: deleting a record also updates the records pointing to it.
 */
import type { EntityKind } from '../diff';
import type {
  LocalizedText,
  Person,
  Position,
  RaciRole,
  Responsibility,
  Topic,
  Unit,
} from '../types';
import type { AnyRecord, Edit, EditLabel, RecordChange } from './change';
import { type DraftData, recordOf } from './draft';
import { channelWithoutUnit, personDeleteImpact, unitDeleteImpact } from './deleteImpact';
import { newId } from './ids';

export type Refusal = { refused: 'not-found' | 'cycle' | 'unchanged' | 'exists' };
export type OpResult = Edit | Refusal;

export const isRefusal = (r: OpResult): r is Refusal => 'refused' in r;

const change = (
  draft: DraftData,
  kind: EntityKind,
  before: AnyRecord | undefined,
  after: AnyRecord | undefined,
): RecordChange => {
  const id = (after ?? before)?.id ?? '';
  const at = draft.at[kind].get(id) ?? draft.data[kind].length;
  return {
    kind,
    id,
    at,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  };
};

/** A record (or a part of one: a service, its channels) with `field` set to `value` (`undefined`, '' or [] removes it). */
export function withField<T extends object>(record: T, field: string, value: unknown): T {
  const next = { ...record } as Record<string, unknown>;
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[field];
  else next[field] = value;
  return next as T;
}

/** Sets one field of one record. */
export function setField(
  draft: DraftData,
  kind: EntityKind,
  id: string,
  field: string,
  value: unknown,
): OpResult {
  if (field === 'id') return { refused: 'unchanged' };
  const before = recordOf(draft, kind, id);
  if (!before) return { refused: 'not-found' };
  const after = withField(before, field, value);
  if (JSON.stringify(after) === JSON.stringify(before)) return { refused: 'unchanged' };
  return {
    label: { key: 'setField', values: { field, id } },
    changes: [change(draft, kind, before, after)],
  };
}

/** Adds a new record of a kind (its id made from its name). */
function addRecord(
  draft: DraftData,
  kind: EntityKind,
  name: string,
  make: (id: string) => AnyRecord,
  label: string,
): Edit {
  const id = newId(draft, kind, name);
  const record = make(id);
  return {
    label: { key: label, values: { id } },
    changes: [change(draft, kind, undefined, record)],
  };
}

export function addPosition(
  draft: DraftData,
  fields: { title: LocalizedText; reportsTo?: string; unitId?: string },
): Edit {
  const name =
    typeof fields.title === 'string' ? fields.title : (Object.values(fields.title)[0] ?? '');
  return addRecord(
    draft,
    'positions',
    name,
    (id) => ({
      id,
      title: fields.title,
      ...(fields.reportsTo !== undefined ? { reportsTo: fields.reportsTo } : {}),
      ...(fields.unitId !== undefined ? { unitId: fields.unitId } : {}),
    }),
    'addPosition',
  );
}

/** A new position reporting to `managerId`, in the manager's unit. */
export function addReport(draft: DraftData, managerId: string, title: LocalizedText): OpResult {
  const manager = recordOf(draft, 'positions', managerId) as Position | undefined;
  if (!manager) return { refused: 'not-found' };
  return addPosition(draft, {
    title,
    reportsTo: managerId,
    ...(manager.unitId !== undefined ? { unitId: manager.unitId } : {}),
  });
}

/** A new position beside `siblingId`: same manager, same unit. */
export function addPeer(draft: DraftData, siblingId: string, title: LocalizedText): OpResult {
  const sibling = recordOf(draft, 'positions', siblingId) as Position | undefined;
  if (!sibling) return { refused: 'not-found' };
  return addPosition(draft, {
    title,
    ...(sibling.reportsTo !== undefined ? { reportsTo: sibling.reportsTo } : {}),
    ...(sibling.unitId !== undefined ? { unitId: sibling.unitId } : {}),
  });
}

/** True when `candidateId` is `positionId` or reports to it, directly or not (loop-safe). */
export function isInSubtree(draft: DraftData, positionId: string, candidateId: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = candidateId;
  while (current !== undefined && !seen.has(current)) {
    if (current === positionId) return true;
    seen.add(current);
    current = (recordOf(draft, 'positions', current) as Position | undefined)?.reportsTo;
  }
  return false;
}

/** Moves a position (with its reports) under another manager; refused if that makes a loop. */
export function movePosition(
  draft: DraftData,
  id: string,
  managerId: string | undefined,
): OpResult {
  const before = recordOf(draft, 'positions', id) as Position | undefined;
  if (!before) return { refused: 'not-found' };
  if (managerId !== undefined) {
    if (!recordOf(draft, 'positions', managerId)) return { refused: 'not-found' };
    if (isInSubtree(draft, id, managerId)) return { refused: 'cycle' };
  }
  if (before.reportsTo === managerId) return { refused: 'unchanged' };
  const after = withField(before, 'reportsTo', managerId);
  return {
    label: { key: 'movePosition', values: { id, manager: managerId ?? '' } },
    changes: [change(draft, 'positions', before, after)],
  };
}

export type DeleteMode = 'reassign' | 'subtree';

/**
 * Deletes a position. `reassign`: its reports move to its manager; `subtree`: they are deleted
 * too. Dotted lines and backups pointing to a deleted position are removed; its holders stay in
 * the directory (they hold no seat until assigned again).
 */
export function deletePosition(draft: DraftData, id: string, mode: DeleteMode): OpResult {
  const target = recordOf(draft, 'positions', id) as Position | undefined;
  if (!target) return { refused: 'not-found' };
  const positions = draft.data.positions;
  const reportsOf = new Map<string, string[]>();
  for (const p of positions) {
    if (p.reportsTo === undefined) continue;
    const list = reportsOf.get(p.reportsTo);
    if (list) list.push(p.id);
    else reportsOf.set(p.reportsTo, [p.id]);
  }
  const removed = new Set<string>([id]);
  if (mode === 'subtree') {
    const stack = [id];
    while (stack.length > 0) {
      for (const child of reportsOf.get(stack.pop() as string) ?? []) {
        if (!removed.has(child)) {
          removed.add(child);
          stack.push(child);
        }
      }
    }
  }
  const changes: RecordChange[] = [];
  for (const p of positions) {
    if (removed.has(p.id)) continue;
    let next: Position = p;
    if (p.reportsTo === id) next = withField(next, 'reportsTo', target.reportsTo);
    if (p.dottedLineTo?.some((d) => removed.has(d)))
      next = withField(
        next,
        'dottedLineTo',
        p.dottedLineTo.filter((d) => !removed.has(d)),
      );
    if (p.backupId !== undefined && removed.has(p.backupId))
      next = withField(next, 'backupId', undefined);
    if (next !== p) changes.push(change(draft, 'positions', p, next));
  }
  // Removed last to first, so each change's `at` is the index when it is applied.
  const gone = [...removed]
    .map((r) => ({ r, at: draft.at.positions.get(r) ?? -1 }))
    .sort((a, b) => b.at - a.at);
  for (const { r } of gone) {
    changes.push(change(draft, 'positions', recordOf(draft, 'positions', r), undefined));
  }
  return { label: { key: 'deletePosition', values: { id, count: removed.size } }, changes };
}

export function vacatePosition(draft: DraftData, id: string): OpResult {
  const before = recordOf(draft, 'positions', id) as Position | undefined;
  if (!before) return { refused: 'not-found' };
  if (!before.holders?.length) return { refused: 'unchanged' };
  return {
    label: { key: 'vacate', values: { id } },
    changes: [change(draft, 'positions', before, withField(before, 'holders', undefined))],
  };
}

export function assignPerson(draft: DraftData, positionId: string, personId: string): OpResult {
  const before = recordOf(draft, 'positions', positionId) as Position | undefined;
  if (!before || !recordOf(draft, 'people', personId)) return { refused: 'not-found' };
  if (before.holders?.includes(personId)) return { refused: 'unchanged' };
  const after = withField(before, 'holders', [...(before.holders ?? []), personId]);
  return {
    label: { key: 'assign', values: { id: positionId, person: personId } },
    changes: [change(draft, 'positions', before, after)],
  };
}

export function unassignPerson(draft: DraftData, positionId: string, personId: string): OpResult {
  const before = recordOf(draft, 'positions', positionId) as Position | undefined;
  if (!before) return { refused: 'not-found' };
  if (!before.holders?.includes(personId)) return { refused: 'unchanged' };
  const after = withField(
    before,
    'holders',
    before.holders.filter((h) => h !== personId),
  );
  return {
    label: { key: 'unassign', values: { id: positionId, person: personId } },
    changes: [change(draft, 'positions', before, after)],
  };
}

/** The letter after `role` when a RACI cell is clicked: R, A, C, I, none, R … */
export function nextRole(role: RaciRole | undefined): RaciRole | undefined {
  const order: (RaciRole | undefined)[] = ['R', 'A', 'C', 'I', undefined];
  return order[(order.indexOf(role) + 1) % order.length];
}

/** The letter of a position on a topic (one per topic: the editor keeps a single letter). */
export const roleOf = (position: Position | undefined, topicId: string): RaciRole | undefined =>
  position?.responsibilities?.find((r) => r.topicId === topicId)?.role;

/**
 * A position's responsibilities with its letter on a topic set to `role` (one letter per topic:
 * others on that topic go; the note of the letter kept), or removed with undefined.
 */
export function withLetter(
  list: readonly Responsibility[],
  topicId: string,
  role: RaciRole | undefined,
): Responsibility[] {
  const existing = list.find((r) => r.topicId === topicId);
  const others = list.filter((r) => r.topicId !== topicId);
  if (role === undefined) return others;
  return existing ? others.concat({ ...existing, role }) : [...list, { topicId, role }];
}

/** Sets (or, with undefined, removes) the RACI letter of a position on a topic. */
export function setRaci(
  draft: DraftData,
  positionId: string,
  topicId: string,
  role: RaciRole | undefined,
): OpResult {
  const before = recordOf(draft, 'positions', positionId) as Position | undefined;
  if (!before || !recordOf(draft, 'topics', topicId)) return { refused: 'not-found' };
  const list = before.responsibilities ?? [];
  const existing = list.find((r) => r.topicId === topicId);
  if (existing?.role === role && list.filter((r) => r.topicId === topicId).length <= 1)
    return { refused: 'unchanged' };
  const after = withField(before, 'responsibilities', withLetter(list, topicId, role));
  return {
    label: { key: 'setRaci', values: { id: positionId, topic: topicId, role: role ?? '–' } },
    changes: [change(draft, 'positions', before, after)],
  };
}

export function addTopic(draft: DraftData, fields: Omit<Topic, 'id'>): Edit {
  const name =
    typeof fields.name === 'string'
      ? fields.name
      : (fields.name.en ?? Object.values(fields.name)[0] ?? '');
  return addRecord(draft, 'topics', name, (id) => ({ id, ...fields }), 'addTopic');
}

/** Deletes a topic and every RACI letter on it. */
export function deleteTopic(draft: DraftData, id: string): OpResult {
  const topic = recordOf(draft, 'topics', id);
  if (!topic) return { refused: 'not-found' };
  const changes: RecordChange[] = [];
  for (const p of draft.data.positions) {
    if (!p.responsibilities?.some((r) => r.topicId === id)) continue;
    const after = withField(
      p,
      'responsibilities',
      p.responsibilities.filter((r) => r.topicId !== id),
    );
    changes.push(change(draft, 'positions', p, after));
  }
  changes.push(change(draft, 'topics', topic, undefined));
  return { label: { key: 'deleteTopic', values: { id } }, changes };
}

export function addPerson(draft: DraftData, fields: Omit<Person, 'id'>): Edit {
  return addRecord(draft, 'people', fields.name, (id) => ({ id, ...fields }), 'addPerson');
}

/** Deletes a person and takes them out of the seats they hold (see `deleteImpact.ts`). */
export function deletePerson(draft: DraftData, id: string): OpResult {
  const person = recordOf(draft, 'people', id);
  if (!person) return { refused: 'not-found' };
  const impact = personDeleteImpact(draft, id);
  const changes: RecordChange[] = [];
  for (const seat of impact.seats) {
    const p = recordOf(draft, 'positions', seat) as Position;
    const after = withField(
      p,
      'holders',
      (p.holders ?? []).filter((h) => h !== id),
    );
    changes.push(change(draft, 'positions', p, after));
  }
  changes.push(change(draft, 'people', person, undefined));
  return {
    label: {
      key: 'deletePerson',
      values: { id, seats: impact.seats.length, vacated: impact.vacated.length },
    },
    changes,
  };
}

export function addUnit(draft: DraftData, fields: Omit<Unit, 'id'>): Edit {
  const name =
    typeof fields.name === 'string' ? fields.name : (Object.values(fields.name)[0] ?? '');
  return addRecord(draft, 'units', name, (id) => ({ id, ...fields }), 'addUnit');
}

/**
 * Deletes a unit: its sub-units, positions and services move to its parent unit, and topics it
 * answered as responsible channel keep its contact (see `deleteImpact.ts`).
 */
export function deleteUnit(draft: DraftData, id: string): OpResult {
  const unit = recordOf(draft, 'units', id) as Unit | undefined;
  if (!unit) return { refused: 'not-found' };
  const impact = unitDeleteImpact(draft, id);
  const parent = impact.parentId;
  const changes: RecordChange[] = [];
  for (const u of impact.subUnits) {
    const before = recordOf(draft, 'units', u) as Unit;
    changes.push(change(draft, 'units', before, withField(before, 'parentId', parent)));
  }
  for (const p of impact.positions) {
    const before = recordOf(draft, 'positions', p) as Position;
    changes.push(change(draft, 'positions', before, withField(before, 'unitId', parent)));
  }
  const topicIds = new Set([...impact.topics, ...impact.channelsKept, ...impact.channelsLost]);
  for (const t of draft.data.topics) {
    if (!topicIds.has(t.id)) continue;
    let after: Topic = t.unitId === id ? withField(t, 'unitId', parent) : t;
    if (t.responsibleChannel?.unitId === id)
      after = withField(
        after,
        'responsibleChannel',
        channelWithoutUnit(t.responsibleChannel, unit),
      );
    changes.push(change(draft, 'topics', t, after));
  }
  changes.push(change(draft, 'units', unit, undefined));
  return {
    label: {
      key: 'deleteUnit',
      values: {
        id,
        parent: parent ?? '',
        subUnits: impact.subUnits.length,
        positions: impact.positions.length,
        topics: impact.topics.length,
        channelsKept: impact.channelsKept.length,
        channelsLost: impact.channelsLost.length,
      },
    },
    changes,
  };
}

/** Several edits as one step of the history (a spreadsheet import). */
export function combineEdits(label: EditLabel, edits: readonly Edit[]): Edit {
  return { label, changes: edits.flatMap((e) => e.changes) };
}
