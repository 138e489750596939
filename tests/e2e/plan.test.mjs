// The week's practice: planned in Grown-ups, shown on Home on the day with one tap to start,
// and marked done when the practice ends. Time is Playwright's clock, fixed on a Wednesday.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { CalmPage } from './pages/calm.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const WEDNESDAY = new Date(2026, 10, 25, 10, 0, 0);

test("a plan made in Grown-ups shows on Home on its day, starts in one tap, and is marked done", async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  await page.clock.install({ time: WEDNESDAY });
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  const calm = new CalmPage(page);

  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await shell.nicknameField().press('Enter');
  const plan = page.getByRole('region', { name: "This week's practice" });
  await plan.getByText('Nothing planned yet.').waitFor();
  await plan.getByRole('combobox', { name: 'Something to practise' }).selectOption({ label: 'Balloon breathing' });
  await plan.getByRole('button', { name: 'Add to the plan' }).tap();
  const balloon = plan.getByRole('group', { name: 'Balloon breathing' });
  for (const day of ['Monday', 'Wednesday', 'Friday']) await balloon.getByRole('button', { name: day }).tap();
  assert.equal(await balloon.getByRole('button', { name: 'Wednesday' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await balloon.getByRole('button', { name: 'Tuesday' }).getAttribute('aria-pressed'), 'false');
  await plan.getByRole('combobox', { name: 'Something to practise' }).selectOption({ label: 'Read a story together' });
  await plan.getByRole('button', { name: 'Add to the plan' }).tap();
  await plan.getByRole('group', { name: 'Read a story together' }).getByRole('button', { name: 'Sunday' }).tap();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  // Wednesday on Home: only the breathing, ready to start.
  await shell.open('/');
  const today = page.getByRole('region', { name: "Today's practice" });
  const items = today.getByRole('link');
  assert.deepEqual(await items.allTextContents(), ['Balloon breathingStart']);
  await items.first().tap();
  await page.waitForURL(app.url + '/calm/balloon');
  await shell.waitUntilReady();
  await calm.skipGrownUpFirst();
  await calm.button('Skip').tap();
  await calm.button('3 breaths').tap();
  await calm.button('Start').tap();
  await page.clock.runFor(30_000);
  await page.getByRole('heading', { name: 'How are we now?' }).waitFor();
  await calm.button('Skip').tap();
  await calm.button('Done').tap();
  await page.waitForURL(app.url + '/calm');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  await shell.open('/');
  assert.deepEqual(await items.allTextContents(), ['Balloon breathingDone today']);
  assert.equal(await items.first().getAttribute('href'), '/calm/balloon', 'it can be done again');

  // Thursday: nothing planned, so nothing is shown (and nothing is said about it).
  await page.clock.fastForward('24:00:00');
  await shell.reload();
  assert.equal(await today.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a planned story is named on Home, opens to be read, and reading to the end marks it done', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const sunday = new Date(2026, 10, 29, 10, 0, 0);
  await page.clock.install({ time: sunday });
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await page.evaluate((now) => {
    const envelope = (data) => JSON.stringify({ schema: 1, revision: 1, saved_at: now, writer: 'test', data });
    localStorage.setItem('calm-together.family', envelope({
      children: [{ id: 'mia', nickname: 'Mia', plan: { items: [{ activity: 'read-story-7', days: 64, title: 'Our dog' }], done: [] } }],
      current_child: 'mia',
    }));
    localStorage.setItem('calm-together.story-index', envelope({ stories: [{ id: 7, title: 'Our dog', child: 'mia', cover: null, changed_at: now, pages: 1 }] }));
    localStorage.setItem('calm-together.story.7', envelope({
      id: 7, title: 'Our dog', child: 'mia', template: 'blank', created_at: now, changed_at: now,
      pages: [{ id: 1, chapter: 'now-we-are-safe', bg: 'home-inside', words: 'Now we are safe.' }],
    }));
  }, sunday.getTime());
  await shell.reload();
  const item = page.getByRole('region', { name: "Today's practice" }).getByRole('link');
  assert.deepEqual(await item.allTextContents(), ['Read “Our dog”Start']);
  await item.tap();
  await page.waitForURL(app.url + '/stories/7/read');
  await shell.waitUntilReady();
  await page.getByRole('button', { name: 'Next page' }).tap();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.open('/');
  assert.deepEqual(await item.allTextContents(), ['Read “Our dog”Done today']);
  assert.deepEqual(errors, []);
  await context.close();
});
