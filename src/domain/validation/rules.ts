/**
 * Organisation rules that don't make the file unusable, so they are warnings: the chart, search
 * and records still work, but someone will get a worse answer than they should.
 */
import type { ProblemCollector } from './collector';
import { listNames, q, qfr } from './describe';
import { isFirst, type LooseOrg, str } from './records';
import { rootsSharingAnOrganisation, type TopPosition } from '../roots';

export function checkRules(org: LooseOrg, out: ProblemCollector): void {
  checkRoots(org, out);
  checkPositions(org, out);
  checkPeople(org, out);
  checkRaci(org, out);
}

/**
 * The top of the chart is the position(s) with no manager; more than one splits the chart. Each
 * organisation of a file of several (format 2 `orgId`) has its own tree: one top per
 * organisation is expected, a second top inside one is worth a warning.
 */
export function checkRoots(org: LooseOrg, out: ProblemCollector): void {
  const { positions } = org;
  const tops: TopPosition[] = [];
  for (const r of positions.records) {
    if (isFirst(positions, r) && r.id !== undefined && r.raw.reportsTo === undefined) {
      tops.push({ id: r.id, ...(typeof r.raw.orgId === 'string' ? { orgId: r.raw.orgId } : {}) });
    }
  }
  const roots = rootsSharingAnOrganisation(tops);
  if (roots.length > 1) {
    out.warning('several-roots', 'positions', () => {
      const names = listNames(roots);
      return {
        en: `${roots.length} positions report to no one: ${names.en}. The chart will show them as separate trees; usually only the head of the organisation has no "reportsTo".`,
        fr: `${roots.length} postes ne sont rattachés à personne : ${names.fr}. L’organigramme les montrera comme des arbres séparés ; en général seul le dirigeant n’a pas de «\u00a0reportsTo\u00a0».`,
      };
    });
  }
}

export function checkPositions(org: LooseOrg, out: ProblemCollector): void {
  for (const r of org.positions.records) {
    const who = r.id ?? `positions[${r.index}]`;
    if (r.raw.unitId === undefined) {
      out.warning('position-without-unit', `positions[${r.index}]`, () => ({
        en: `Position ${q(who)} has no "unitId": it will not appear in any unit's list or service catalogue.`,
        fr: `Le poste ${qfr(who)} n’a pas de «\u00a0unitId\u00a0» : il n’apparaîtra dans la liste d’aucune unité ni dans le catalogue de services.`,
      }));
    }
    const dotted = r.raw.dottedLineTo;
    if (Array.isArray(dotted) && r.id !== undefined && dotted.includes(r.id)) {
      out.warning('dotted-line-self', `positions[${r.index}].dottedLineTo`, () => ({
        en: `Position ${q(who)} has a dotted line to itself: remove it from "dottedLineTo".`,
        fr: `Le poste ${qfr(who)} a un rattachement fonctionnel à lui-même : retirez-le de «\u00a0dottedLineTo\u00a0».`,
      }));
    }
    const holders = r.raw.holders;
    if (r.raw.headcount !== undefined && Array.isArray(holders) && holders.length > 0) {
      out.error('headcount-with-holders', `positions[${r.index}].holders`, () => ({
        en: `Position ${q(who)} is a headcount seat ("headcount": several people of a grade) and also has "holders". A headcount seat stands for people who are not listed one by one: remove "holders", or remove "headcount" and list the people.`,
        fr: `Le poste ${qfr(who)} est un poste d’effectif («\u00a0headcount\u00a0» : plusieurs personnes d’un grade) et a aussi des «\u00a0holders\u00a0». Un poste d’effectif représente des personnes non listées une à une : retirez «\u00a0holders\u00a0», ou retirez «\u00a0headcount\u00a0» et listez les personnes.`,
      }));
    }
    const backup = str(r.raw.backupId);
    if (backup !== undefined && backup === r.id) {
      out.warning('backup-self', `positions[${r.index}].backupId`, () => ({
        en: `Position ${q(who)} is its own backup: name another position that covers absences.`,
        fr: `Le poste ${qfr(who)} est son propre suppléant : indiquez un autre poste qui assure les absences.`,
      }));
    }
  }
}

export function checkPeople(org: LooseOrg, out: ProblemCollector): void {
  const holding = new Set<string>();
  for (const r of org.positions.records) {
    const holders = r.raw.holders;
    if (!Array.isArray(holders)) continue;
    for (const id of holders as unknown[]) if (typeof id === 'string') holding.add(id);
  }
  for (const r of org.people.records) {
    checkPhoto(org, r.raw.photo, `people[${r.index}].photo`, out);
    if (r.id === undefined || holding.has(r.id)) continue;
    out.warning('person-without-position', `people[${r.index}]`, () => ({
      en: `Person ${q(r.id)} holds no position: they will be in the directory but not on the chart. Add their id to a position's "holders".`,
      fr: `La personne ${qfr(r.id)} n’occupe aucun poste : elle sera dans l’annuaire mais pas dans l’organigramme. Ajoutez son identifiant aux «\u00a0holders\u00a0» d’un poste.`,
    }));
  }
}

/** Data URIs of these image types, or a same-origin path; nothing that makes a request elsewhere. */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]+$/;

/** Whether a photo may be shown (format 2): see `personSchema.photo`. */
export function photoKind(
  photo: string,
  allowRemote: boolean,
): 'same-origin' | 'data' | 'remote' | 'refused' {
  const value = photo.trim();
  if (DATA_IMAGE.test(value)) return 'data';
  if (/^https?:\/\//i.test(value)) return allowRemote ? 'remote' : 'refused';
  // A scheme (javascript:, data:text/html…), a protocol-relative `//host`, or a backslash trick.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value.includes('\\')) {
    return 'refused';
  }
  return value === '' ? 'refused' : 'same-origin';
}

function checkPhoto(org: LooseOrg, photo: unknown, path: string, out: ProblemCollector): void {
  if (typeof photo !== 'string') return;
  const allowRemote = org.allowRemotePhotos;
  if (photoKind(photo, allowRemote) !== 'refused') return;
  const remote = /^https?:\/\//i.test(photo.trim());
  out.warning('photo-not-shown', path, () =>
    remote
      ? {
          en: `This photo is on another web site, so it is not shown: Wayfinder makes no request outside the intranet unless the file says "allowRemotePhotos": true in "organisation".`,
          fr: `Cette photo est sur un autre site web, elle n’est donc pas affichée : Wayfinder ne fait aucune requête hors de l’intranet, sauf si le fichier indique "allowRemotePhotos": true dans «\u00a0organisation\u00a0».`,
        }
      : {
          en: `This photo is not shown: give a path on the same site (e.g. "photos/ana.jpg") or a data:image/…;base64 URI (PNG, JPEG, GIF, WebP or AVIF).`,
          fr: `Cette photo n’est pas affichée : indiquez un chemin sur le même site (par ex. "photos/ana.jpg") ou une URI data:image/…;base64 (PNG, JPEG, GIF, WebP ou AVIF).`,
        },
  );
}

/**
 * Every topic needs exactly one Accountable and at least one Responsible — including topics with
 * no RACI entry at all: a topic nobody answers for is exactly the "whom do I contact?" dead end
 * Wayfinder exists to remove. Only positions that own their id (no duplicates) count.
 */
export function checkRaci(org: LooseOrg, out: ProblemCollector): void {
  const raci = new Map<string, { accountable: string[]; responsible: number }>();
  const { positions } = org;
  for (const r of positions.records) {
    if (!isFirst(positions, r) || !Array.isArray(r.raw.responsibilities)) continue;
    for (const item of r.raw.responsibilities as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const entry = item as Record<string, unknown>;
      const topic = str(entry.topicId);
      if (topic === undefined) continue;
      let counts = raci.get(topic);
      if (!counts) raci.set(topic, (counts = { accountable: [], responsible: 0 }));
      if (entry.role === 'A') counts.accountable.push(r.id ?? '');
      else if (entry.role === 'R') counts.responsible += 1;
    }
  }
  const { topics } = org;
  for (const t of topics.records) {
    if (!isFirst(topics, t)) continue;
    const counts = raci.get(t.id ?? '') ?? { accountable: [], responsible: 0 };
    // Format 2: a shared channel (service desk, form) answering the topic is its Responsible.
    const channel = t.raw.responsibleChannel;
    const byChannel = typeof channel === 'object' && channel !== null ? 1 : 0;
    const path = `topics[${t.index}]`;
    if (counts.accountable.length === 0) {
      out.warning('raci-no-accountable', path, {
        en: `Topic ${q(t.id)} has no Accountable position (RACI letter "A"): nobody is shown for escalation. Give exactly one position role "A".`,
        fr: `Le sujet ${qfr(t.id)} n’a aucun poste Autorité (lettre RACI «\u00a0A\u00a0») : personne n’est indiqué pour l’escalade. Donnez le rôle «\u00a0A\u00a0» à exactement un poste.`,
      });
    } else if (counts.accountable.length > 1) {
      const names = listNames(counts.accountable);
      out.warning('raci-several-accountable', path, {
        en: `Topic ${q(t.id)} has ${counts.accountable.length} Accountable positions (${names.en}): exactly one position must have role "A".`,
        fr: `Le sujet ${qfr(t.id)} a ${counts.accountable.length} postes Autorité (${names.fr}) : un seul poste doit avoir le rôle «\u00a0A\u00a0».`,
      });
    }
    if (counts.responsible + byChannel === 0) {
      out.warning('raci-no-responsible', path, {
        en: `Topic ${q(t.id)} has no Responsible position (RACI letter "R"): search cannot say whom to contact. Give at least one position role "R", or name a "responsibleChannel".`,
        fr: `Le sujet ${qfr(t.id)} n’a aucun poste Réalisateur (lettre RACI «\u00a0R\u00a0») : la recherche ne peut pas dire qui contacter. Donnez le rôle «\u00a0R\u00a0» à au moins un poste, ou indiquez un «\u00a0responsibleChannel\u00a0».`,
      });
    }
  }
}
