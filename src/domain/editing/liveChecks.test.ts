// @vitest-environment node
/**
 * Live checks must say exactly what the import's full validation says about the same data:
 * random sequences of editing operations (and their undos) on the sample org, compared after
 * every step with `validateOrg`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgData, RaciRole } from '../types';
import { validateOrg } from '../validate';
import { invertEdit, type Edit } from './change';
import { applyEdit, draftOf, type DraftData } from './draft';
import { buildLiveChecks } from './liveChecks';
import * as ops from './operations';

const FILE = JSON.parse(readFileSync('test/fixtures/valid/small-org.json', 'utf8')) as OrgData;
/** With format 2's organisations, so edits of `orgId` are checked against them. */
const SAMPLE = validateOrg({
  ...FILE,
  organisations: [{ id: 'acme', name: { en: 'Acme', fr: 'Acme' } }],
}).data as OrgData;

const key = (p: { severity: string; code: string; path: string; message: { en: string } }) =>
  `${p.severity}|${p.code}|${p.path}|${p.message.en}`;

function expectSameAsValidation(draft: DraftData, live: ReturnType<typeof buildLiveChecks>) {
  expect(draft.at).toEqual(draftOf(draft.data).at);
  const full = validateOrg(draft.data).problems.map(key).sort();
  expect(live.problems(draft).map(key).sort()).toEqual(full);
  expect(live.errorCount + live.warningCount).toBe(full.length);
}

type Step = { pick: number; other: number; kind: number; role: number };

function opFor(draft: DraftData, s: Step): ops.OpResult {
  const positions = draft.data.positions;
  const topics = draft.data.topics;
  const people = draft.data.people;
  const units = draft.data.units;
  const p = positions[s.pick % Math.max(1, positions.length)]?.id ?? '';
  const q = positions[s.other % Math.max(1, positions.length)]?.id ?? '';
  const t = topics[s.other % Math.max(1, topics.length)]?.id ?? '';
  const roles: (RaciRole | undefined)[] = ['R', 'A', 'C', 'I', undefined];
  const person = people[s.role % Math.max(1, people.length)]?.id ?? '';
  switch (s.kind % 16) {
    case 0:
      return ops.setRaci(draft, p, t, roles[s.role % 5]);
    case 1:
      return ops.movePosition(draft, p, q);
    case 2:
      return ops.addReport(draft, p, `New ${s.role}`);
    case 3:
      return ops.deletePosition(draft, p, s.role % 2 === 0 ? 'reassign' : 'subtree');
    case 4:
      return ops.addTopic(draft, { name: { en: `Topic ${s.role}`, fr: `Sujet ${s.role}` } });
    case 5:
      return ops.deleteTopic(draft, t);
    case 6:
      return ops.vacatePosition(draft, p);
    case 7:
      return ops.assignPerson(draft, p, people[s.role % people.length]?.id ?? '');
    case 8:
      // A schema error and a bad link on purpose: the live checks must report them too.
      return ops.setField(draft, 'positions', p, 'title', s.role % 2 ? '' : 'javascript:alert(1)');
    case 9:
      return ops.setField(draft, 'positions', p, 'backupId', s.role % 2 ? p : 'nowhere');
    case 10:
      return ops.deleteUnit(draft, units[s.role % Math.max(1, units.length)]?.id ?? '');
    // Format 2 fields: references to organisations, photos, shared channels, headcount seats.
    case 11:
      return ops.setField(draft, 'positions', p, 'orgId', s.role % 2 ? 'acme' : 'nowhere');
    case 12:
      return ops.setField(
        draft,
        'people',
        person,
        'photo',
        s.role % 2 ? 'https://x.example/a.png' : 'me.png',
      );
    case 13:
      return ops.setField(
        draft,
        'topics',
        t,
        'responsibleChannel',
        s.role % 2 ? { channels: { email: 'desk@acme.example' } } : undefined,
      );
    case 14:
      return ops.setField(
        draft,
        'positions',
        p,
        'headcount',
        s.role % 2 ? { count: 3 } : undefined,
      );
    default:
      return ops.setField(draft, 'positions', p, 'reportsTo', s.role % 3 ? q : undefined);
  }
}

describe('live checks', () => {
  it('start with what validation says about the data', () => {
    const draft = draftOf(SAMPLE);
    expectSameAsValidation(draft, buildLiveChecks(draft));
  });

  it('agree with full validation after any sequence of edits and undos', () => {
    const step = fc.record({
      pick: fc.nat(50),
      other: fc.nat(50),
      kind: fc.nat(23),
      role: fc.nat(9),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), fc.nat(12), (steps, undos) => {
        let draft = draftOf(SAMPLE);
        const live = buildLiveChecks(draft);
        const done: Edit[] = [];
        for (const s of steps) {
          const result = opFor(draft, s);
          if (ops.isRefusal(result)) continue;
          draft = applyEdit(draft, result).draft;
          live.update(draft, result);
          done.push(result);
          expectSameAsValidation(draft, live);
        }
        for (let i = 0; i < undos && done.length > 0; i++) {
          const inverse = invertEdit(done.pop() as Edit);
          draft = applyEdit(draft, inverse).draft;
          live.update(draft, inverse);
          expectSameAsValidation(draft, live);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('re-count the tops when a top moves to another organisation (found by the property test)', () => {
    let draft = draftOf(SAMPLE);
    const live = buildLiveChecks(draft);
    // The head removed, its reports become tops; one of them then moves to another organisation.
    const top = draft.data.positions.find((p) => p.reportsTo === undefined)!.id;
    const removed = ops.deletePosition(draft, top, 'reassign');
    if (ops.isRefusal(removed)) throw new Error(removed.refused);
    draft = applyEdit(draft, removed).draft;
    live.update(draft, removed);
    const first = draft.data.positions[0]!.id;
    const moved = ops.setField(draft, 'positions', first, 'orgId', 'nowhere');
    if (ops.isRefusal(moved)) throw new Error(moved.refused);
    draft = applyEdit(draft, moved).draft;
    live.update(draft, moved);
    expectSameAsValidation(draft, live);
  });

  it('undoing every edit gives back the original data', () => {
    let draft = draftOf(SAMPLE);
    const edits: Edit[] = [];
    const apply = (r: ops.OpResult) => {
      if (ops.isRefusal(r)) throw new Error(r.refused);
      draft = applyEdit(draft, r).draft;
      edits.push(r);
    };
    apply(ops.addTopic(draft, { name: { en: 'Parking', fr: 'Stationnement' } }));
    apply(ops.setRaci(draft, 'ceo', 'topic-parking', 'A'));
    apply(ops.deletePosition(draft, 'hr-head', 'subtree'));
    apply(ops.movePosition(draft, 'helpdesk-agent', 'cfo'));
    for (const e of edits.reverse()) draft = applyEdit(draft, invertEdit(e)).draft;
    expect(draft.data).toEqual(SAMPLE);
    expect(draftOf(draft.data).at).toEqual(draft.at);
  });
});
