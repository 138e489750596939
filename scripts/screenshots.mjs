// Takes screenshots of every screen at tablet sizes (and one phone size) into screenshots/,
// to look at what was built. Usage: node scripts/screenshots.mjs (after `make release`).
import { mkdir } from 'node:fs/promises';
import { serveDist } from './serve-dist.mjs';
import { launchChromium, TABLET_LANDSCAPE, TABLET_PORTRAIT } from '../tests/e2e/browser.mjs';
import { ProgressPage } from '../tests/e2e/pages/progress.mjs';

const SIZES = {
  '1024x768': TABLET_LANDSCAPE,
  '768x1024': TABLET_PORTRAIT,
  '375x667': { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true },
};
const SCREENS = ['/', '/calm', '/calm/balloon', '/stories', '/progress', '/grown-ups'];

/** A screenshot once the pictures on screen have arrived (some load after the first paint). */
async function shoot(page, options) {
  const arrived = () => [...document.images].every((img) => img.complete || img.getBoundingClientRect().top > innerHeight);
  await page.waitForFunction(arrived, null, { timeout: 5_000 })
    .catch(() => console.warn(`screenshots: a picture had not arrived for ${options.path}`));
  await page.screenshot(options);
}

const server = await serveDist({ dir: 'dist' });
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
for (const [size, options] of Object.entries(SIZES)) {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of SCREENS) {
    await page.goto(server.url + path);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    const name = path === '/' ? 'home' : path.slice(1).replace('/', '-');
    await shoot(page, { path: `screenshots/${name}-${size}.png` });
  }
  // A notice, as a family would see it after a damaged save.
  await page.evaluate(() => localStorage.setItem('calm-together.family', '{"schema":1,"data":'));
  await page.goto(server.url + '/');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await shoot(page, { path: `screenshots/notice-${size}.png` });
  await context.close();
}

// The practice flow and every pacer mid-exercise, with time moved by Playwright's clock.
const PACERS = [
  ['balloon', 1_500], ['flower-and-candle', 5_000], ['bubble', 6_000], ['starfish-hand', 8_500],
  ['birthday-candles', 16_000], ['box-breathing', 13_500], ['spaghetti-body', 12_000],
  ['turtle-time', 14_000], ['butterfly-hug', 1_500], ['five-senses', 9_000],
];
for (const [size, options] of Object.entries(SIZES).slice(0, 2)) {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.clock.install();
  const tap = (name) => page.getByRole('button', { name, exact: true }).click();
  await page.goto(server.url + '/grown-ups');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await shoot(page, { path: `screenshots/grown-ups-gate-${size}.png` });
  await page.getByRole('button', { name: 'Hold to open' }).dispatchEvent('pointerdown');
  await page.clock.runFor(2_100);
  // The gate opens onto the side behind it: its own page.
  await page.waitForURL(/\/grown-ups\/open$/);
  await tap('3 to 4 years');
  await page.goto(server.url + '/calm/balloon');
  await tap('Skip');
  await page.getByRole('button', { name: 'Worried' }).click();
  await page.getByRole('button', { name: 'Big' }).click();
  await shoot(page, { path: `screenshots/practice-check-in-${size}.png` });
  await tap('Next');
  for (const [slug, at] of PACERS) {
    await page.goto(server.url + `/calm/${slug}`);
    await tap('Skip');
    await tap('Skip');
    await tap('Start');
    await page.clock.runFor(at);
    await shoot(page, { path: `screenshots/pacer-${slug}-${size}.png` });
  }
  await tap('Stop');
  await tap('Skip');
  await shoot(page, { path: `screenshots/practice-ending-${size}.png` });
  await context.close();
}

// Our stories: the shelf, a new "Our story" with pictures and words, and reading it.
for (const [size, options] of Object.entries(SIZES).slice(0, 2)) {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const tap = (name) => page.getByRole('button', { name, exact: true }).first().click();
  await page.goto(server.url + '/stories');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await tap('New story');
  await shoot(page, { path: `screenshots/story-shelf-${size}.png` });
  await page.getByRole('button', { name: /^Our story/ }).click();
  await page.getByRole('button', { name: 'Woman, medium skin', exact: true }).waitFor();
  for (const name of ['Woman, medium skin', 'Girl, medium skin']) await tap(name);
  await page.getByRole('button', { name: 'People and family' }).waitFor();
  await tap('Helpers and comfort');
  await tap('Teddy bear');
  await page.getByRole('tab', { name: 'Words' }).click();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('This is us: Mama, me and my teddy.');
  await page.getByRole('tab', { name: 'Pictures' }).click();
  await shoot(page, { path: `screenshots/story-editor-${size}.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Scene' }).click();
  await tap('Outside');
  await shoot(page, { path: `screenshots/story-scene-${size}.png` });
  await page.getByRole('tab', { name: 'Draw' }).click();
  await tap('Thick');
  const layer = await page.getByTestId('drawing-layer').boundingBox();
  await page.mouse.move(layer.x + layer.width * 0.15, layer.y + layer.height * 0.8);
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) {
    await page.mouse.move(layer.x + layer.width * (0.15 + i * 0.03), layer.y + layer.height * (0.8 - Math.sin(i / 3) * 0.1));
  }
  await page.mouse.up();
  await shoot(page, { path: `screenshots/story-draw-${size}.png` });
  await page.getByRole('tab', { name: 'Pictures' }).click();
  await page.getByRole('button', { name: 'Teddy bear' }).first().click();
  await shoot(page, { path: `screenshots/story-handle-${size}.png` });
  await page.getByRole('link', { name: 'Read together' }).click();
  await shoot(page, { path: `screenshots/story-reader-${size}.png` });
  await page.getByRole('link', { name: 'Print' }).click();
  await shoot(page, { path: `screenshots/story-print-${size}.png` });
  if (size === '1024x768') await page.pdf({ path: 'screenshots/story-print.pdf', landscape: true, printBackground: true });
  await page.goto(server.url + '/stories');
  await page.getByRole('button', { name: 'More' }).first().click();
  await tap('Rename');
  await shoot(page, { path: `screenshots/story-shelf-more-${size}.png` });
  await context.close();
}

// Progress with weeks of practices: the before/after chart and its table.
for (const [size, options] of Object.entries(SIZES)) {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const progress = new ProgressPage(page);
  const ready = () => page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.goto(server.url + '/progress');
  await ready();
  await progress.seedWeeksOfCheckIns();
  await page.reload();
  await ready();
  const chart = page.locator('.before-after');
  await chart.scrollIntoViewIfNeeded();
  await shoot(page, { path: `screenshots/progress-chart-${size}.png` });
  await progress.openTable();
  await chart.screenshot({ path: `screenshots/progress-chart-table-${size}.png` });
  await context.close();
}
// In Spanish (the tablet's language chooses it): Home, a practice, the shelf, Grown-ups' gate.
for (const [size, options] of Object.entries(SIZES).slice(0, 2)) {
  const context = await browser.newContext({ ...options, locale: 'es-MX', deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of ['/', '/calm', '/calm/balloon', '/stories', '/grown-ups']) {
    await page.goto(server.url + path);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    const name = path === '/' ? 'home' : path.slice(1).replace('/', '-');
    await shoot(page, { path: `screenshots/es-${name}-${size}.png` });
  }
  await context.close();
}

// Demo mode: Home with the banner and Today's practice, and the whole Grown-ups screen.
for (const [size, options] of Object.entries(SIZES)) {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const ready = () => page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.goto(server.url + '/grown-ups');
  await ready();
  await page.getByRole('button', { name: 'Hold to open' }).dispatchEvent('pointerdown');
  await page.getByRole('button', { name: 'Start the demo' }).click({ timeout: 5_000 });
  await page.waitForURL(server.url + '/');
  await ready();
  await shoot(page, { path: `screenshots/demo-home-${size}.png` });
  await page.goto(server.url + '/grown-ups');
  await ready();
  await page.getByRole('button', { name: 'Hold to open' }).dispatchEvent('pointerdown');
  await page.getByRole('button', { name: 'End the demo' }).waitFor({ timeout: 5_000 });
  await shoot(page, { path: `screenshots/grown-ups-${size}.png`, fullPage: true });
  await context.close();
}
// The books that come with the app and the guide for grown-ups, in English and Spanish.
for (const [size, options] of Object.entries(SIZES).slice(0, 2)) {
  for (const locale of ['en-US', 'es-MX']) {
    const context = await browser.newContext({ ...options, locale, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const lang = locale.slice(0, 2);
    await page.clock.install();
    await page.goto(server.url + '/stories');
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.locator('.built-in-books').scrollIntoViewIfNeeded();
    await shoot(page, { path: `screenshots/books-shelf-${lang}-${size}.png` });
    for (const [book, at] of [['when-something-scary-happens', 1], ['my-bodys-alarm', 6], ['safe-with-you', 11]]) {
      await page.goto(server.url + `/stories/books/${book}?page=${at}`);
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      await shoot(page, { path: `screenshots/book-${book}-${at}-${lang}-${size}.png` });
    }
    await page.goto(server.url + '/grown-ups');
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.locator('.hold-button').first().dispatchEvent('pointerdown');
    await page.clock.runFor(2_100);
    await page.waitForURL(/\/grown-ups\/open$/);
    await page.locator('#guide-getting-help-urgently > summary').click();
    await page.locator('#guide-getting-help-urgently').scrollIntoViewIfNeeded();
    await shoot(page, { path: `screenshots/guide-urgent-${lang}-${size}.png` });
    await context.close();
  }
}

await browser.close();
await server.close();
console.log('screenshots written to screenshots/');
