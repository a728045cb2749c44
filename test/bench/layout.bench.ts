/**
 * Layout engines on generated organisations (`.bench/org-<n>k.json` from `npm run bench`):
 * ELK mrtree vs the tidy tree, for the first view and for everything open, and what the
 * leaf blocks save (boxes ELK places vs cards drawn). Figures only; nothing is asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { bench, describe } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import type { OrgData } from '../../src/domain/types';
import { expandAll, initialExpansion } from '../../src/layout/expansion';
import { buildOrgTree } from '../../src/layout/orgTree';
import { runLayout, type ElkLike } from '../../src/layout/runLayout';
import { buildScene } from '../../src/layout/scene';

const elk = new ELK() as unknown as ElkLike;
const getElk = () => Promise.resolve(elk);

for (const size of ['1k', '10k']) {
  const file = `.bench/org-${size}.json`;
  if (!existsSync(file)) continue;
  const data = JSON.parse(readFileSync(file, 'utf8')) as OrgData;
  const index = buildOrgIndex(data);
  const tree = buildOrgTree(index);
  const first = buildScene(index, tree, initialExpansion(tree), 'DOWN');
  const all = buildScene(index, tree, expandAll(tree), 'DOWN');
  console.log(
    `layout ${size}: first view ${first.cardCount} cards in ${first.boxes.length} boxes; ` +
      `everything ${all.cardCount} cards in ${all.boxes.length} boxes`,
  );
  const request = (s: typeof first) => ({ boxes: s.boxes, roots: s.roots, direction: s.direction });

  describe(`layout ${size}`, () => {
    bench('scene, everything open', () => {
      buildScene(index, tree, expandAll(tree), 'DOWN');
    });
    bench('ELK mrtree, first view', async () => {
      await runLayout({ ...request(first), engine: 'elk' }, getElk);
    });
    bench('tidy tree, first view', async () => {
      await runLayout({ ...request(first), engine: 'tidy' }, getElk);
    });
    bench('tidy tree, everything open', async () => {
      await runLayout({ ...request(all), engine: 'tidy' }, getElk);
    });
    if (size === '1k') {
      bench(
        'ELK mrtree, everything open',
        async () => {
          await runLayout({ ...request(all), engine: 'elk' }, getElk);
        },
        { iterations: 3, time: 0 },
      );
    }
  });
}
