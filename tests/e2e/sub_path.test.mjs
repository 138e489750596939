// Hosted under a sub-path (`https://example.org/calm-together/`, as GitHub Pages or a clinic's
// site would host it): the build made by `make release-sub-path` is served under
// /calm-together/ only, and every screen, picture, link, the service worker, the install and
// the offline app must stay inside it. Anything asked for outside it fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { launchChromium, collectPageErrors, CHROMIUM_ARGS, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage, SCREENS, brokenPictures } from './pages/app.mjs';
import { StoryPage } from './pages/story.mjs';

const BASE = '/calm-together/';
const DIST = 'dist-sub-path';

let server;
let browser;
before(async () => {
  assert.ok(existsSync(DIST), `${DIST}/ is missing: make release-sub-path builds it (make test-e2e does)`);
  server = await serveDist({ dir: DIST, base: BASE });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const appUrl = () => server.url + BASE.slice(0, -1);

/** Every link and picture on the page is under the base, and every picture shows. */
async function assertInside(page, where) {
  const addresses = await page.evaluate(() => [...document.querySelectorAll('a[href], img[src]')]
    .map((element) => new URL(element.href ?? element.src).pathname));
  for (const address of addresses) assert.ok(address.startsWith(BASE), `${where}: ${address}`);
  assert.deepEqual(await brokenPictures(page), [], `${where}: every picture shows`);
}

test('every screen, a practice, a story and its calm break work under the sub-path, and nothing is asked for outside it', async () => {
  const context = await browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, appUrl());
  await shell.open('/');
  assert.equal(new URL(page.url()).pathname, BASE);
  assert.equal(await shell.heading().textContent(), 'Hello, friend!');
  await assertInside(page, 'Home');

  // Every screen from Home's cards, and Home again from each.
  for (const { card, path } of SCREENS) {
    await shell.homeCard(card).tap();
    await page.waitForURL(server.url + BASE.slice(0, -1) + path);
    await shell.waitUntilReady();
    await assertInside(page, path);
    await shell.homeButton().tap();
    await page.waitForURL(server.url + BASE);
    await shell.waitUntilReady();
  }

  // A practice opened from its own address: its part of the app, its pictures and styles.
  await shell.open('/calm/balloon');
  assert.equal(await shell.heading().textContent(), 'Balloon breathing');
  await assertInside(page, '/calm/balloon');

  // A story made, reloaded at its address, and a calm break that comes back to it.
  const story = new StoryPage(page);
  await shell.open('/stories');
  await story.newStory('All about me');
  await shell.waitUntilReady();
  assert.match(new URL(page.url()).pathname, /^\/calm-together\/stories\/\d+$/);
  await story.addPicture('Animals', 'Dog');
  await shell.reload();
  await story.placed('Dog').waitFor();
  await assertInside(page, 'a story');
  await page.getByRole('link', { name: 'Calm break' }).tap();
  await page.waitForURL(/\/calm-together\/calm\/balloon\?back=/);
  await shell.waitUntilReady();
  await page.getByRole('link', { name: 'Back to our story' }).tap();
  await page.waitForURL(/\/calm-together\/stories\/\d+\?page=\d+/);
  await shell.waitUntilReady();
  await story.placed('Dog').waitFor();

  // Behind the gate: the picture credits are the build's own file, under the sub-path.
  await shell.openGrownUps();
  assert.equal(new URL(page.url()).pathname, `${BASE}grown-ups/open`);
  const credits = await page.getByRole('link', { name: /^Pictures: Fluent Emoji/ }).getAttribute('href');
  assert.equal(credits, `${BASE}pictures/LICENSE.txt`);
  await assertInside(page, '/grown-ups/open');

  // An address outside the app's screens, inside its base, is the app's own "not found".
  await shell.open('/no-such-screen');
  assert.equal(await shell.heading().textContent(), "We couldn't find that page");
  await assertInside(page, 'not found');

  assert.deepEqual(errors, []);
  assert.deepEqual(server.outside, [], 'nothing asked for outside the sub-path');
  await context.close();
});

test('under the sub-path the app installs, its service worker keeps it there, and every screen opens with no network', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'calm-together-sub-path-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...TABLET_LANDSCAPE, executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS,
  });
  const page = await context.newPage();
  const shell = new AppPage(page, appUrl());
  await shell.open('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const kept = await page.evaluate(async () => ({
    scope: (await navigator.serviceWorker.getRegistration()).scope,
    worker: navigator.serviceWorker.controller.scriptURL,
    caches: await caches.keys(),
  }));
  assert.equal(kept.scope, server.url + BASE);
  assert.equal(kept.worker, `${server.url}${BASE}sw.js`);
  assert.equal(kept.caches.length, 1);
  assert.match(kept.caches[0], /^calm-together-\/calm-together\/[0-9a-f]{16}$/);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.equal(manifest.url, `${server.url}${BASE}manifest.webmanifest`);
  assert.deepEqual(manifest.errors, []);

  const errors = await shell.openEachScreenOffline(context, (path) => assertInside(page, `${path} offline`));
  assert.deepEqual(errors, []);
  const creditsPage = await context.newPage();
  const credits = await creditsPage.goto(`${server.url}${BASE}pictures/LICENSE.txt`);
  assert.match(credits.headers()['content-type'] ?? '', /^text\/plain/);
  assert.match(await creditsPage.locator('body').textContent(), /Fluent Emoji/);
  await context.close();
  await rm(profile, { recursive: true, force: true });
  assert.deepEqual(server.outside.filter((address) => address !== '/favicon.ico'), [], 'nothing asked for outside the sub-path');
});
