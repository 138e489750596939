// Works offline and installs: after the first visit the service worker keeps every file of the
// build, so every screen opens with no network; Chromium finds nothing stopping an install; a
// new version waits for the family's tap (and is never offered during an exercise).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApp, CHROMIUM_ARGS, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage, brokenPictures } from './pages/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Opens Home and waits until the service worker keeps the app and controls the page. */
async function openKept(context) {
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  return { page, shell };
}

/** Waits for a page marked `window.oldCode` to have reloaded and started again. A reload from
 * the kept files can finish before a listener for its load event is attached, so the mark is
 * what tells. */
async function reloadedIntoNewCode(page) {
  await page.waitForFunction(() => window.oldCode === undefined && document.documentElement.dataset.ready === 'true', null, { timeout: 20_000 });
}

test('Chromium reports no installability errors', async () => {
  // A profile on disk: Chromium never offers to install from an incognito-like context.
  const profile = await mkdtemp(join(tmpdir(), 'calm-together-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...TABLET_LANDSCAPE, executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS,
  });
  const { page } = await openKept(context);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  await context.close();
  await rm(profile, { recursive: true, force: true });
});

test('after the first visit, every screen opens with no network at all', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const { page, shell } = await openKept(context);
  const errors = await shell.openEachScreenOffline(context, async (path) => {
    assert.deepEqual(await brokenPictures(page), [], `${path}: every picture shows`);
  });
  // A story can be made and read offline, pictures and all.
  await shell.open('/stories');
  await page.getByRole('button', { name: 'New story' }).tap();
  await page.getByRole('button', { name: /^All about me/ }).tap();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  await page.getByRole('group', { name: 'The page' }).waitFor();
  assert.deepEqual(errors, []);
  // The picture credits, opened as a page with no network, are the credits, not the app. (In
  // a page of their own: a plain text page asks for a /favicon.ico no build has, which fails
  // offline, and that is no fault of the app's.)
  const creditsPage = await context.newPage();
  const credits = await creditsPage.goto(app.url + '/pictures/LICENSE.txt');
  assert.match(credits.headers()['content-type'] ?? '', /^text\/plain/);
  assert.match(await creditsPage.locator('body').textContent(), /Fluent Emoji/);
  await context.close();
});

test('a new version waits for a tap, is not offered during a practice, and keeps what was made', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const { page, shell } = await openKept(context);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of Calm Together is ready.' });
  const worker = await readFile('dist/sw.js', 'utf8');
  app.replace('/sw.js', worker.replace(/const VERSION = '[^']+';/, "const VERSION = 'a-newer-one';"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await notice.waitFor({ timeout: 20_000 });

  await shell.open('/calm/balloon');
  await page.waitForTimeout(3_500);
  assert.equal(await notice.isVisible(), false, 'never offered during an exercise');

  await shell.open('/grown-ups');
  await notice.waitFor({ timeout: 10_000 });
  await shell.passGate();
  await shell.nicknameField().fill('Mia');
  await page.evaluate(() => { window.oldCode = true; });
  await notice.getByRole('button', { name: 'Update now' }).tap();
  await reloadedIntoNewCode(page);
  const version = await page.evaluate(async () => (await caches.keys()).join(' '));
  assert.match(version, /calm-together-a-newer-one/);
  assert.equal(await notice.isVisible(), false);
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, Mia!', 'the name typed just before is kept');
  await context.close();
});

test('when one tab takes the new version, every other open tab saves and reloads into it, after any practice', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const { page: asking } = await openKept(context);
  const { page: other, shell: otherShell } = await openKept(context);
  const { page: practising, shell: practisingShell } = await openKept(context);
  const worker = await readFile('dist/sw.js', 'utf8');
  app.replace('/sw.js', worker.replace(/const VERSION = '[^']+';/, "const VERSION = 'newer-for-every-tab';"));

  // One tab has an unsaved name; another is in the middle of a practice (reached in the app).
  await otherShell.openGrownUps();
  await otherShell.nicknameField().fill('Mia');
  await practisingShell.open('/calm');
  await practising.getByRole('link', { name: /^Balloon breathing/ }).tap();
  await practising.waitForURL(/\/calm\/balloon$/);
  for (const page of [other, practising]) await page.evaluate(() => { window.oldCode = true; });

  await asking.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = asking.getByRole('status').filter({ hasText: 'A new version of Calm Together is ready.' });
  await notice.waitFor({ timeout: 20_000 });
  await asking.evaluate(() => { window.oldCode = true; });
  await notice.getByRole('button', { name: 'Update now' }).tap();
  await reloadedIntoNewCode(asking);

  // The other tab saved its change and reloaded into the new version on its own.
  await reloadedIntoNewCode(other);
  assert.match(await otherShell.stored('calm-together.family'), /"Mia"/, 'saved before reloading');
  // The practice is never interrupted; once it is left, that tab reloads too.
  await practising.waitForTimeout(2_000);
  assert.equal(await practising.evaluate(() => window.oldCode), true, 'not reloaded mid-practice');
  await practising.goBack();
  await reloadedIntoNewCode(practising);
  assert.ok(new URL(practising.url()).pathname === '/calm');
  await context.close();
});

test('the first visit says when the app opens with no network, and a keeping cut short is tried again online', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  const ready = page.getByRole('status').filter({ hasText: 'Calm Together is now kept on this tablet, so it opens even with no internet.' });
  // The connection drops while the app is being kept: one of its files cannot be fetched.
  const worker = await readFile('dist/sw.js', 'utf8');
  const cutShort = worker
    .replace(/const VERSION = '[^']+';/, "const VERSION = 'cut-short';")
    .replace(/const FILES = \[/, "const FILES = ['/a-file-the-network-lost.js', ");
  app.replace('/sw.js', cutShort);
  await shell.open('/');
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration && !registration.installing && !registration.active;
  }, null, { timeout: 20_000 });
  assert.equal(await ready.count(), 0, 'nothing is said before it is true');
  assert.deepEqual(await page.evaluate(() => caches.keys()), [], 'nothing half-kept');
  // The connection comes back.
  app.replace('/sw.js', worker);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await ready.waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('calm-together-')));
    return (await cache.keys()).length;
  });
  const files = (await readFile('dist/sw.js', 'utf8')).match(/const FILES = (\[.*?\]);/s)[1];
  assert.equal(kept, JSON.parse(files).length, 'every file is kept, not some');
  await context.close();
});
