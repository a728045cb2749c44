/**
 * d3-org-chart page: every position as a node (parent = `reportsTo`), its default view
 * (root and its direct reports, compact layout), a card with the title, holder and unit.
 */
import { OrgChart } from 'd3-org-chart';
import { en, loadOrg } from './peerData';

interface Node {
  id: string;
  parentId: string | null;
  title: string;
  holder: string;
  unit: string;
}

const ROOT = '__root';

async function main() {
  const org = await loadOrg();
  const people = new Map(org.people.map((p) => [p.id, p.name]));
  const units = new Map(org.units.map((u) => [u.id, en(u.name)]));
  const ids = new Set(org.positions.map((p) => p.id));
  const tops = org.positions.filter((p) => !p.reportsTo || !ids.has(p.reportsTo));
  // d3-hierarchy's stratify wants one root: several tops hang under an invisible one.
  const oneTop = tops.length === 1 ? tops[0]!.id : undefined;
  const nodes: Node[] = org.positions.map((p) => ({
    id: p.id,
    parentId: p.id === oneTop ? null : p.reportsTo && ids.has(p.reportsTo) ? p.reportsTo : ROOT,
    title: en(p.title),
    holder: (p.holders ?? []).map((h) => people.get(h) ?? h).join(', ') || 'Vacant',
    unit: units.get(p.unitId) ?? '',
  }));
  if (!oneTop) nodes.unshift({ id: ROOT, parentId: null, title: '', holder: '', unit: '' });
  new OrgChart<Node>()
    .container('#chart')
    .data(nodes)
    .nodeWidth(() => 220)
    .nodeHeight(() => 90)
    .nodeContent(
      (d) =>
        `<div class="card"><strong>${d.data.title}</strong><span>${d.data.holder}</span><small>${d.data.unit}</small></div>`,
    )
    .render();
}

void main();
