import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { orgFileSchema } from '../../src/domain/schema';
import raw from '../fixtures/views-org.json';
import { filterServices } from '../../src/features/services/serviceFilter';
import { servicesByUnit } from '../../src/features/services/serviceTopics';

const index = buildOrgIndex(orgFileSchema.parse(raw));
const byUnit = servicesByUnit(index);
const ids = (q: string) => [...filterServices(index, byUnit, q).values()].flat();

describe('filterServices', () => {
  it('keeps every service when nothing is typed', () => {
    expect(filterServices(index, byUnit, '  ')).toBe(byUnit);
  });
  it('matches names, descriptions and keywords in both languages, accents and case ignored', () => {
    expect(ids('laptop')).toEqual(['laptop']);
    expect(ids('ORDINATEUR')).toEqual(['laptop']);
    expect(ids('salaire')).toEqual(['payslip']);
    expect(ids('remboursement')).toEqual(['expenses']);
    expect(ids('Place de parking')).toEqual(['parking']);
  });
  it('needs every word, each at the start of a word', () => {
    expect(ids('park')).toEqual(['parking']);
    expect(ids('arking')).toEqual([]);
    expect(ids('laptop salaire')).toEqual([]);
  });
  it('drops the units left without services', () => {
    expect([...filterServices(index, byUnit, 'note de frais').keys()]).toEqual(['finance']);
  });
});
