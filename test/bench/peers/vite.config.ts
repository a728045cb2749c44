/**
 * Peer pages for `npm run bench:peers` (d3-org-chart, MiniSearch, FlexSearch), built from the
 * devDependencies and served locally beside Wayfinder: no CDN.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  build: {
    outDir: here('../../../.bench/peers'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        orgchart: here('orgchart.html'),
        minisearch: here('minisearch.html'),
        flexsearch: here('flexsearch.html'),
      },
    },
  },
});
