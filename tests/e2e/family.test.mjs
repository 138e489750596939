// Several children on one tablet: added in Grown-ups, chosen on Home, each with their own
// stories.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { StoryPage } from './pages/story.mjs';
import { seedFamily, twoChildren } from './pages/family.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('two children stay separate: each has their own picture, name and stories', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  const story = new StoryPage(page);

  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await page.getByRole('button', { name: 'Fox' }).tap();
  await page.getByRole('textbox', { name: /Their grown-ups/ }).fill('Mama and Grandpa');
  await page.getByRole('textbox', { name: /Their grown-ups/ }).press('Enter');
  await page.getByRole('button', { name: 'Add a child' }).tap();
  await page.getByRole('textbox', { name: "The new child's name" }).fill('Leo');
  await page.getByRole('button', { name: 'Add', exact: true }).tap();
  const children = page.getByRole('group', { name: 'Who is using Calm Together?' });
  assert.deepEqual(await children.getByRole('button').allTextContents(), ['Mia', 'Leo']);
  assert.equal(await children.getByRole('button', { name: 'Leo' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await shell.nicknameField().inputValue(), 'Leo', 'the new child is the one being set up');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  // Leo makes a story.
  await shell.open('/stories');
  await story.newStory('All about me');
  await shell.waitUntilReady();
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await page.getByRole('link', { name: /^All about me/ }).waitFor();

  // On Home, Mia is chosen: her shelf does not hold Leo's story.
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, Leo!');
  const who = page.getByRole('group', { name: 'Who is here?' });
  await who.getByRole('button', { name: 'Mia' }).tap();
  assert.equal(await shell.heading().textContent(), 'Hello, Mia!');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.open('/stories');
  await page.getByText('No stories yet.').waitFor();

  const family = JSON.parse(await shell.stored('calm-together.family')).data;
  const mia = family.children.find((c) => c.nickname === 'Mia');
  assert.equal(mia.avatar, 'fox');
  assert.equal(mia.grown_ups, 'Mama and Grandpa');
  assert.equal(family.current_child, mia.id);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first time, a gentle welcome asks only a name (and age, if liked) or can be skipped', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  const welcome = page.getByRole('region', { name: 'Welcome to Calm Together' });
  assert.ok(await welcome.isVisible());
  assert.deepEqual(await shell.storedKeys(), [], 'showing the welcome writes nothing');
  await welcome.getByRole('textbox').fill('Ana');
  await welcome.getByRole('button', { name: '3 to 4 years' }).tap();
  await welcome.getByRole('button', { name: "Let's begin" }).tap();
  assert.equal(await shell.heading().textContent(), 'Hello, Ana!');
  assert.equal(await welcome.count(), 0, 'the welcome is done');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const family = JSON.parse(await shell.stored('calm-together.family')).data;
  assert.equal(family.children[0].age_band, 'preschool');

  const other = await app.browser.newContext(TABLET_LANDSCAPE);
  const second = await other.newPage();
  const skipping = new AppPage(second, app.url);
  await skipping.open('/');
  await second.getByRole('button', { name: 'Skip for now' }).tap();
  assert.equal(await skipping.heading().textContent(), 'Hello, friend!');
  await second.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await skipping.reload();
  assert.equal(await second.getByRole('region', { name: 'Welcome to Calm Together' }).count(), 0, 'skipped for good');
  await other.close();
  await context.close();
});

test("taking a child off the tablet needs a 2-second hold and removes only their own stories and practices", async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await seedFamily(page, twoChildren(Date.now()));
  await shell.openGrownUps();
  const section = page.locator('.remove-child');
  await section.getByText('This takes Leo off this tablet, with 1 story and 1 practice.', { exact: false }).waitFor();
  const hold = page.getByRole('button', { name: 'Take Leo off this tablet' });
  await hold.tap();
  await page.waitForTimeout(2_300);
  assert.equal(await page.getByRole('group', { name: 'Who is using Calm Together?' }).getByRole('button').count(), 2, 'a quick tap changes nothing');

  await hold.dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await page.getByText('Leo is no longer on this tablet.').waitFor({ timeout: 4_000 });
  await hold.dispatchEvent('pointerup', { pointerType: 'touch', bubbles: true }).catch(() => {});
  const children = page.getByRole('group', { name: 'Who is using Calm Together?' });
  assert.deepEqual(await children.getByRole('button').allTextContents(), ['Mia']);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const keys = await shell.storedKeys();
  assert.ok(!keys.includes('calm-together.story.102'), "Leo's story is gone");
  assert.ok(keys.includes('calm-together.story.101') && keys.includes('calm-together.story.103'), "Mia's and the shared story stay");
  const log = JSON.parse(await shell.stored('calm-together.practice-log')).data.practices;
  assert.deepEqual(log.map((p) => p.id), ['p1']);
  const index = JSON.parse(await shell.stored('calm-together.story-index')).data.stories;
  assert.deepEqual(index.map((c) => c.id).sort(), [101, 103]);
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, Mia!');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a larger text size in Grown-ups makes every screen larger, and stays chosen', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.openGrownUps();
  const sizes = page.getByRole('group', { name: 'Text size' });
  await sizes.getByRole('button', { name: 'Larger' }).tap();
  assert.equal(await sizes.getByRole('button', { name: 'Larger' }).getAttribute('aria-pressed'), 'true');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.open('/');
  const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.equal(rootSize, '20.8px', '130% of 16px');
  await context.close();
});

test('a family who never saved a backup is reminded kindly two weeks after they began', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  const reminder = page.getByText('it has been a while since your last backup', { exact: false });
  await seedFamily(page, { family: { children: [{ id: 'mia', nickname: 'Mia' }], current_child: 'mia' } });
  await shell.reload();
  assert.ok(!(await reminder.isVisible()), 'not on the first days');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const first = JSON.parse(await shell.stored('calm-together.family')).data.first_used_at;
  assert.ok(Math.abs(first - Date.now()) < 60_000, 'the first use is remembered');
  await seedFamily(page, { family: { children: [{ id: 'mia', nickname: 'Mia' }], current_child: 'mia', first_used_at: Date.now() - 15 * 86_400_000 } });
  await shell.reload();
  await reminder.waitFor();
  await context.close();
});
