// @vitest-environment node
/**
 * Deleting a person or a unit: the impact the confirmation shows is what the operation does,
 * no reference is left dangling (the result validates as the import would), and undo brings
 * every record back exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OrgData, Topic } from '../types';
import { validateOrg } from '../validate';
import { invertEdit, type Edit } from './change';
import { personDeleteImpact, unitDeleteImpact } from './deleteImpact';
import { applyEdit, draftOf, recordOf, type DraftData } from './draft';
import { deletePerson, deleteUnit, isRefusal, type OpResult } from './operations';

const FILE = JSON.parse(readFileSync('test/fixtures/valid/small-org.json', 'utf8')) as OrgData;
/** Two topics answered by the IT unit's shared contact, one by the finance unit (no contact). */
const DATA: OrgData = {
  ...FILE,
  topics: [
    ...FILE.topics,
    { id: 'vpn', name: { en: 'VPN' }, responsibleChannel: { unitId: 'it' } },
    {
      id: 'printer',
      name: { en: 'Printer' },
      unitId: 'it',
      responsibleChannel: { unitId: 'it', channels: { email: 'print@acme.example' } },
    },
    { id: 'invoice', name: { en: 'Invoice' }, responsibleChannel: { unitId: 'finance' } },
  ] as Topic[],
};

const edit = (r: OpResult): Edit => {
  if (isRefusal(r)) throw new Error(r.refused);
  return r;
};
const errorsOf = (d: DraftData) =>
  validateOrg(d.data).problems.filter((p) => p.severity === 'error');
const topic = (d: DraftData, id: string) => recordOf(d, 'topics', id) as Topic;

describe('deleting a person', () => {
  const draft = draftOf(DATA);

  it('says which seats they leave and which become vacant, and does exactly that', () => {
    // Ines shares the help-desk seat with Jules: it is not vacated.
    expect(personDeleteImpact(draft, 'p-ines')).toEqual({
      seats: ['helpdesk-agent'],
      vacated: [],
    });
    expect(personDeleteImpact(draft, 'p-eve')).toEqual({
      seats: ['pay-lead'],
      vacated: ['pay-lead'],
    });
    const e = edit(deletePerson(draft, 'p-eve'));
    expect(e.label.values).toMatchObject({ seats: 1, vacated: 1 });
    const after = applyEdit(draft, e).draft;
    expect(recordOf(after, 'people', 'p-eve')).toBeUndefined();
    // The seat stays, vacant, with its reports.
    expect(recordOf(after, 'positions', 'pay-lead')).not.toHaveProperty('holders');
    expect(after.data.positions.filter((p) => p.reportsTo === 'pay-lead')).toHaveLength(2);
    expect(errorsOf(after)).toEqual([]);
    expect(applyEdit(after, invertEdit(e)).draft.data).toEqual(DATA);
  });

  it('keeps the other holder of a shared seat', () => {
    const after = applyEdit(draft, edit(deletePerson(draft, 'p-ines'))).draft;
    expect(recordOf(after, 'positions', 'helpdesk-agent')).toHaveProperty('holders', ['p-jules']);
  });

  it('refuses a person who is not there', () => {
    expect(deletePerson(draft, 'nobody')).toEqual({ refused: 'not-found' });
  });
});

describe('deleting a unit', () => {
  const draft = draftOf(DATA);

  it('moves sub-units, positions and services to the parent, and says so', () => {
    const impact = unitDeleteImpact(draft, 'hr');
    expect(impact).toMatchObject({
      parentId: 'acme',
      subUnits: ['payroll'],
      positions: ['hr-head', 'hr-partner'],
      topics: ['leave', 'onboarding'],
    });
    const e = edit(deleteUnit(draft, 'hr'));
    expect(e.label.values).toMatchObject({ parent: 'acme', subUnits: 1, positions: 2, topics: 2 });
    const after = applyEdit(draft, e).draft;
    expect(recordOf(after, 'units', 'hr')).toBeUndefined();
    expect(recordOf(after, 'units', 'payroll')).toHaveProperty('parentId', 'acme');
    expect(recordOf(after, 'positions', 'hr-head')).toHaveProperty('unitId', 'acme');
    expect(topic(after, 'leave')).toHaveProperty('unitId', 'acme');
    expect(errorsOf(after)).toEqual([]);
    expect(applyEdit(after, invertEdit(e)).draft.data).toEqual(DATA);
  });

  it('leaves a top unit’s records without a unit', () => {
    const after = applyEdit(draft, edit(deleteUnit(draft, 'acme'))).draft;
    expect(recordOf(after, 'units', 'hr')).not.toHaveProperty('parentId');
    expect(recordOf(after, 'positions', 'ceo')).not.toHaveProperty('unitId');
    expect(errorsOf(after)).toEqual([]);
  });

  it('keeps the shared channel of topics it answered: its contact is copied in', () => {
    const it_ = recordOf(draft, 'units', 'it');
    const impact = unitDeleteImpact(draft, 'it');
    expect(impact.channelsKept.sort()).toEqual(['printer', 'vpn']);
    expect(impact.channelsLost).toEqual([]);
    const after = applyEdit(draft, edit(deleteUnit(draft, 'it'))).draft;
    expect(topic(after, 'vpn').responsibleChannel).toEqual({
      channels: (it_ as { contact: unknown }).contact,
      label: (it_ as { name: unknown }).name,
    });
    // A channel with its own channels only loses the unit.
    expect(topic(after, 'printer').responsibleChannel).toEqual({
      channels: { email: 'print@acme.example' },
    });
    expect(errorsOf(after)).toEqual([]);
  });

  it('removes the channel of a unit without contact, and says so', () => {
    expect(unitDeleteImpact(draft, 'finance').channelsLost).toEqual(['invoice']);
    const e = edit(deleteUnit(draft, 'finance'));
    expect(e.label.values).toMatchObject({ channelsLost: 1, channelsKept: 0 });
    const after = applyEdit(draft, e).draft;
    expect(topic(after, 'invoice')).not.toHaveProperty('responsibleChannel');
    expect(errorsOf(after)).toEqual([]);
    expect(applyEdit(after, invertEdit(e)).draft.data).toEqual(DATA);
  });
});
