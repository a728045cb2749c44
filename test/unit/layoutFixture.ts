/** Small org files for the layout and chart tests. */
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { tidyLayout } from '../../src/layout/engines';
import { toFlow } from '../../src/layout/flow';
import { buildOrgTree } from '../../src/layout/orgTree';
import { buildScene } from '../../src/layout/scene';
import { FORMAT_VERSION, orgFileSchema } from '../../src/domain/schema';
import type { OrgData } from '../../src/domain/types';

type P = {
  id: string;
  reportsTo?: string;
  assistant?: boolean;
  holders?: string[];
  dottedLineTo?: string[];
  orgId?: string;
  headcount?: { count: number; fte?: number; grade?: string };
};

export function makeOrg(
  positions: P[],
  extra: Partial<Record<'units' | 'people' | 'topics', unknown[]>> = {},
): OrgData {
  const people =
    extra.people ??
    positions.flatMap((p) => (p.holders ?? []).map((h) => ({ id: h, name: `Person ${h}` })));
  return orgFileSchema.parse({
    formatVersion: FORMAT_VERSION,
    organisation: { name: 'Test', maintainer: { email: 'hr@example.com' } },
    units: extra.units ?? [
      { id: 'u1', name: { en: 'Unit one', fr: 'Unité un' }, color: '#336699' },
    ],
    positions: positions.map((p) => ({
      title: { en: `Title ${p.id}`, fr: `Titre ${p.id}` },
      unitId: 'u1',
      ...p,
    })),
    people,
    topics: extra.topics ?? [],
  });
}

/** A regular tree: `fanout` reports per manager, `depth` levels below the root. */
export function regularOrg(fanout: number, depth: number): OrgData {
  const positions: P[] = [{ id: 'p0' }];
  let level = ['p0'];
  let n = 1;
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const m of level) {
      for (let i = 0; i < fanout; i++) {
        const id = `p${n++}`;
        positions.push({ id, reportsTo: m, holders: [`h${id}`] });
        next.push(id);
      }
    }
    level = next;
  }
  return makeOrg(positions);
}

export const indexOf = (data: OrgData) => buildOrgIndex(data);

/** The React Flow chart of `data` with `open` expanded, laid out by the tidy tree. */
export function chartFlowOf(
  data: OrgData,
  open: string[],
  direction: 'DOWN' | 'RIGHT' = 'DOWN',
  language = 'en',
) {
  const index = indexOf(data);
  const tree = buildOrgTree(index);
  const expanded = new Set(open);
  const scene = buildScene(index, tree, expanded, direction);
  const positions = tidyLayout({ boxes: scene.boxes, roots: scene.roots, direction });
  return toFlow(index, tree, scene, positions, {
    language,
    today: '2026-01-01',
    expanded,
    showDotted: true,
    vacantLabel: 'Vacant',
    headcountWords: { headcount: 'Headcount', fte: 'FTE' },
  });
}

/** A manager with a dotted-line report, a team of one, and an assistant. */
export function teamWithAssistant(): OrgData {
  return makeOrg([
    { id: 'a', holders: ['x'] },
    { id: 'b', reportsTo: 'a', dottedLineTo: ['c'] },
    { id: 'c', reportsTo: 'a' },
    { id: 'd', reportsTo: 'c' },
    { id: 's', reportsTo: 'a', assistant: true },
  ]);
}
