// Draws the app's install icons (public/icons/*.png) from the growing heart picture, on the
// app's cream background, with system Chromium. Run once when the picture changes:
//   node scripts/icons.mjs   (after the pictures are extracted, e.g. by `make release`)
// The maskable icon keeps the heart inside the middle 60 %, the safe zone every launcher shows.
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/browser.mjs';

const svg = await readFile('public/pictures/growing-heart.svg', 'utf8');
const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, heart: 0.78, round: 0.22 },
  { file: 'public/icons/icon-512.png', size: 512, heart: 0.78, round: 0.22 },
  { file: 'public/icons/icon-maskable-512.png', size: 512, heart: 0.56, round: 0 },
  { file: 'public/icons/apple-touch-icon.png', size: 180, heart: 0.74, round: 0 },
];

const browser = await launchChromium();
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { file, size, heart, round } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<!doctype html><body style="margin:0">
    <div style="width:${size}px;height:${size}px;background:#fff6ec;border-radius:${round * size}px;
      display:flex;align-items:center;justify-content:center">
      <div style="width:${heart * size}px;height:${heart * size}px">${svg.replace('<svg', '<svg width="100%" height="100%"')}</div>
    </div></body>`);
  await page.screenshot({ path: file, omitBackground: round > 0 });
}
await browser.close();
console.log('icons written to public/icons/');
