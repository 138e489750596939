// The browser's back/forward cache keeps a left page in memory and shows it again on Back.
// Playwright starts Chromium with that cache off; these journeys turn it on, as families have it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { CHROMIUM_ARGS, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist({ dir: 'dist' });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A tablet whose pages note when one is brought back from the cache, and which document it was. */
async function openTablet() {
  const context = await browser.newContext(TABLET_LANDSCAPE);
  await context.addInitScript(() => {
    window.documentId = String(Math.random());
    addEventListener('pageshow', (event) => {
      if (event.persisted) sessionStorage.setItem('test-restored-document', window.documentId);
    });
  });
  const page = await context.newPage();
  return { context, page };
}

/** Waits until a page came back from the cache and was then replaced by a fresh document. A page
 *  the cache did not keep never sets the note, so then the test fails rather than proving nothing. */
async function restoredThenStartedAfresh(page) {
  await page.waitForFunction(() => {
    const restored = sessionStorage.getItem('test-restored-document');
    return restored !== null && restored !== window.documentId;
  });
}

test('Back to the grown-ups\' side after leaving it never shows it open: the gate asks again', async () => {
  const { context, page } = await openTablet();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, server.url);
  await shell.openGrownUps();
  await shell.nicknameField().waitFor();
  // The grown-up leaves for another part of the app (a full page load), and a child presses Back.
  await shell.open('/calm');
  await page.goBack({ waitUntil: 'commit' });
  await restoredThenStartedAfresh(page);
  await shell.waitUntilReady();
  assert.equal(await shell.nicknameField().count(), 0, 'the grown-ups\' side is closed');
  assert.ok(new URL(page.url()).pathname.startsWith('/grown-ups'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back to a page whose data another tab changed meanwhile shows the newest data', async () => {
  const { context, page } = await openTablet();
  const shell = new AppPage(page, server.url);
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, Mia!');
  await shell.open('/calm');
  // Another tab renames the child while Home waits in the cache.
  const other = await context.newPage();
  const otherShell = new AppPage(other, server.url);
  await otherShell.openGrownUps();
  await otherShell.nicknameField().fill('Mimi');
  await other.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await other.close();
  await page.goBack({ waitUntil: 'commit' });
  await restoredThenStartedAfresh(page);
  await shell.waitUntilReady();
  await page.getByRole('heading', { name: 'Hello, Mimi!' }).waitFor();
  await context.close();
});
