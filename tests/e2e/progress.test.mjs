// Progress with real logged practices: the counts, a leaf on the days practised, the before/after
// chart, each practice with its check-ins, and nothing of another child's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { ProgressPage, CHART_SIZE_NAME, CHART_CALM_NAME } from './pages/progress.mjs';

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
  await page.getByText('Before: Worried (Big), grown-up calm 2 of 5 · After: Calm (Small), grown-up calm 4 of 5').waitFor();
  await page.getByText('Stopped when it felt right').waitFor();
  const today = page.locator('.calendar-day.today');
  assert.match(await today.getAttribute('class'), /practised/);
  assert.match(await today.textContent(), /practised/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart renders with real logged practices', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  const progress = new ProgressPage(page);
  await shell.open('/progress');
  await page.getByText('When you answer the check-ins before and after a practice, they show here as a picture over the weeks.').waitFor();
  assert.equal(await page.getByRole('img', { name: /over the last 8 weeks/ }).count(), 0, 'no empty chart');

  const weeks = await progress.seedWeeksOfCheckIns();
  await shell.reload();
  await page.getByRole('heading', { name: 'Before and after', level: 2 }).waitFor();
  for (const name of [CHART_SIZE_NAME, CHART_CALM_NAME]) await progress.chart(name).waitFor();

  // Points sit over their week's date: weeks 4, 5 and 7 answered; week 6 (check-ins skipped) is a gap.
  const xOf = (locator) => locator.evaluateAll((marks) => marks.map((m) => Number(m.getAttribute('x') ?? m.getAttribute('cx'))));
  for (const question of ['feeling-size', 'grown-up-calm']) {
    const dateX = await xOf(progress.series(question, 'weeks').locator('text'));
    assert.equal(dateX.length, 8);
    const answeredX = [dateX[4], dateX[5], dateX[7]];
    for (const moment of ['before', 'after']) {
      const series = progress.series(question, moment);
      const xs = await xOf(series.locator('circle'));
      assert.deepEqual(xs, answeredX, `${question} ${moment}: a point in weeks 4, 5 and 7 only`);
      const lines = await series.locator('polyline').evaluateAll((lines) => lines.map((l) => l.getAttribute('points').split(' ').length));
      assert.deepEqual(lines, [2], `${question} ${moment}: weeks 4 to 5 joined, the line broken at week 6`);
    }
  }

  const table = await progress.openTable();
  const rows = await table.getByRole('row').evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())));
  const none = '–no answers';
  assert.deepEqual(rows.slice(1), [
    ...weeks.slice(0, 4).map((week) => [week, '0', none, none, none, none]),
    [weeks[4], '1', '4.0', '2.0', '2.0', '5.0'],
    [weeks[5], '1', '5.0', '3.0', '1.0', '3.0'],
    [weeks[6], '2', none, none, none, none],
    [weeks[7], '2', '3.5', '1.5', '2.5', '4.0'],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});
