/**
 * Seeded generator of org files of any size (1k, 10k, 100k people) with the sample's richness:
 * a unit hierarchy (divisions → departments → teams), a reporting tree with realistic spans
 * (managers with 3–12 reports, some teams of 20–50), assistants, ~3 % dotted lines, ~3 %
 * vacancies, backups, ~2 % people away, pooled seats, and 100 + people/100 bilingual topics
 * derived from the sample's topics, each with exactly one Accountable and 1–3 Responsible.
 *
 * Deterministic: the same options and the same sample file (its topics are read from
 * data/sample-org.json) give the same output (own PRNG, no clock). Linear time.
 */
import { FORMAT_VERSION } from '../src/domain/schema';
import type { OrgData, Person, Position, RaciRole, Topic, Unit } from '../src/domain/types';
import {
  AREAS,
  KIND_ALIASES,
  SITES,
  phoneNumber,
  type AreaDef,
  type DepartmentKind,
  type SiteDef,
} from './gen/areas';
import type { Bi } from './gen/bi';
import { createPersonMaker } from './gen/people';
import { SAMPLE_TOPICS, copyTopic, enFr, firstKeywords, sampleUnitColor } from './gen/sample';
import { createRng, type Rng } from './prng';

export interface GenerateOptions {
  /** Number of people (at least 100). */
  people: number;
  seed: number;
}

const DOMAIN = 'acme.example';
const DATA_DATE = '2026-11-16';
const VACANCY_RATE = 0.03;
const POOLED_RATE = 0.005;
const DOTTED_RATE = 0.03;
const AWAY_RATE = 0.02;

/** A department (a unit right under a division) and everything below it. */
interface Department {
  kind: string;
  unitId: string;
  head: number;
  site: SiteDef;
  label: Bi;
  /** Chart colour of its units: its division's. */
  color: string;
  /** Indices of its individual contributors, at any depth. */
  leaves: number[];
}

const bi = (en: string, fr: string) => ({ en, fr });

class Builder {
  readonly units: Unit[] = [];
  readonly positions: Position[] = [];
  readonly siteOf: SiteDef[] = [];
  readonly isLeaf: boolean[] = [];
  readonly kindOf: string[] = [];
  readonly departments: Department[] = [];
  constructor(readonly rng: Rng) {}

  unit(
    name: Bi,
    type: Unit['type'],
    parentId: string | undefined,
    extra: Partial<Unit> = {},
  ): string {
    const id = `u${this.units.length.toString(36)}`;
    const unit: Unit = { id, name: bi(name[0], name[1]), type, ...extra };
    if (parentId !== undefined) unit.parentId = parentId;
    this.units.push(unit);
    return id;
  }

  position(
    title: Bi,
    unitId: string,
    reportsTo: number | undefined,
    site: SiteDef,
    leaf: boolean,
    kind: string,
  ): number {
    const index = this.positions.length;
    const position: Position = {
      id: `s${index.toString(36)}`,
      title: bi(title[0], title[1]),
      unitId,
    };
    if (reportsTo !== undefined) position.reportsTo = this.positions[reportsTo]!.id;
    this.positions.push(position);
    this.siteOf.push(site);
    this.isLeaf.push(leaf);
    this.kindOf.push(kind);
    return index;
  }

  /** `n` individual contributors under `manager`, each backing up the next. */
  leaves(
    n: number,
    manager: number,
    unitId: string,
    dept: Department,
    kind: DepartmentKind,
  ): number[] {
    const made: number[] = [];
    for (let i = 0; i < n; i++) {
      const title = this.rng.chance(0.6) ? kind.staff[0]! : this.rng.pick(kind.staff);
      const p = this.position(title, unitId, manager, this.siteOf[manager]!, true, kind.kind);
      dept.leaves.push(p);
      made.push(p);
    }
    for (let i = 0; i < made.length; i++) {
      const backup = made.length > 1 ? made[(i + 1) % made.length]! : manager;
      this.positions[made[i]!]!.backupId = this.positions[backup]!.id;
    }
    return made;
  }

  assistant(manager: number, unitId: string): number {
    const title = this.positions[manager]!.title as { en: string; fr: string };
    const p = this.position(
      [`Assistant to the ${title.en}`, `Assistant·e – ${title.fr}`],
      unitId,
      manager,
      this.siteOf[manager]!,
      false,
      'assistant',
    );
    this.positions[p]!.assistant = true;
    return p;
  }

  /** The subtree under `head` with exactly `budget` positions. */
  grow(
    head: number,
    unitId: string,
    budget: number,
    depth: number,
    dept: Department,
    kind: DepartmentKind,
  ): void {
    const rng = this.rng;
    if (budget <= 0) return;
    const cap = rng.chance(0.3) ? rng.int(20, 50) : rng.int(6, 14);
    const assistants = depth <= 2 && budget > 300 ? 1 : 0;
    const staff = rng.int(0, 2);
    let rest = budget - assistants - staff;
    const k = Math.min(rng.int(3, 9), Math.floor(rest / 5));
    if (budget <= cap || k < 3) {
      this.leaves(budget, head, unitId, dept, kind);
      return;
    }
    const reports: number[] = [];
    if (assistants) this.assistant(head, unitId);
    if (staff) reports.push(...this.leaves(staff, head, unitId, dept, kind));
    rest -= k;
    const shares = split(rest, k, rng);
    for (let i = 0; i < k; i++) {
      const site = rng.chance(0.75) ? this.siteOf[head]! : rng.pick(SITES);
      const no = this.units.length;
      const team: Bi = [
        `${kind.name[0]} ${site.name[0]} ${no}`,
        `${kind.name[1]} ${site.name[1]} ${no}`,
      ];
      const teamUnit = this.unit(team, 'team', unitId, { color: dept.color });
      const lead = this.position(
        [`Team leader, ${kind.name[0]}`, `Responsable d’équipe, ${kind.name[1]}`],
        teamUnit,
        head,
        site,
        false,
        kind.kind,
      );
      reports.push(lead);
      this.grow(lead, teamUnit, shares[i]!, depth + 1, dept, kind);
      this.positions[lead]!.backupId ??= this.positions[head]!.id;
    }
    this.positions[head]!.backupId ??= this.positions[reports[0]!]!.id;
  }
}

/** Splits `total` into `k` integer shares of at least `min` (when possible), with jitter. */
function split(total: number, k: number, rng: Rng, min = 3): number[] {
  const floor = Math.min(min, Math.floor(total / k));
  const spread = total - floor * k;
  const weights = Array.from({ length: k }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => floor + Math.floor((spread * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % k, left--) shares[i]!++;
  return shares;
}

function areaBudgets(total: number): number[] {
  const weightSum = AREAS.reduce((a, b) => a + b.weight, 0);
  const budgets = AREAS.map((a) =>
    Math.max(a.departments.length * 5 + 2, Math.floor((total * a.weight) / weightSum)),
  );
  const ops = AREAS.findIndex((a) => a.key === 'ops');
  budgets[ops]! += total - budgets.reduce((a, b) => a + b, 0);
  return budgets;
}

function buildArea(
  b: Builder,
  area: AreaDef,
  budget: number,
  ceo: number,
  companyUnit: string,
): number {
  const rng = b.rng;
  const hq = SITES[0]!;
  const color = sampleUnitColor(area.key) ?? '#5d6d7e';
  const divisionUnit = b.unit(area.name, 'division', companyUnit, {
    color,
    contact: { email: `${area.key}@${DOMAIN}`, url: `https://intranet.${DOMAIN}/${area.key}` },
  });
  const head = b.position(area.head, divisionUnit, ceo, hq, false, area.key);
  let rest = budget - 1;
  const kinds = area.departments;
  if (rest < 36) {
    // Too small for departments: the division answers for all its kinds itself.
    const leaves: number[] = [];
    for (const kind of kinds) {
      b.departments.push({
        kind: kind.kind,
        unitId: divisionUnit,
        head,
        site: hq,
        label: area.name,
        color,
        leaves,
      });
    }
    const merged: DepartmentKind = {
      kind: kinds[0]!.kind,
      name: area.name,
      staff: kinds.flatMap((k) => k.staff),
    };
    b.grow(head, divisionUnit, rest, 1, b.departments[b.departments.length - 1]!, merged);
    return head;
  }
  b.assistant(head, divisionUnit);
  rest--;
  const count = Math.max(kinds.length, 3, Math.min(10, Math.ceil(rest / 2500)));
  rest -= count;
  const shares = split(rest, count, rng);
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const site = i < kinds.length ? hq : rng.pick(SITES);
    const label: Bi =
      i < kinds.length
        ? kind.name
        : [`${kind.name[0]} ${site.name[0]}`, `${kind.name[1]} ${site.name[1]}`];
    const unitId = b.unit(label, 'department', divisionUnit, {
      color,
      contact: { email: `${kind.kind}.${i + 1}@${DOMAIN}`, phone: phoneNumber(site, 900_000 + i) },
    });
    const deptHead = b.position(
      [`Head of ${label[0]}`, `Responsable – ${label[1]}`],
      unitId,
      head,
      site,
      false,
      kind.kind,
    );
    const dept: Department = {
      kind: kind.kind,
      unitId,
      head: deptHead,
      site,
      label,
      color,
      leaves: [],
    };
    b.departments.push(dept);
    b.grow(deptHead, unitId, shares[i]!, 2, dept, kind);
    b.positions[deptHead]!.backupId ??= b.positions[head]!.id;
  }
  return head;
}

/** Picks `count` distinct indices from `items` (partial Fisher–Yates on a copy). */
function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const copy = items.slice();
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function addDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function generateOrg({ people, seed }: GenerateOptions): OrgData {
  const n = Math.max(100, Math.floor(people));
  const rng = createRng(seed);
  const b = new Builder(rng);
  const pooled = Math.floor(n * POOLED_RATE);
  const total = Math.round((n - pooled) / (1 - VACANCY_RATE));

  // Top: the CEO, an assistant, and an executive office led by a chief of staff.
  const companyUnit = b.unit([`Acme Freight`, `Acme Fret`], 'company', undefined, {
    color: '#1f3a5f',
    mission: bi(
      'Moving goods between Europe and North America.',
      'Acheminer les marchandises entre l’Europe et l’Amérique du Nord.',
    ),
  });
  const hq = SITES[0]!;
  const ceo = b.position(
    ['Chief executive officer', 'Directeur·rice général·e'],
    companyUnit,
    undefined,
    hq,
    false,
    'lead',
  );
  b.assistant(ceo, companyUnit);
  const officeUnit = b.unit(['Executive office', 'Direction générale'], 'department', companyUnit, {
    color: '#1f3a5f',
  });
  const chief = b.position(
    ['Chief of staff', 'Directeur·rice de cabinet'],
    officeUnit,
    ceo,
    hq,
    false,
    'lead',
  );
  const office: Department = {
    kind: 'lead',
    unitId: officeUnit,
    head: chief,
    site: hq,
    label: ['Executive office', 'Direction générale'],
    color: '#1f3a5f',
    leaves: [],
  };
  b.departments.push(office);
  const analysts = Math.max(3, Math.round(total * 0.001));
  b.leaves(analysts, chief, officeUnit, office, {
    kind: 'lead',
    name: office.label,
    staff: [['Strategy analyst', 'Analyste stratégie']],
  });
  const budgets = areaBudgets(total - b.positions.length);
  const heads = AREAS.map((area, i) => buildArea(b, area, budgets[i]!, ceo, companyUnit));
  b.positions[ceo]!.backupId = b.positions[heads[AREAS.findIndex((a) => a.key === 'ops')]!]!.id;
  b.positions[chief]!.backupId = b.positions[ceo]!.id;

  const { positions } = b;
  const leaves: number[] = [];
  for (let i = 0; i < positions.length; i++) if (b.isLeaf[i]) leaves.push(i);

  // Vacancies and pooled seats (several holders) among individual contributors.
  const vacancies = positions.length - (n - pooled);
  const picked = sample(leaves, vacancies + pooled, rng);
  const vacant = new Set(picked.slice(0, vacancies));
  const pooledSeats = new Set(picked.slice(vacancies));

  // People, one per held seat (two for pooled seats), in seat order.
  const makePerson = createPersonMaker(rng, { domain: DOMAIN });
  const askWords = new Map<string, Bi[]>();
  for (const t of SAMPLE_TOPICS) {
    const kind = KIND_ALIASES[t.unitId ?? ''] ?? t.unitId ?? '';
    const [en, fr] = firstKeywords(t.keywords);
    if (en && fr) askWords.set(kind, [...(askWords.get(kind) ?? []), [en, fr]]);
  }
  const persons: Person[] = [];
  for (let i = 0; i < positions.length; i++) {
    if (vacant.has(i)) continue;
    const kind = b.kindOf[i]!;
    const floorWork = b.isLeaf[i]! && (kind === 'ops-lyon' || kind === 'ops-mtl');
    const words = askWords.get(kind);
    const holders: string[] = [];
    for (let h = pooledSeats.has(i) ? 2 : 1; h > 0; h--) {
      const person = makePerson(b.siteOf[i]!, floorWork, words && rng.pick(words));
      persons.push(person);
      holders.push(person.id);
    }
    positions[i]!.holders = holders;
  }
  for (const person of sample(persons, Math.round(n * AWAY_RATE), rng)) {
    person.awayUntil = addDate('2027-01-15', rng.int(0, 180));
  }

  // Dotted lines: a few seats also report to a department head elsewhere.
  const heads2 = b.departments.map((d) => d.head);
  for (const i of sample(
    positions.map((_, i) => i).filter((i) => i !== ceo),
    Math.round(positions.length * DOTTED_RATE),
    rng,
  )) {
    const target = positions[rng.pick(heads2)]!;
    const p = positions[i]!;
    if (target.id !== p.id && target.id !== p.reportsTo) p.dottedLineTo = [target.id];
  }

  const topics = makeTopics(b, n, rng, vacant);
  return {
    $schema: './schema.json',
    formatVersion: FORMAT_VERSION,
    organisation: {
      name: bi(`Acme Freight (generated, ${n} people)`, `Acme Fret (générée, ${n} personnes)`),
      dataDate: DATA_DATE,
      languages: ['en', 'fr'],
      helpContact: {
        email: `help@${DOMAIN}`,
        phone: '+33 1 99 00 00 00',
        url: `https://help.${DOMAIN}`,
      },
      maintainer: { name: 'People data team', email: `orgchart@${DOMAIN}` },
    },
    units: b.units,
    positions,
    people: persons,
    topics,
  };
}

/** 100 + people/100 topics: the sample's topics first, then variants answered by other departments. */
function makeTopics(b: Builder, n: number, rng: Rng, vacant: ReadonlySet<number>): Topic[] {
  const { positions } = b;
  const byKind = new Map<string, Department[]>();
  for (const d of b.departments) {
    const list = byKind.get(d.kind) ?? [];
    list.push(d);
    byKind.set(d.kind, list);
  }
  const give = (index: number, topicId: string, role: RaciRole) => {
    const p = positions[index]!;
    (p.responsibilities ??= []).push({ topicId, role });
  };
  const count = 100 + Math.floor(n / 100);
  const topics: Topic[] = [];
  for (let i = 0; i < count; i++) {
    const def = SAMPLE_TOPICS[i % SAMPLE_TOPICS.length]!;
    const variant = Math.floor(i / SAMPLE_TOPICS.length);
    const kind = KIND_ALIASES[def.unitId ?? ''] ?? def.unitId ?? '';
    const depts = byKind.get(kind) ?? byKind.get('lead')!;
    const dept = variant === 0 ? depts[0]! : rng.pick(depts);
    const held = dept.leaves.filter((p) => !vacant.has(p));
    const topic = copyTopic(def);
    if (variant > 0) {
      const site = dept.site.name;
      const [en, fr] = enFr(def.name);
      topic.id = `${def.id}-${variant}`;
      topic.name = bi(`${en} (${site[0]} ${variant})`, `${fr} (${site[1]} ${variant})`);
      const kw = topic.keywords as { en: string[]; fr: string[] };
      kw.en.push(site[0]);
      kw.fr.push(site[1]);
    }
    topic.unitId = dept.unitId;
    // Responsible: one seat and up to two of its teammates. Accountable: the department head
    // for the sample's own topics, the team's manager for variants.
    let responsible: number[];
    let accountable: number;
    if (held.length === 0) {
      responsible = [dept.head];
      accountable = managerIndex(positions, dept.head);
    } else {
      const first = rng.pick(held);
      const manager = positions[first]!.reportsTo;
      const want = 1 + rng.int(0, 2);
      responsible = [first];
      for (const other of held) {
        if (responsible.length >= want) break;
        if (other !== first && positions[other]!.reportsTo === manager) responsible.push(other);
      }
      accountable = variant === 0 ? dept.head : managerIndex(positions, first);
    }
    give(accountable, topic.id, 'A');
    for (const r of responsible) give(r, topic.id, 'R');
    const areaHead = managerIndex(positions, dept.head);
    const consulted =
      areaHead !== accountable && !responsible.includes(areaHead) && rng.chance(0.5);
    if (consulted) give(areaHead, topic.id, 'C');
    const informed = rng.pick(b.departments).head;
    if (
      informed !== accountable &&
      !responsible.includes(informed) &&
      !(consulted && informed === areaHead) &&
      rng.chance(0.3)
    ) {
      give(informed, topic.id, 'I');
    }
    topics.push(topic);
  }
  return topics;
}

/** Index of a position's manager (ids are `s` + index in base 36). */
function managerIndex(positions: readonly Position[], index: number): number {
  const manager = positions[index]!.reportsTo;
  return manager === undefined ? index : parseInt(manager.slice(1), 36);
}
