// Reduced motion, honoured everywhere: with `prefers-reduced-motion: reduce` every pacer is in
// its gentle mode (nothing grows, moves or spins: it brightens and counts), and no transition
// or animation on any screen takes time. The same pacers do move when motion is welcome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { seedFamily } from './pages/family.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const NO_GROWN_UP_FIRST = { 'calm-settings': { grown_up_first: false, chime: false } };

/** A tablet whose practices start at the check-in; `reduce` asks for reduced motion. */
async function openTablet({ reduce, settings = NO_GROWN_UP_FIRST }) {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  await page.clock.install();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await seedFamily(page, settings);
  return { context, page, shell };
}

/** Opens an exercise, skips the check-in and runs it for `ms`. */
async function startExercise(page, shell, slug, ms = 500) {
  await shell.open(`/calm/${slug}`);
  await page.getByRole('button', { name: 'Skip', exact: true }).tap();
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  await page.clock.runFor(ms);
}

/** The transform of everything drawn in the pacer, as the screen shows it now. */
function pacerTransforms(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="pacer"], [data-testid="pacer"] *')]
    .map((e) => `${e.className?.baseVal ?? e.className} ${getComputedStyle(e).transform}`));
}

/** The longest transition or animation any element on the page has, in milliseconds. */
function longestMotion(page) {
  return page.evaluate(() => {
    const ms = (list) => list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000));
    let longest = 0;
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        longest = Math.max(longest, ...ms(style.transitionDuration), ...ms(style.animationDuration));
      }
    }
    return longest;
  });
}

const EXERCISES = ['balloon', 'flower-and-candle', 'bubble', 'starfish-hand', 'birthday-candles', 'box-breathing',
  'spaghetti-body', 'turtle-time', 'butterfly-hug', 'five-senses'];

for (const slug of EXERCISES) {
  test(`with reduced motion, ${slug} is gentle: nothing in it moves while a step goes on`, async () => {
    const { context, page, shell } = await openTablet({ reduce: true });
    await startExercise(page, shell, slug);
    assert.match(await page.getByTestId('pacer').getAttribute('class'), /\bgentle\b/);
    const before = await pacerTransforms(page);
    await page.clock.runFor(700);
    assert.deepEqual(await pacerTransforms(page), before);
    assert.equal(await page.locator('.pacer-seconds').isVisible(), true, 'the seconds are counted instead');
    assert.ok(await longestMotion(page) <= 0.01, 'no transition takes time');
    await context.close();
  });
}

test('without reduced motion, the balloon grows with the breath (the check above is not empty)', async () => {
  const { context, page, shell } = await openTablet({ reduce: false });
  await startExercise(page, shell, 'balloon');
  assert.doesNotMatch(await page.getByTestId('pacer').getAttribute('class'), /\bgentle\b/);
  const before = await pacerTransforms(page);
  await page.clock.runFor(700);
  assert.notDeepEqual(await pacerTransforms(page), before);
  await context.close();
});

test('the Gentle pictures setting makes a pacer gentle without the system setting', async () => {
  const { context, page, shell } = await openTablet({
    reduce: false,
    settings: { 'calm-settings': { grown_up_first: false, chime: false, gentle_visuals: true } },
  });
  await startExercise(page, shell, 'starfish-hand');
  assert.match(await page.getByTestId('pacer').getAttribute('class'), /\bgentle\b/);
  const before = await pacerTransforms(page);
  await page.clock.runFor(700);
  assert.deepEqual(await pacerTransforms(page), before);
  await context.close();
});

test('with reduced motion, no screen has a transition or animation that takes time', async () => {
  const { context, page, shell } = await openTablet({ reduce: true });
  for (const path of ['/', '/calm', '/stories', '/progress', '/grown-ups']) {
    await shell.open(path);
    assert.ok(await longestMotion(page) <= 0.01, `${path}: nothing animates`);
  }
  await shell.open('/stories');
  await page.getByRole('button', { name: 'New story' }).tap();
  await page.getByRole('button', { name: /^Our story/ }).tap();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  await page.getByRole('button', { name: 'Quick hide' }).tap();
  assert.ok(await longestMotion(page) <= 0.01, 'the editor and its cover: nothing animates');
  const lasting = await page.evaluate(() => document.getAnimations().filter((a) => a.effect.getTiming().duration > 0.01).length);
  assert.equal(lasting, 0, 'no animation lasts');
  await context.close();
});
