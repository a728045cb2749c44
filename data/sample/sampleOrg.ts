/**
 * Expands the compact sample tables (units, seats, topics) into a Wayfinder org file.
 * Pure and deterministic: the same tables always give the same JSON.
 */
import { FORMAT_VERSION } from '../../src/domain/schema';
import type { OrgFileInput, Person, Position, Responsibility, Unit } from '../../src/domain/types';
import { createRng } from '../prng';
import { createPeopleMaker } from './people';
import { SEATS } from './positions';
import { TOPICS } from './topics';
import { bi, toTopic } from './toTopic';
import { COMPANY, UNITS } from './units';

/** The date the sample data was last reviewed. */
export const SAMPLE_DATA_DATE = '2026-11-16';

/** Position id → its RACI letters, in topic order. */
function responsibilitiesByPosition(): Map<string, Responsibility[]> {
  const map = new Map<string, Responsibility[]>();
  const add = (positionId: string, topicId: string, role: Responsibility['role']) => {
    const list = map.get(positionId) ?? [];
    list.push({ topicId, role });
    map.set(positionId, list);
  };
  for (const t of TOPICS) {
    add(t.A, t.id, 'A');
    for (const id of t.R) add(id, t.id, 'R');
    for (const id of t.C ?? []) add(id, t.id, 'C');
    for (const id of t.I ?? []) add(id, t.id, 'I');
  }
  return map;
}

export function buildSampleOrg(): OrgFileInput {
  const makePerson = createPeopleMaker(createRng(20261116));
  const raci = responsibilitiesByPosition();
  // Units maintained by their own team (IT, the sites) also maintain their seats and topics.
  const maintainerOf = new Map(
    UNITS.flatMap((u) => (u.maintainer ? [[u.id, u.maintainer] as const] : [])),
  );
  const people: Person[] = [];
  const positions: Position[] = SEATS.map((seat) => {
    const holders: string[] = [];
    const count = seat.vacant ? 0 : (seat.holders ?? 1);
    for (let i = 0; i < count; i++) {
      const person = makePerson(seat, i);
      people.push(person);
      holders.push(person.id);
    }
    const position: Position = { id: seat.id, title: bi(seat.title), unitId: seat.unit };
    const maintainer = maintainerOf.get(seat.unit);
    if (maintainer) position.maintainer = maintainer;
    if (seat.reportsTo) position.reportsTo = seat.reportsTo;
    if (seat.dotted) position.dottedLineTo = [...seat.dotted];
    if (seat.assistant) position.assistant = true;
    if (holders.length > 0) position.holders = holders;
    if (seat.backup) position.backupId = seat.backup;
    if (seat.purpose) position.purpose = bi(seat.purpose);
    const responsibilities = raci.get(seat.id);
    if (responsibilities) position.responsibilities = responsibilities;
    return position;
  });
  const units: Unit[] = UNITS.map((u) => {
    const unit: Unit = {
      id: u.id,
      name: bi(u.name),
      type: u.type,
      mission: bi(u.mission),
      color: u.color,
    };
    if (u.parent) unit.parentId = u.parent;
    if (u.contact) unit.contact = u.contact;
    if (u.maintainer) unit.maintainer = u.maintainer;
    return unit;
  });
  return {
    $schema: './schema.json',
    formatVersion: FORMAT_VERSION,
    organisation: {
      name: bi(COMPANY.name),
      dataDate: SAMPLE_DATA_DATE,
      languages: ['en', 'fr'],
      helpContact: {
        email: `help@${COMPANY.domain}`,
        phone: '+33 1 99 00 00 00',
        chat: `https://chat.${COMPANY.domain}/c/help`,
        url: `https://help.${COMPANY.domain}`,
        hours: { en: 'Mon–Fri 8:00–18:00 Paris time', fr: 'lun.–ven. 8 h–18 h heure de Paris' },
      },
      maintainer: { name: 'HR information systems', email: `orgchart@${COMPANY.domain}` },
    },
    units,
    positions,
    people,
    topics: TOPICS.map((def) => {
      const topic = toTopic(def);
      const maintainer = maintainerOf.get(def.unit);
      if (maintainer) topic.maintainer = maintainer;
      return topic;
    }),
  };
}
