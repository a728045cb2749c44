/** Writes data/sample-org.json from the sample tables. Run: `npx tsx data/sample/buildSample.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSampleOrg } from './sampleOrg';

const out = fileURLToPath(new URL('../sample-org.json', import.meta.url));
const org = buildSampleOrg();
writeFileSync(out, `${JSON.stringify(org, null, 2)}\n`);
console.log(
  `${out}: ${org.units?.length} units, ${org.positions?.length} positions, ${org.people?.length} people, ${org.topics?.length} topics`,
);
