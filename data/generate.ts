/**
 * CLI: writes a generated org file.
 *   npm run generate -- --people 10000 --seed 1 > big.json
 *   npm run generate -- --people 100000 --seed 1 --out /tmp/100k.json [--pretty]
 */
import {
  fstatSync,
  ftruncateSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { parseArgs } from 'node:util';
import { generateOrg } from './generator';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    pretty: { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const seed = Number(values.seed);
if (!Number.isInteger(people) || people < 100 || !Number.isInteger(seed)) {
  console.error(
    'Usage: npm run generate -- --people <integer ≥ 100> [--seed <integer>] [--out file] [--pretty]',
  );
  process.exit(2);
}
const started = performance.now();
const org = generateOrg({ people, seed });
const json = JSON.stringify(org, null, values.pretty ? 2 : undefined);
if (values.out) {
  writeFileSync(values.out, json);
  const mb = (Buffer.byteLength(json) / 1024 / 1024).toFixed(1);
  console.error(
    `${values.out}: ${org.people.length} people, ${org.positions.length} positions, ${org.units.length} units, ${org.topics.length} topics, ${mb} MB in ${Math.round(performance.now() - started)} ms`,
  );
} else if (dropNpmBanner()) {
  writeSync(1, json, 0);
} else {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) =>
    process.exit(e.code === 'EPIPE' ? 0 : 1),
  );
  process.stdout.write(json);
}

/**
 * `npm run generate -- … > big.json` makes npm write its "> wayfinder@… generate" banner into
 * big.json before this script starts. When stdout is a file holding only that banner, empty it
 * so the file is valid JSON (Linux: found through /proc; elsewhere use --out or `npm run -s`).
 */
function dropNpmBanner(): boolean {
  try {
    if (!fstatSync(1).isFile()) return false;
    const head = readFileSync(readlinkSync('/proc/self/fd/1'), 'utf8');
    if (head.length === 0 || head.length > 4000 || !/^(\s*> .*\n)+\s*$/.test(head)) return false;
    ftruncateSync(1, 0);
    return true;
  } catch {
    return false;
  }
}
