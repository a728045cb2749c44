/**
 * Draws the app's PNG icons from public/favicon.svg with the system Chromium (Playwright), once:
 * the PNGs are committed, so neither the build nor CI needs a browser for them. Run again after
 * changing the SVG: `npx tsx scripts/generateIcons.ts`.
 *
 * - icon-192.png, icon-512.png: the SVG as is (rounded square, transparent corners), "any".
 * - icon-maskable-512.png: full-bleed brand colour with the mark inside the central 80 % safe
 *   zone, so a launcher's circle or squircle mask never cuts it.
 * - apple-touch-icon.png (180): full-bleed, opaque (iOS fills transparency with black).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const BRAND = /fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#2f5bea';
/** The SVG without its rounded background square: the mark alone. */
const mark = svg.replace(/<rect[^>]*\/>/, '');

interface Icon {
  file: string;
  size: number;
  /** The mark's share of the icon's side (1 = edge to edge). */
  scale: number;
  /** Full-bleed square background, or the SVG's own rounded one. */
  bleed: boolean;
}

const ICONS: Icon[] = [
  { file: 'icon-192.png', size: 192, scale: 1, bleed: false },
  { file: 'icon-512.png', size: 512, scale: 1, bleed: false },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, bleed: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.86, bleed: true },
];

const html = (icon: Icon) => {
  const inner = icon.size * icon.scale;
  const art = icon.bleed ? mark : svg;
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(art).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0">
    <div id="icon" style="width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.bleed ? BRAND : 'transparent'}">
      <img src="${dataUrl}" width="${inner}" height="${inner}" alt="">
    </div></body></html>`;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(html(icon));
    await page.locator('#icon img').evaluate((img: HTMLImageElement) => img.decode());
    const path = new URL(`../public/${icon.file}`, import.meta.url).pathname;
    await page.locator('#icon').screenshot({ path, omitBackground: !icon.bleed });
    console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
