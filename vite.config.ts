/// <reference types="vitest/config" />
import { defineConfig, type IndexHtmlTransformHook, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The page's first script, `src/boot.ts`, as a module script of its own, `async`, in the head
 * before theme-boot.js: it starts the org file worker while the entry's modules (Dexie, the
 * stores) still load and run. Vite would merge every module script of index.html into the one
 * entry, whose imported chunks run first; so the build takes boot.ts as a second input and the
 * page gets its chunk here (after the CSP meta, so under the policy). `async`: a deferred
 * script waits for the whole document and its style sheets (60–130 ms on a first visit); this
 * one runs as soon as it and its one chunk are in. The dev server loads the source as is.
 */
function bootScript(): Plugin {
  const BOOT = 'src/boot.ts';
  const before = (html: string, src: string) =>
    html.replace(
      /(\s*)<script src="\.\/theme-boot\.js"><\/script>/,
      (line, space: string) =>
        `${space}<script type="module" async crossorigin src="${src}"></script>${line}`,
    );
  return {
    name: 'wayfinder-boot-script',
    config: (_, { command }) =>
      command === 'build'
        ? { build: { rollupOptions: { input: { index: 'index.html', boot: BOOT } } } }
        : {},
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const placed = ctx.bundle
          ? before(html, `./${bootChunk(ctx.bundle).fileName}`)
          : before(html, `/${BOOT}`);
        if (placed === html) throw new Error('index.html has no theme-boot.js script to precede');
        return placed;
      },
    },
  };

  function bootChunk(bundle: NonNullable<Parameters<IndexHtmlTransformHook>[1]['bundle']>) {
    const chunk = Object.values(bundle).find(
      (c) => c.type === 'chunk' && c.isEntry && c.name === 'boot',
    );
    if (!chunk || chunk.type !== 'chunk') throw new Error(`the build has no chunk for ${BOOT}`);
    return chunk;
  }
}

// Relative base: the build works from any static host and sub-path (routes are hash-based).
export default defineConfig({
  base: './',
  define: {
    // The read-only build (`VITE_READ_ONLY=1 npm run build`, src/app/buildFlags.ts): a literal at
    // every use, so the bundler drops the editor's lazy chunks (a constant imported from a module
    // is not folded before code splitting).
    __EDITING_ENABLED__: JSON.stringify(process.env.VITE_READ_ONLY !== '1'),
  },
  plugins: [
    react(),
    // The dev server's hot reload needs an inline script, which index.html's CSP forbids: the
    // policy is dropped from the page `npm run dev` serves, and kept in every build.
    {
      name: 'wayfinder-csp-build-only',
      apply: 'serve',
      transformIndexHtml: (html: string) =>
        html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
    },
    bootScript(),
    // Offline app shell: a service worker precaches the built assets. The org data is NOT
    // precached: it lives in IndexedDB (src/db) and is refreshed from its source when online.
    // A new version waits until the user presses "Reload" in the prompt (src/app/serviceWorker.ts
    // registers it): never a reload under someone filling in a form.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered by the app once the first view is drawn and the page idle
      // (src/app/serviceWorker.ts), not at the page's load event.
      injectRegister: false,
      manifest: {
        name: 'Wayfinder',
        short_name: 'Wayfinder',
        description: 'Who to contact for what: org chart, responsibilities and services.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7fb',
        theme_color: '#2f5bea',
        // PNGs drawn from favicon.svg by scripts/generateIcons.ts (committed).
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        globIgnores: ['**/org.json', '**/schema.json', 'bench/**'],
        navigateFallback: 'index.html',
        // No runtime caching: the only data request is the org file, kept in IndexedDB.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // Take control of the first page at once so it works offline after one visit. A later
        // version does not skip waiting: the prompt's "Reload" tells it to (SKIP_WAITING).
        clientsClaim: true,
        skipWaiting: false,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es' },
  test: {
    // Generous: heavy property tests share 2 cores with the rest of CI (never a timing assertion).
    testTimeout: 120_000,
    // Pure code is tested in Node; only component tests (`*.test.tsx`) pay for a jsdom window,
    // whose set-up per file was most of a run's time.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['./test/setup.node.ts'],
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts', './test/setup.node.ts'],
          include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
