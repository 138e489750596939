// Progress with real logged practices: the counts, a leaf on the days practised, each practice
// with its check-ins, and nothing of another child's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('Progress shows this week, the days practised and each practice, for the child here', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/progress');
  await page.getByText('Nothing here yet.', { exact: false }).waitFor();

  const now = Date.now();
  await page.evaluate((now) => {
    const envelope = (data) => JSON.stringify({ schema: 1, revision: 1, saved_at: now, writer: 'test', data });
    localStorage.setItem('calm-together.family', envelope({
      children: [{ id: 'mia', nickname: 'Mia' }, { id: 'leo', nickname: 'Leo' }], current_child: 'mia',
    }));
    const practice = (id, child, at, ending, before, after) => ({ id, child, exercise: 'balloon', started_at: at, ended_at: at + 60000, ending, before, after });
    localStorage.setItem('calm-together.practice-log', envelope({ practices: [
      practice('p1', 'mia', now - 60000, 'completed', { feeling: 'worried', size: 4, grown_up_calm: 2 }, { feeling: 'calm', size: 2, grown_up_calm: 4 }),
      practice('p2', 'mia', now - 30000, 'stopped-early', null, null),
      practice('p3', 'leo', now - 20000, 'completed', null, null),
    ] }));
  }, now);
  await shell.reload();
  const counts = page.locator('.progress-count');
  assert.match(await counts.first().textContent(), /^2\s*practices this week$/);
  assert.equal(await page.locator('.practice-line').count(), 2, "Leo's practice is not in Mia's list");
  await page.getByText('Before: Worried (Big), grown-up calm 2 of 5 · After: Calm (A little), grown-up calm 4 of 5').waitFor();
  await page.getByText('Stopped when it felt right').waitFor();
  const today = page.locator('.calendar-day.today');
  assert.match(await today.getAttribute('class'), /practised/);
  assert.match(await today.textContent(), /practised/);
  assert.deepEqual(errors, []);
  await context.close();
});
