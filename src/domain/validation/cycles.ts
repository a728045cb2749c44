/**
 * Reporting cycles (positions via `reportsTo`) and unit cycles (via `parentId`).
 * Each record has at most one parent, so the graph is a functional graph: one iterative walk per
 * record, each record visited once overall — linear time, no recursion (100k-deep chains are fine).
 * Each cycle is reported once, at its first member in file order.
 */
import type { ProblemCollector } from './collector';
import { q, qfr } from './describe';
import { isFirst, type LooseKind, type LooseRecord, str } from './records';

const UNSEEN = 0;
const ON_PATH = 1;
const DONE = 2;

/** Every cycle as a list of record indexes, in walking order. */
export function findCycles(kind: LooseKind, parentField: string): number[][] {
  const size = kind.records.length === 0 ? 0 : (kind.records.at(-1)?.index ?? 0) + 1;
  const state = new Uint8Array(size);
  const recordAt = new Array<LooseRecord | undefined>(size);
  for (const r of kind.records) recordAt[r.index] = r;
  const parentOf = (index: number): number | undefined => {
    const raw = recordAt[index]?.raw;
    const parent = raw === undefined ? undefined : str(raw[parentField]);
    return parent === undefined ? undefined : kind.byId.get(parent);
  };
  const cycles: number[][] = [];
  for (const r of kind.records) {
    if (!isFirst(kind, r) || state[r.index] !== UNSEEN) continue;
    const path: number[] = [];
    let cur: number | undefined = r.index;
    while (cur !== undefined && state[cur] === UNSEEN) {
      state[cur] = ON_PATH;
      path.push(cur);
      cur = parentOf(cur);
    }
    if (cur !== undefined && state[cur] === ON_PATH) {
      cycles.push(path.slice(path.indexOf(cur)));
    }
    for (const index of path) state[index] = DONE;
  }
  return cycles;
}

export function checkCycles(positions: LooseKind, units: LooseKind, out: ProblemCollector): void {
  report(positions, 'positions', 'reportsTo', out);
  report(units, 'units', 'parentId', out);
}

function report(kind: LooseKind, list: string, field: string, out: ProblemCollector): void {
  const idAt = new Map(kind.records.map((r) => [r.index, r.id ?? '']));
  for (const cycle of findCycles(kind, field)) {
    let start = 0;
    for (let i = 1; i < cycle.length; i++) if ((cycle[i] ?? 0) < (cycle[start] ?? 0)) start = i;
    const first = cycle[start] ?? 0;
    // Name the members from the first one in file order, so the message is stable.
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)].map((i) => idAt.get(i) ?? '');
    const path = `${list}[${first}].${field}`;
    const isUnit = list === 'units';
    if (ordered.length === 1) {
      out.error('cycle', path, {
        en: isUnit
          ? `Unit ${q(ordered[0])} is its own parent unit.`
          : `Position ${q(ordered[0])} reports to itself.`,
        fr: isUnit
          ? `L’unité ${qfr(ordered[0])} est sa propre unité parente.`
          : `Le poste ${qfr(ordered[0])} est rattaché à lui-même.`,
      });
      continue;
    }
    out.error('cycle', path, () => {
      const loop = [...ordered.slice(0, 10), ordered[0] ?? ''];
      const more = ordered.length > 10 ? ordered.length - 10 : 0;
      const chainEn =
        loop.map((id) => q(id)).join(' → ') + (more ? ` (${more} more in the loop)` : '');
      const chainFr =
        loop.map((id) => qfr(id)).join(' → ') + (more ? ` (${more} autres dans la boucle)` : '');
      return isUnit
        ? {
            en: `Units form a loop: ${chainEn}. One of them must belong to a unit outside the loop.`,
            fr: `Des unités forment une boucle : ${chainFr}. L’une d’elles doit faire partie d’une unité hors de la boucle.`,
          }
        : {
            en: `Reporting loop: ${chainEn}. ${ordered.length} positions report to each other in a circle; one of them must report to a position outside the loop.`,
            fr: `Boucle hiérarchique : ${chainFr}. ${ordered.length} postes sont rattachés les uns aux autres en cercle ; l’un d’eux doit être rattaché à un poste hors de la boucle.`,
          };
    });
  }
}
