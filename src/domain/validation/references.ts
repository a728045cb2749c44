/** Duplicate ids and references to records that don't exist: both are errors. */
import type { BilingualMessage } from '../problems';
import type { ProblemCollector } from './collector';
import { q, qfr } from './describe';
import { KINDS, type Kind, type LooseOrg, type LooseRecord, str } from './records';

const NOUN: Record<Kind, { en: string; fr: string; frThe: string; frA: string }> = {
  units: { en: 'unit', fr: 'unité', frThe: 'l’unité', frA: 'une unité' },
  positions: { en: 'position', fr: 'poste', frThe: 'le poste', frA: 'un poste' },
  people: { en: 'person', fr: 'personne', frThe: 'la personne', frA: 'une personne' },
  topics: { en: 'topic', fr: 'sujet', frThe: 'le sujet', frA: 'un sujet' },
  organisations: {
    en: 'organisation',
    fr: 'organisation',
    frThe: 'l’organisation',
    frA: 'une organisation',
  },
};

/** "Position "x"" / "Le poste «\u00a0x\u00a0»", or the path when the record has no usable id. */
function label(kind: Kind, r: LooseRecord): BilingualMessage {
  const noun = NOUN[kind];
  if (r.id === undefined) {
    const at = `${kind}[${r.index}]`;
    return { en: `The ${noun.en} at ${at}`, fr: `${cap(noun.frThe)} en ${at}` };
  }
  return { en: `${cap(noun.en)} ${q(r.id)}`, fr: `${cap(noun.frThe)} ${qfr(r.id)}` };
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function checkDuplicates(org: LooseOrg, out: ProblemCollector): void {
  for (const kind of KINDS) {
    const { records, byId } = org[kind];
    for (const r of records) {
      if (r.id === undefined) continue;
      const first = byId.get(r.id);
      if (first === undefined || first === r.index) continue;
      const noun = NOUN[kind];
      out.error('duplicate-id', `${kind}[${r.index}].id`, () => ({
        en: `Two ${kind === 'people' ? 'people' : `${noun.en}s`} have the id ${q(r.id)} (${kind}[${first}] and ${kind}[${r.index}]). Each id must be unique: rename one of them.`,
        fr: `Deux ${kind === 'people' ? 'personnes' : `${noun.fr}s`} ont l’identifiant ${qfr(r.id)} (${kind}[${first}] et ${kind}[${r.index}]). Chaque identifiant doit être unique : renommez l’un des deux.`,
      }));
    }
  }
}

interface RefRule {
  from: Kind;
  field: string;
  list?: boolean;
  /** Inside a list of objects: `responsibilities[].topicId`. */
  nested?: string;
  /** Inside one object: `responsibleChannel.unitId`. */
  inside?: string;
  to: Kind;
  says: (who: BilingualMessage, ref: string) => BilingualMessage;
}

const RULES: RefRule[] = [
  {
    from: 'units',
    field: 'parentId',
    to: 'units',
    says: (w, r) => ({
      en: `${w.en} belongs to unit ${q(r)}, which does not exist.`,
      fr: `${w.fr} fait partie de l’unité ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'positions',
    field: 'unitId',
    to: 'units',
    says: (w, r) => ({
      en: `${w.en} is in unit ${q(r)}, which does not exist.`,
      fr: `${w.fr} appartient à l’unité ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'positions',
    field: 'reportsTo',
    to: 'positions',
    says: (w, r) => ({
      en: `${w.en} reports to ${q(r)}, which does not exist.`,
      fr: `${w.fr} est rattaché à ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'positions',
    field: 'dottedLineTo',
    list: true,
    to: 'positions',
    says: (w, r) => ({
      en: `${w.en} has a dotted line to ${q(r)}, which does not exist.`,
      fr: `${w.fr} a un rattachement fonctionnel (pointillé) à ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'positions',
    field: 'holders',
    list: true,
    to: 'people',
    says: (w, r) => ({
      en: `${w.en} is held by person ${q(r)}, who is not in the list of people.`,
      fr: `${w.fr} est occupé par la personne ${qfr(r)}, qui n’est pas dans la liste des personnes.`,
    }),
  },
  {
    from: 'positions',
    field: 'backupId',
    to: 'positions',
    says: (w, r) => ({
      en: `${w.en} has ${q(r)} as backup, which is not an existing position.`,
      fr: `${w.fr} a pour suppléant ${qfr(r)}, qui n’est pas un poste existant.`,
    }),
  },
  {
    from: 'positions',
    field: 'responsibilities',
    nested: 'topicId',
    to: 'topics',
    says: (w, r) => ({
      en: `${w.en} has a responsibility for topic ${q(r)}, which does not exist.`,
      fr: `${w.fr} a une responsabilité sur le sujet ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'topics',
    field: 'unitId',
    to: 'units',
    says: (w, r) => ({
      en: `${w.en} belongs to unit ${q(r)}, which does not exist.`,
      fr: `${w.fr} relève de l’unité ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'topics',
    field: 'responsibleChannel',
    inside: 'unitId',
    to: 'units',
    says: (w, r) => ({
      en: `${w.en} is answered by the channel of unit ${q(r)}, which does not exist.`,
      fr: `${w.fr} est traité par le canal de l’unité ${qfr(r)}, qui n’existe pas.`,
    }),
  },
  {
    from: 'organisations',
    field: 'parentId',
    to: 'organisations',
    says: (w, r) => ({
      en: `${w.en} belongs to organisation ${q(r)}, which is not in "organisations".`,
      fr: `${w.fr} fait partie de l’organisation ${qfr(r)}, qui n’est pas dans «\u00a0organisations\u00a0».`,
    }),
  },
  ...(['units', 'positions', 'people', 'topics'] as const).map((from): RefRule => ({
    from,
    field: 'orgId',
    to: 'organisations',
    says: (w, r) => ({
      en: `${w.en} belongs to organisation ${q(r)}, which is not in "organisations".`,
      fr: `${w.fr} appartient à l’organisation ${qfr(r)}, qui n’est pas dans «\u00a0organisations\u00a0».`,
    }),
  })),
];

/** Lower-cased id → id, per kind; built only once a reference is found missing. */
const folded = new WeakMap<LooseOrg, Map<Kind, Map<string, string>>>();

function foldedIds(org: LooseOrg, kind: Kind): Map<string, string> {
  let byKind = folded.get(org);
  if (!byKind) folded.set(org, (byKind = new Map<Kind, Map<string, string>>()));
  let map = byKind.get(kind);
  if (!map) {
    map = new Map();
    for (const id of org[kind].byId.keys()) {
      const key = id.toLowerCase();
      if (!map.has(key)) map.set(key, id);
    }
    byKind.set(kind, map);
  }
  return map;
}

/**
 * The commonest HR mix-ups: the id of a person where a position is expected, and the right id
 * with the wrong case ("HR-Head" for "hr-head").
 */
function hint(org: LooseOrg, rule: RefRule, ref: string): BilingualMessage {
  const sameButCase = foldedIds(org, rule.to).get(ref.toLowerCase());
  if (sameButCase !== undefined) {
    return {
      en: ` Did you mean ${q(sameButCase)}? Ids are case-sensitive.`,
      fr: ` Vouliez-vous dire ${qfr(sameButCase)} ? Les identifiants distinguent majuscules et minuscules.`,
    };
  }
  for (const kind of KINDS) {
    if (kind !== rule.to && org[kind].byId.has(ref)) {
      return {
        en: ` ${q(ref)} is the id of a ${NOUN[kind].en}, not of a ${NOUN[rule.to].en}.`,
        fr: ` ${qfr(ref)} est l’identifiant d'${NOUN[kind].frA}, pas d'${NOUN[rule.to].frA}.`,
      };
    }
  }
  return { en: '', fr: '' };
}

export function checkReferences(org: LooseOrg, out: ProblemCollector): void {
  for (const rule of RULES) {
    const targets = org[rule.to].byId;
    // Plain loops, no per-record closures or path strings: this runs 8 times over 100k records.
    for (const r of org[rule.from].records) {
      const value = r.raw[rule.field];
      if (value === undefined) continue;
      if (rule.inside !== undefined) {
        if (typeof value !== 'object' || value === null) continue;
        const ref = str((value as Record<string, unknown>)[rule.inside]);
        if (ref !== undefined && !targets.has(ref)) {
          report(org, rule, r, ref, `${rule.from}[${r.index}].${rule.field}.${rule.inside}`, out);
        }
      } else if (rule.nested !== undefined) {
        if (!Array.isArray(value)) continue;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item !== 'object' || item === null) continue;
          const ref = str((item as Record<string, unknown>)[rule.nested]);
          if (ref !== undefined && !targets.has(ref)) {
            report(
              org,
              rule,
              r,
              ref,
              `${rule.from}[${r.index}].${rule.field}[${i}].${rule.nested}`,
              out,
            );
          }
        }
      } else if (rule.list) {
        if (!Array.isArray(value)) continue;
        for (let i = 0; i < value.length; i++) {
          const ref: unknown = value[i];
          if (typeof ref === 'string' && !targets.has(ref)) {
            report(org, rule, r, ref, `${rule.from}[${r.index}].${rule.field}[${i}]`, out);
          }
        }
      } else if (typeof value === 'string' && !targets.has(value)) {
        report(org, rule, r, value, `${rule.from}[${r.index}].${rule.field}`, out);
      }
    }
  }
}

function report(
  org: LooseOrg,
  rule: RefRule,
  r: LooseRecord,
  ref: string,
  path: string,
  out: ProblemCollector,
): void {
  out.error('unknown-reference', path, () => {
    const m = rule.says(label(rule.from, r), ref);
    const h = hint(org, rule, ref);
    return { en: m.en + h.en, fr: m.fr + h.fr };
  });
}
