import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../domain/orgIndex';
import { nearUser } from './nearUser';
import { fixtureOrg } from './testFixture';

describe('nearUser: ties go to what is close to the user', () => {
  const data = structuredClone(fixtureOrg);
  data.people.find((p) => p.id === 'tech')!.location = 'Lyon site';
  const index = buildOrgIndex(data);

  it('prefers nothing when the user chose neither unit nor location', () => {
    expect(nearUser(index, { unitId: undefined, locationKey: undefined })).toBeUndefined();
  });

  it("prefers the user's unit and the units above it", () => {
    const prefer = nearUser(index, { unitId: 'u-hr-lyon', locationKey: undefined })!;
    expect(prefer('topic', 't-payslip')).toBe(true); // listed by HR, above HR Lyon
    expect(prefer('topic', 't-laptop')).toBe(false);
    expect(prefer('position', 'p-pay')).toBe(true);
    expect(prefer('position', 'p-it')).toBe(false);
    expect(prefer('person', 'pay')).toBe(true);
    expect(prefer('unit', 'u-hr')).toBe(true);
    expect(prefer('unit', 'u-it')).toBe(false);
  });

  it('prefers people at the location and topics answered there', () => {
    const prefer = nearUser(index, { unitId: undefined, locationKey: 'lyon site' })!;
    expect(prefer('person', 'tech')).toBe(true);
    expect(prefer('person', 'pay')).toBe(false);
    expect(prefer('position', 'p-it')).toBe(true);
    expect(prefer('topic', 't-laptop')).toBe(true);
    expect(prefer('topic', 't-payslip')).toBe(false);
  });
});
