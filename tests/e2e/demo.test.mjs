// Demo mode for therapists: a sample family to show on every screen, with a banner, and
// writes kept in a sandbox that is thrown away, so the family's own data is byte-for-byte
// what it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { StoryPage } from './pages/story.mjs';
import { seedFamily, everythingStored, twoChildren } from './pages/family.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** A tablet with the two-children family, in the demo: returns what each test needs. */
async function inTheDemo() {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await seedFamily(page, twoChildren(Date.now()));
  await shell.reload();
  assert.equal(await shell.heading().textContent(), 'Hello, Leo!');
  // Leaving Home writes what it noted (the first use); from here the family's data is fixed.
  await shell.openGrownUps();
  const before = await everythingStored(page);
  await page.getByRole('button', { name: 'Start the demo' }).tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  const banner = page.getByRole('note').filter({ hasText: 'Demo — nothing is saved' });
  await banner.waitFor();
  return { context, page, errors, shell, before, banner };
}

test("a demo session shows the sample family everywhere and leaves the family's data unchanged", async () => {
  const { context, page, errors, shell, before, banner } = await inTheDemo();
  const story = new StoryPage(page);
  assert.equal(await shell.heading().textContent(), 'Hello, Sam!');
  await page.getByRole('region', { name: "Today's practice" }).getByRole('link', { name: /^Balloon breathing/ }).waitFor();

  // Every part works on the sample, and changes go to the sandbox.
  await shell.open('/stories');
  await banner.waitFor();
  await page.getByRole('link', { name: /^Our story/ }).first().waitFor();
  await story.newStory('All about me');
  await shell.waitUntilReady();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  await shell.open('/progress');
  await banner.waitFor();
  await page.getByRole('img', { name: /How big the child's hard feeling was/ }).waitFor();
  assert.ok(await page.locator('.practice-line').count() >= 10, 'the sample practices are listed');

  await shell.open('/calm');
  await banner.waitFor();

  await shell.openGrownUps();
  await shell.nicknameField().fill('Sammy');
  await shell.nicknameField().press('Enter');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.deepEqual(await everythingStored(page), before, 'nothing of the family was touched during the demo');

  await page.getByRole('button', { name: 'End the demo' }).tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  assert.equal(await banner.count(), 0);
  assert.equal(await shell.heading().textContent(), 'Hello, Leo!');
  assert.deepEqual(await everythingStored(page), before, "the family's data is byte-for-byte as it was");
  const sandbox = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('calm-together.')));
  assert.deepEqual(sandbox, [], 'the sandbox is thrown away');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Delete everything" inside the demo empties the demo, and the tab stays in the demo', async () => {
  const { context, page, errors, shell, before, banner } = await inTheDemo();

  await shell.openGrownUps();
  await page.getByRole('button', { name: 'Delete everything on this tablet' }).tap();
  await page.getByRole('button', { name: 'Yes, delete everything' }).tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  // Still the demo (now empty), never the family's real children without a word.
  await banner.waitFor();
  assert.notEqual(await shell.heading().textContent(), 'Hello, Leo!');
  assert.deepEqual(await everythingStored(page), before, "the family's data is untouched");
  await shell.openGrownUps();
  await page.getByRole('button', { name: 'End the demo' }).tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), 'Hello, Leo!');
  assert.deepEqual(errors, []);
  await context.close();
});
