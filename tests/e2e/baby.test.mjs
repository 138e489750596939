// Calming with a baby (0–2): for a baby, Calm together opens with the practices a grown-up
// does holding the baby; the baby's safety is always in sight; the pacer leads the grown-up's
// own slow breath, with words to say softly; the check-in asks how the baby seems; a child of
// 3–6 is not offered them. Time is moved by Playwright's clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { CalmPage } from './pages/calm.mjs';
import { seedFamily } from './pages/family.mjs';
import { violations } from './axe.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const BABY_PRACTICES = ['Chest to chest', 'Rock and sway', 'Hum a lullaby', 'Say what your baby feels'];

async function openTablet({ age, options = TABLET_LANDSCAPE, locale = 'en-US' } = {}) {
  const context = await app.browser.newContext({ ...options, locale });
  const page = await context.newPage();
  await page.clock.install();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  const child = { id: 'luz', nickname: 'Luz', ...(age ? { age_band: age } : {}) };
  await seedFamily(page, { family: { children: [child], current_child: 'luz' } });
  return { context, page, errors, shell, calm: new CalmPage(page) };
}

/** The shelves' titles in the order the list shows them. */
async function shelves(page) {
  return page.locator('main h2.shelf-title').allTextContents();
}

test('for a baby, Calm together opens with the practices done holding the baby; a whole Chest to chest is kept', async () => {
  const { context, page, errors, shell, calm } = await openTablet({ age: 'toddler' });
  await shell.open('/calm');
  assert.deepEqual(await shelves(page), ['With a baby (0–2)', 'Breathing', 'Body and senses']);
  const baby = page.getByRole('region', { name: 'With a baby (0–2)' });
  await baby.getByText('For the grown-up holding a baby: your baby calms through your body and your voice.').waitFor();
  for (const name of BABY_PRACTICES) await baby.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.screenshot({ path: 'target/screenshots/baby-calm-list-landscape.png' });

  await calm.exerciseCard('Chest to chest').tap();
  await page.waitForURL(app.url + '/calm/chest-to-chest');
  await shell.waitUntilReady();
  // Safe sleep, where it cannot be missed, every time: not only in the grown-up's panel.
  const safeSleep = page.getByText('Stay awake while your baby is on your chest. If you feel sleepy, lay your baby on their back in their own crib. Never fall asleep with your baby on a sofa or armchair.');
  assert.equal(await safeSleep.filter({ visible: true }).count(), 1);
  await calm.skipGrownUpFirst();

  await page.getByRole('heading', { name: 'Before we start' }).waitFor();
  // The grown-up answers for the baby.
  await page.getByRole('group', { name: 'How does your baby seem?' }).getByRole('button', { name: 'Scared' }).tap();
  await page.getByRole('group', { name: 'How big is the feeling?' }).getByRole('button', { name: 'Big' }).tap();
  await calm.button('Next').tap();

  // Minutes, not breaths: a baby settles slowly. The pace is the grown-up's own: 4 s in, 6 s out.
  assert.deepEqual(
    await page.getByRole('group', { name: 'How long?' }).getByRole('button').allTextContents(),
    ['1 minute', '2 minutes', '3 minutes'],
  );
  await calm.button('1 minute').tap();
  await calm.button('Start').tap();
  assert.equal(await calm.cue().textContent(), 'Breathe in slowly');
  await page.getByText('Say softly: "I\'ve got you."').waitFor();
  await page.clock.runFor(4_500);
  assert.equal(await calm.cue().textContent(), 'Breathe out long and slow');
  assert.match(await page.getByText(/^Breath \d of \d+$/).textContent(), /^Breath 1 of 6$/);
  await page.clock.runFor(6_000);
  assert.equal(await calm.cue().textContent(), 'Breathe in slowly');
  await page.getByText('Say softly: "You\'re safe with me."').waitFor();
  assert.deepEqual(await violations(page), []);
  await page.screenshot({ path: 'target/screenshots/baby-chest-to-chest-landscape.png' });
  await page.clock.runFor(60_000);

  await page.getByRole('heading', { name: 'How are we now?' }).waitFor();
  await page.getByRole('group', { name: 'How does your baby seem?' }).getByRole('button', { name: 'Calm' }).tap();
  await calm.button('Next').tap();
  await page.getByRole('heading', { name: 'We did it together.' }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const [practice] = await calm.practiceLog();
  assert.equal(practice.exercise, 'chest-to-chest');
  assert.equal(practice.child, 'luz');
  assert.deepEqual([practice.before.feeling, practice.after.feeling], ['scared', 'calm']);
  const stored = JSON.parse(await shell.stored('calm-together.practice-log'));
  assert.equal(stored.schema, 3, 'the practice log knows the baby practices from version 3');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Rock and sway tips one way and back every 2.5 seconds, says never to shake a baby, and is gentle without motion', async () => {
  const { context, page, errors, shell, calm } = await openTablet({ age: 'toddler', options: TABLET_PORTRAIT });
  await shell.open('/calm/rock-and-sway');
  await page.getByText('Always gentle: support your baby\'s head, and never shake a baby. If you feel angry or overwhelmed, lay your baby on their back in their crib, step away for a few minutes to calm yourself, then come back.').waitFor();
  await calm.skipGrownUpFirst();
  await calm.button('Skip').tap();
  await calm.button('Start').tap();
  const pacer = page.getByTestId('pacer');
  const seen = [];
  for (let i = 0; i < 4; i += 1) {
    seen.push([await pacer.getAttribute('data-cue'), await calm.cue().textContent()]);
    await page.clock.runFor(2_500);
  }
  assert.deepEqual(seen, [['sway', 'Sway this way'], ['sway-back', 'And back'], ['sway', 'Sway this way'], ['sway-back', 'And back']]);
  await page.getByText(/^Sway 3 of 24$/).waitFor();
  // The moon really tips: a rotation, never a jump (only transform changes).
  const turned = await page.locator('.pacer-sway').evaluate((img) => getComputedStyle(img).transform);
  assert.notEqual(turned, 'none');
  await page.screenshot({ path: 'target/screenshots/baby-rock-and-sway-portrait.png' });
  await calm.button('Stop').tap();
  await page.getByRole('heading', { name: 'How are we now?' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Say what your baby feels: look, say the feeling, comfort, then breathe slowly together', async () => {
  const { context, page, errors, shell, calm } = await openTablet({ age: 'toddler' });
  await shell.open('/calm/say-what-they-feel');
  await page.getByText('If your baby falls asleep, lay them on their back in their own crib.').waitFor();
  await page.getByText('For the grown-up', { exact: true }).tap();
  await page.getByText('"You got scared. I\'m here. You\'re safe with me."', { exact: false }).waitFor();
  await calm.skipGrownUpFirst();
  await calm.button('Skip').tap();
  await calm.button('Start').tap();
  const said = [];
  for (const ms of [8_000, 7_000, 6_000, 6_000]) {
    said.push(await calm.cue().textContent());
    await page.clock.runFor(ms);
  }
  assert.deepEqual(said, ['Look at your baby\'s face', 'Say: "You got scared."', 'Say: "I\'m here."', 'Say: "You\'re safe with me."']);
  assert.equal(await calm.cue().textContent(), 'Hold your baby close: breathe in');
  await page.clock.runFor(40_000);
  await page.getByRole('heading', { name: 'How are we now?' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a child of 3 to 6 is not offered the baby practices, in Calm together or in the plan; with no age given they come last', async () => {
  const { context, page, errors, shell } = await openTablet({ age: 'preschool' });
  await shell.open('/calm');
  assert.deepEqual(await shelves(page), ['Breathing', 'Body and senses']);
  await shell.openGrownUps();
  const options = await page.getByRole('region', { name: "This week's practice" })
    .getByRole('combobox', { name: 'Something to practise' }).locator('option').allTextContents();
  for (const name of BABY_PRACTICES) assert.ok(!options.includes(name), `${name} is not offered for a preschooler`);
  assert.ok(options.includes('Balloon breathing'));
  await context.close();

  const noAge = await openTablet();
  await noAge.shell.open('/calm');
  assert.deepEqual(await shelves(noAge.page), ['Breathing', 'Body and senses', 'With a baby (0–2)']);
  assert.deepEqual([...errors, ...noAge.errors], []);
  await noAge.context.close();
});

test('in Spanish, the baby practices, their safety and the words to say are Spanish', async () => {
  const { context, page, errors, shell, calm } = await openTablet({ age: 'toddler', locale: 'es-MX' });
  await shell.open('/calm');
  assert.deepEqual(await shelves(page), ['Con un bebé (0 a 2 años)', 'Respiración', 'Cuerpo y sentidos']);
  await calm.exerciseCard('Pecho con pecho').tap();
  await page.getByText('No se duerma mientras su bebé está sobre su pecho.', { exact: false }).waitFor();
  await page.getByRole('heading', { name: 'Primero, la persona adulta' }).waitFor();
  await page.getByRole('button', { name: 'Saltar', exact: true }).tap();
  await page.getByRole('group', { name: '¿Cómo se ve su bebé?' }).waitFor();
  await page.getByRole('button', { name: 'Saltar', exact: true }).tap();
  await page.getByRole('button', { name: 'Empezar', exact: true }).tap();
  assert.equal(await calm.cue().textContent(), 'Tome aire despacio');
  await page.getByText('Diga bajito: “Te tengo”.').waitFor();
  await page.screenshot({ path: 'target/screenshots/baby-chest-to-chest-spanish.png' });
  assert.deepEqual(errors, []);
  await context.close();
});
