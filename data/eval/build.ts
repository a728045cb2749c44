/**
 * Expands the compact tables of an evaluation organisation (`government.ts`, `university.ts`)
 * into an org file: every unit gets a head seat and its staff seats, each held by one person
 * (names drawn in order from the table's pools), and every topic gets its unit's head as
 * Accountable and one staff seat as Responsible. Run `npx tsx data/eval/build.ts` after
 * editing a table; the JSON files are what the accuracy test reads.
 */
import { writeFileSync } from 'node:fs';
import { FORMAT_VERSION } from '../../src/domain/schema';
import { format } from 'prettier';
import type {
  Channels,
  OrgFileInput,
  Organisation,
  Person,
  Position,
  Topic,
  Unit,
  UnitType,
} from '../../src/domain/types';

/** English and French, or one text for both. */
export type Text = string | readonly [string, string];

export interface EvalSite {
  location: Text;
  timeZone: string;
  hours: Text;
}

export interface EvalUnit {
  id: string;
  name: Text;
  parent?: string;
  type: UnitType;
  mission?: Text;
  /** The head's title; staff titles in seat order. */
  head: Text;
  staff: readonly Text[];
  /** Index in the organisation's sites. */
  site?: number;
  contact?: Channels;
}

export interface EvalTopic {
  id: string;
  unit: string;
  name: Text;
  desc?: Text;
  /** Keywords, when the organisation wrote any (most real directories do not). */
  kw?: readonly string[];
  /** Which staff seats (0-based) are Responsible; default: one, in turn. */
  r?: readonly number[];
  request?: Channels;
  onboarding?: true;
}

export interface EvalOrg {
  organisation: Organisation;
  domain: string;
  sites: readonly EvalSite[];
  first: readonly string[];
  last: readonly string[];
  units: readonly EvalUnit[];
  topics: readonly EvalTopic[];
}

const text = (t: Text) => (typeof t === 'string' ? t : { en: t[0], fr: t[1] });

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

export function buildEvalOrg(org: EvalOrg): OrgFileInput {
  const units: Unit[] = [];
  const positions: Position[] = [];
  const people: Person[] = [];
  const usedNames = new Set<string>();
  let nameAt = 0;
  const nextPerson = (site: EvalSite): string => {
    let name = '';
    do {
      const i = nameAt++;
      name = `${org.first[(i * 7) % org.first.length]} ${org.last[(i * 11 + Math.floor(i / org.last.length)) % org.last.length]}`;
    } while (usedNames.has(name));
    usedNames.add(name);
    const [first, ...rest] = name.split(' ');
    const id = `p-${fold(first!)}-${rest.map(fold).join('-')}`;
    people.push({
      id,
      name,
      email: `${fold(first!)}.${rest.map(fold).join('')}@${org.domain}`,
      location: text(site.location),
      timeZone: site.timeZone,
      hours: text(site.hours),
    });
    return id;
  };
  const headOf = (unitId: string) => `${unitId}-head`;
  for (const u of org.units) {
    const site = org.sites[u.site ?? 0]!;
    const unit: Unit = { id: u.id, name: text(u.name), type: u.type };
    if (u.parent) unit.parentId = u.parent;
    if (u.mission) unit.mission = text(u.mission);
    if (u.contact) unit.contact = u.contact;
    units.push(unit);
    const head: Position = {
      id: headOf(u.id),
      title: text(u.head),
      unitId: u.id,
      holders: [nextPerson(site)],
    };
    if (u.parent) head.reportsTo = headOf(u.parent);
    positions.push(head);
    u.staff.forEach((title, k) => {
      positions.push({
        id: `${u.id}-${k + 1}`,
        title: text(title),
        unitId: u.id,
        reportsTo: head.id,
        holders: [nextPerson(site)],
        backupId: k + 1 < u.staff.length ? `${u.id}-${k + 2}` : head.id,
      });
    });
  }
  const byId = new Map(positions.map((p) => [p.id, p]));
  const turn = new Map<string, number>();
  const topics: Topic[] = org.topics.map((t) => {
    const u = org.units.find((x) => x.id === t.unit);
    if (!u) throw new Error(`topic ${t.id}: unknown unit ${t.unit}`);
    const topic: Topic = { id: t.id, name: text(t.name), unitId: t.unit };
    if (t.desc) topic.description = text(t.desc);
    if (t.kw) topic.keywords = [...t.kw];
    if (t.request) topic.service = { request: t.request };
    if (t.onboarding) topic.onboarding = true;
    const add = (positionId: string, role: 'R' | 'A') => {
      const p = byId.get(positionId)!;
      (p.responsibilities ??= []).push({ topicId: t.id, role });
    };
    add(headOf(t.unit), 'A');
    if (u.staff.length === 0) add(headOf(t.unit), 'R');
    else {
      const k = turn.get(t.unit) ?? 0;
      turn.set(t.unit, k + 1);
      for (const r of t.r ?? [k % u.staff.length]) add(`${t.unit}-${r + 1}`, 'R');
    }
    return topic;
  });
  const ids = new Set<string>();
  for (const t of topics) {
    if (ids.has(t.id)) throw new Error(`duplicate topic id ${t.id}`);
    ids.add(t.id);
  }
  return {
    formatVersion: FORMAT_VERSION,
    organisation: org.organisation,
    units,
    positions,
    people,
    topics,
  };
}

async function main(): Promise<void> {
  for (const name of ['government', 'university']) {
    const mod = (await import(`./${name}.ts`)) as { default: EvalOrg };
    const file = buildEvalOrg(mod.default);
    const out = new URL(`./${name}-org.json`, import.meta.url);
    // Written as prettier would, so `prettier --check` passes on the generated files.
    writeFileSync(out, await format(JSON.stringify(file), { parser: 'json', printWidth: 100 }));
    console.log(`${name}: ${file.units?.length} units, ${file.topics?.length} topics`);
  }
}

if (process.argv[1]?.endsWith('build.ts')) void main();
