/**
 * Copies the bundled sample organisation from data/ into public/ so the build serves it as org.json.
 * The hand-edited file points editors at the schema in the repo (`"$schema": "../public/schema.json"`);
 * the served copy sits beside the served schema, so its `$schema` becomes `./schema.json`. Nothing
 * else changes: the file is copied as written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../data/sample-org.json', import.meta.url));
const to = fileURLToPath(new URL('../public/org.json', import.meta.url));

/** The org file as served: its `$schema` relative to public/ instead of data/. */
function servedSample(text: string): string {
  return text.replace(/("\$schema"\s*:\s*)"\.\.\/public\/schema\.json"/, '$1"./schema.json"');
}

if (existsSync(from)) {
  writeFileSync(to, servedSample(readFileSync(from, 'utf8')));
  console.log('public/org.json ← data/sample-org.json');
} else {
  console.warn('data/sample-org.json is missing: public/org.json not written');
}
