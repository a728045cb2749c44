/** Copies the bundled sample organisation from data/ into public/ so the build serves it as org.json. */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../data/sample-org.json', import.meta.url));
const to = fileURLToPath(new URL('../public/org.json', import.meta.url));
if (existsSync(from)) {
  copyFileSync(from, to);
  console.log('public/org.json ← data/sample-org.json');
} else {
  console.warn('data/sample-org.json is missing: public/org.json not written');
}
