// Whole practices on a tablet, with time moved by Playwright's clock (which drives Date,
// performance.now, timers and requestAnimationFrame), so minutes pass in moments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { CalmPage } from './pages/calm.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function openTablet() {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  await page.clock.install();
  const errors = collectPageErrors(page);
  return { context, page, errors, shell: new AppPage(page, app.url), calm: new CalmPage(page) };
}

test('a whole Balloon breathing practice with both check-ins is kept in the log', async () => {
  const { context, page, errors, shell, calm } = await openTablet();
  await shell.open('/calm');
  await calm.exerciseCard('Balloon breathing').tap();
  await page.waitForURL(app.url + '/calm/balloon');
  await shell.waitUntilReady();
  // The family's first practice says when to stop, where it cannot be missed.
  const dizzy = page.getByText('If anyone feels dizzy or tingly, stop and breathe normally.', { exact: false });
  assert.equal(await dizzy.filter({ visible: true }).count(), 1);
  await calm.skipGrownUpFirst();

  await page.getByRole('heading', { name: 'Before we start' }).waitFor();
  await calm.checkIn({ feeling: 'Worried', size: 'Big', calm: 2 });

  await calm.button('3 breaths').tap();
  await calm.button('Start').tap();
  assert.equal(await calm.cue().textContent(), 'Fill the balloon');
  await page.clock.runFor(3_500);
  assert.equal(await calm.cue().textContent(), 'Let the air out slowly');
  assert.match(await page.getByText(/^Breath \d of 3$/).textContent(), /Breath 1 of 3/);

  await calm.button('Pause').tap();
  assert.match(await calm.cue().textContent(), /Paused/);
  await page.clock.runFor(60_000);
  await calm.button('Keep going').tap();
  assert.equal(await calm.cue().textContent(), 'Let the air out slowly', 'the timeline did not move while paused');
  await page.clock.runFor(18_000);

  await page.getByRole('heading', { name: 'How are we now?' }).waitFor();
  await calm.checkIn({ feeling: 'Calm', size: 'Small', calm: 4 });
  await page.getByRole('heading', { name: 'We did it together.' }).waitFor();
  await calm.button('Done').tap();
  await page.waitForURL(app.url + '/calm');
  await shell.waitUntilReady();

  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.reload();
  const [practice] = await calm.practiceLog();
  assert.equal(practice.exercise, 'balloon');
  assert.equal(practice.ending, 'completed');
  assert.deepEqual(practice.before, { feeling: 'worried', size: 4, grown_up_calm: 2 });
  assert.deepEqual(practice.after, { feeling: 'calm', size: 2, grown_up_calm: 4 });
  assert.ok(practice.ended_at - practice.started_at >= 21_000, 'it lasted the three breaths and the pause');
  assert.deepEqual(errors, []);
  await context.close();
});

test('stopping early is fine, skipping check-ins is fine, and both are kept as they were', async () => {
  const { context, page, shell, calm } = await openTablet();
  await shell.open('/calm/butterfly-hug');
  await calm.skipGrownUpFirst();
  await calm.button('Skip').tap();
  await calm.button('Start').tap();
  await page.clock.runFor(2_000);
  await calm.button('Stop').tap();
  await page.getByRole('heading', { name: 'How are we now?' }).waitFor();
  await calm.button('Skip').tap();
  await page.getByRole('heading', { name: /We stopped when we needed to/ }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const [practice] = await calm.practiceLog();
  assert.equal(practice.exercise, 'butterfly-hug');
  assert.equal(practice.ending, 'stopped-early');
  assert.equal(practice.before, null);
  assert.equal(practice.after, null);
  await context.close();
});

test('the exercise pauses itself when the tablet hides the page', async () => {
  const { context, page, shell, calm } = await openTablet();
  await shell.open('/calm/bubble');
  await calm.skipGrownUpFirst();
  await calm.button('Skip').tap();
  await calm.button('Start').tap();
  await page.clock.runFor(1_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  assert.match(await calm.cue().textContent(), /Paused/);
  assert.ok(await calm.button('Keep going').isVisible());
  await context.close();
});

test('grown-up first: three slow breaths for the grown-up, then the check-in', async () => {
  const { context, page, shell, calm } = await openTablet();
  await shell.open('/calm/balloon');
  await page.getByRole('heading', { name: 'Grown-up first' }).waitFor();
  await calm.button('Start').tap();
  await page.clock.runFor(3 * 10_000 + 500);
  await page.getByRole('heading', { name: 'Before we start' }).waitFor();
  await context.close();
});

for (const name of [
  'Balloon breathing', 'Flower and candle', 'Bubble breathing', 'Starfish hand', 'Birthday candles',
  'Box breathing', 'Spaghetti body', 'Turtle time', 'Butterfly hug', '5-4-3-2-1 senses',
  // With no age given, the practices done holding a baby are on the list too, last.
  'Chest to chest', 'Rock and sway', 'Hum a lullaby', 'Say what your baby feels',
]) {
  test(`${name} runs from start to its gentle end`, async () => {
    const { context, page, errors, shell, calm } = await openTablet();
    await shell.open('/calm');
    await calm.exerciseCard(name).tap();
    await calm.skipGrownUpFirst();
    await calm.button('Skip').tap();
    await calm.button('Start').tap();
    const first = await calm.cue().textContent();
    assert.ok(first.length > 2, `a first cue is shown: ${first}`);
    // Half a minute at a time until the practice ends (each lasts under seven minutes).
    const after = page.getByRole('heading', { name: 'How are we now?' });
    for (let ran = 0; ran < 400_000 && !(await after.isVisible()); ran += 30_000) {
      await page.clock.runFor(30_000);
    }
    await after.waitFor();
    await calm.button('Skip').tap();
    await page.getByRole('heading', { name: 'We did it together.' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the grown-up's calm settings are kept, and odd saved values stay in safe ranges", async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.openGrownUps();
  await page.evaluate(() => localStorage.setItem('calm-together.calm-settings', JSON.stringify({
    schema: 1, revision: 1, saved_at: 1, writer: 'hand', data: { volume: 200, speed_step: 100 },
  })));
  await shell.reload();
  await shell.passGate();
  const volume = page.getByRole('group', { name: 'Chime volume' });
  const pace = page.getByRole('group', { name: 'Pace' });
  assert.match(await volume.textContent(), /10 \/ 10/);
  assert.match(await pace.textContent(), /Faster/);
  await pace.getByRole('button', { name: 'Slower' }).tap();
  assert.match(await pace.textContent(), /A bit faster/);
  const chime = page.getByRole('checkbox', { name: 'A soft chime when it is time to change' });
  assert.equal(await chime.isChecked(), true);
  await chime.tap();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.reload();
  await shell.passGate();
  assert.equal(await chime.isChecked(), false);
  assert.deepEqual(errors, []);
  await context.close();
});
