/**
 * Issue 15 item 15, installable app: the manifest (PNG icons 192 and 512, a maskable icon, theme
 * colour), the apple-touch-icon and theme-color metas for light and dark; a new version waits
 * and is offered as "A new version is ready — Reload", never reloading the page by itself.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

interface Manifest {
  name: string;
  display: string;
  start_url: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

test('the manifest and the page declare installable icons and theme colours', async ({
  page,
  request,
  shell,
}) => {
  await shell.open('#/search');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as Manifest;
  expect(manifest).toMatchObject({
    name: 'Wayfinder',
    display: 'standalone',
    theme_color: '#2f5bea',
    background_color: '#f6f7fb',
  });
  const icon = (sizes: string, purpose: string) =>
    manifest.icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any') === purpose);
  expect(icon('192x192', 'any')).toMatchObject({ src: 'icon-192.png', type: 'image/png' });
  expect(icon('512x512', 'any')).toMatchObject({ src: 'icon-512.png', type: 'image/png' });
  expect(icon('512x512', 'maskable')).toMatchObject({
    src: 'icon-maskable-512.png',
    type: 'image/png',
  });
  // Every icon is served as the PNG of the size it claims.
  for (const { src, sizes } of manifest.icons.filter((i) => i.type === 'image/png')) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, src);
    expect(size, src).toBe(sizes);
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const appleSize = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img.naturalWidth;
  }, apple!);
  expect(appleSize).toBe(180);
  await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveAttribute(
    'content',
    '#2f5bea',
  );
  await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveAttribute(
    'content',
    '#0f131c',
  );
});

/**
 * The built app (dist/) on a server of the test's own, on a free port, whose sw.js can change
 * between two visits: a new version on the server. (Playwright's routes do not see the
 * browser's own fetch of a service worker script, so the preview server cannot be used.)
 */
async function appServer(): Promise<{
  url: string;
  newVersion: () => void;
  close: () => Promise<void>;
}> {
  const root = fileURLToPath(new URL('../../dist/', import.meta.url));
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
  };
  let version = '';
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return res.writeHead(403).end();
    readFile(file)
      .then((body) => {
        res.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        res.end(path.endsWith('/sw.js') ? `${body.toString()}\n${version}` : body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    newVersion: () => (version = `// version ${Date.now()}`),
    close: () =>
      new Promise((resolve) => {
        // The browser keeps its connections open: end them, or close() waits for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('a new version waiting is offered as a prompt; the page never reloads by itself', async ({
  page,
  shell,
}) => {
  test.setTimeout(240_000);
  const server = await appServer();
  try {
    await page.goto(`${server.url}#/directory`);
    await expect(shell.orgName).toBeVisible({ timeout: 60_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeHidden();

    // Something the user did on this page, which a reload would lose.
    const field = page.getByLabel(/Name, title or unit|Nom, fonction ou unité/);
    await field.fill('typed before the update');
    let loads = 0;
    page.on('load', () => (loads += 1));
    // The server now has a new version; the tab's check finds it.
    server.newVersion();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    await expect(prompt).toContainText('A new version of Wayfinder is ready.');
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
    );
    expect(waiting).toBe('installed');
    // Still the same page with what was typed, the old version in control.
    await expect(field).toHaveValue('typed before the update');
    expect(loads).toBe(0);

    // French prompt; "Recharger" activates the new version and reloads once.
    await shell.switchLanguage('fr');
    await expect(prompt).toContainText('Une nouvelle version de Wayfinder est prête.');
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Recharger' }).click();
    await reloaded;
    await expect(shell.orgName).toBeVisible({ timeout: 60_000 });
    await expect(prompt).toBeHidden();
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting ?? null,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(after).toEqual({ waiting: null, controlled: true });
  } finally {
    await server.close();
  }
});
