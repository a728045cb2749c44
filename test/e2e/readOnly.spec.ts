/**
 * The read-only build (issue 12: a static app has no login, so the copy everyone opens is built
 * with `VITE_READ_ONLY=1`): no Edit switch, no banner, no editing control, no editor code.
 *
 * The normal e2e server serves `dist/` (the editing build); this spec builds the read-only app
 * into its own folder under test-results/ once, and serves it on a free port of its own, so the
 * other specs and their build are untouched and no port is shared with anyone.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

const OUT_DIR = resolve('test-results/read-only-build');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

let server: Server;
let origin = '';

function serve(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

test.describe('read-only build', () => {
  test.beforeAll(async () => {
    // A build under load on a 2-core machine takes a minute or two.
    test.setTimeout(600_000);
    expect(existsSync('public/org.json'), 'run `npm run build` first (it prepares the data)').toBe(
      true,
    );
    await promisify(execFile)(
      'npx',
      ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      { env: { ...process.env, VITE_READ_ONLY: '1' }, maxBuffer: 16 * 1024 * 1024 },
    );
    server = await serve(OUT_DIR);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((done) => server?.close(done));
  });

  test('has no Edit switch and no editing control anywhere, even when edit mode was left on', async ({
    page,
  }) => {
    // Edit mode left on from an editing build on the same origin must not come back.
    await page.addInitScript(() => localStorage.setItem('wayfinder.editing', '1'));
    // A new origin: the first start stores the demo data before the page is drawn.
    test.slow();
    await page.goto(`${origin}/#/admin`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data administration', {
      timeout: 60_000,
    });
    await expect(page.getByRole('heading', { name: 'Import' })).toBeVisible();
    await expect(page.getByRole('switch')).toHaveCount(0);
    await expect(page.getByText('Edit mode', { exact: false })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^edit mode$/i })).toHaveCount(0);

    await page.goto(`${origin}/#/position/hr-hris`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'HR information systems analyst',
    );
    await expect(page.getByRole('group', { name: 'Edit this position' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /delete/i })).toHaveCount(0);

    await page.goto(`${origin}/#/unit/legal`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal and compliance');
    await expect(page.getByRole('group', { name: 'Edit this unit' })).toHaveCount(0);

    await page.goto(`${origin}/#/raci?unit=legal`);
    await expect(page.locator('.raci-scroll table')).toBeVisible();
    await expect(page.locator('button[data-cell]')).toHaveCount(0);

    const chart = new ChartPage(page);
    await page.goto(`${origin}/#/chart`);
    await expect(chart.node('general-counsel')).toBeVisible();
    await expect(chart.node('general-counsel')).not.toHaveClass(/draggable/);

    // Nothing was saved as a draft: a reload shows the same, still without editing.
    await page.reload();
    await expect(chart.node('general-counsel')).toBeVisible();
    await expect(page.getByRole('region', { name: /^edit mode$/i })).toHaveCount(0);
  });

  test("ships none of the editor's code", () => {
    const assets = readdirSync(join(OUT_DIR, 'assets'));
    expect(assets.some((f) => f.startsWith('index') && f.endsWith('.js'))).toBe(true);
    // The editing build's lazy chunks (the draft panel, the record editors) are not in it.
    expect(
      assets.filter((f) =>
        /^(DraftPanel|EditorShell|editorStore|TopicEditor|PositionEditor)-/.test(f),
      ),
    ).toEqual([]);
    expect(readdirSync(resolve('dist/assets')).some((f) => f.startsWith('DraftPanel'))).toBe(true);
  });
});
