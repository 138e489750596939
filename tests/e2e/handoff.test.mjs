// The week's plan, sent from the therapist's tablet to the family's with no server: a QR code
// and a link (the plan in its #fragment), opened in a fresh browser, taken, and shown on Home on
// its days. The QR code is decoded back to the link, as a tablet camera would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, collectPageErrors, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { violations } from './axe.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const WEDNESDAY = new Date(2026, 10, 25, 10, 0, 0);

/** Plans activities and their days on the therapist's tablet, behind the gate. */
async function plan(page, entries) {
  const panel = page.getByRole('region', { name: "This week's practice" });
  for (const [name, days] of entries) {
    await panel.getByRole('combobox', { name: 'Something to practise' }).selectOption({ label: name });
    await panel.getByRole('button', { name: 'Add to the plan' }).tap();
    const row = panel.getByRole('group', { name });
    for (const day of days) await row.getByRole('button', { name: day }).tap();
  }
  return panel;
}

/** Opens the send sheet and reads its link, checking the QR code says the same. */
async function sendSheet(page) {
  await page.getByRole('button', { name: "Send to the family's tablet" }).tap();
  const sheet = page.getByRole('dialog', { name: "Send this week's plan to the family's tablet" });
  await sheet.waitFor();
  const link = await sheet.getByLabel("The plan's link", { exact: true }).textContent();
  const shot = PNG.sync.read(await sheet.getByRole('img', { name: "QR code of the plan's link" }).screenshot());
  const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  assert.ok(decoded, 'the QR code can be read');
  assert.equal(decoded.data, link, 'the QR code holds the link shown');
  return { sheet, link };
}

async function therapistTablet() {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.openGrownUps();
  await shell.nicknameField().fill('Session demo');
  await shell.nicknameField().press('Enter');
  return { context, page, shell };
}

test("a plan sent by QR code from the therapist's tablet is taken on the family's and shown on Home on its days", async () => {
  const therapist = await therapistTablet();
  const therapistErrors = collectPageErrors(therapist.page);
  const send = therapist.page.getByRole('button', { name: "Send to the family's tablet" });
  assert.equal(await send.isDisabled(), true, 'nothing to send before a day is chosen');
  await plan(therapist.page, [['Balloon breathing', ['Monday', 'Wednesday', 'Friday']], ['Read a story together', ['Sunday']]]);
  const { sheet, link } = await sendSheet(therapist.page);
  assert.match(link, new RegExp(`^${app.url}/plan#plan-v1:balloon=135,read-story=7;check=[0-9a-f]{6}$`));
  assert.deepEqual(await sheet.getByRole('listitem').allTextContents(), [
    'Balloon breathing: Monday, Wednesday and Friday',
    'Read a story together: Sunday',
  ]);
  await sheet.getByText('No names, no stories, no check-ins.', { exact: false }).waitFor();
  assert.deepEqual(await violations(therapist.page), []);
  for (const size of [TABLET_LANDSCAPE.viewport, TABLET_PORTRAIT.viewport]) {
    await therapist.page.setViewportSize(size);
    await therapist.page.screenshot({ path: `target/screenshots/plan-send-${size.width}x${size.height}.png` });
  }
  await therapist.page.setViewportSize(TABLET_LANDSCAPE.viewport);

  // Printed: the sheet alone, its code and words, no buttons.
  await therapist.page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await sheet.getByRole('button', { name: 'Print this plan' }).tap();
  assert.equal(await therapist.page.evaluate(() => window.printed), 1);
  await therapist.page.emulateMedia({ media: 'print' });
  assert.equal(await sheet.getByRole('button', { name: 'Done' }).isVisible(), false, 'no buttons on paper');
  assert.equal(await sheet.getByRole('img', { name: "QR code of the plan's link" }).isVisible(), true);
  // Behind the open sheet the page is inert, out of the accessibility tree: found by its class.
  const behind = await therapist.page.locator('.plan-items').evaluate((el) => getComputedStyle(el).display);
  assert.equal(behind, 'none', 'the page behind the sheet is not printed');
  const pdf = (await therapist.page.pdf({ format: 'A4' })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, 'one sheet of paper');
  await therapist.page.screenshot({ path: 'target/screenshots/plan-print.png' });
  await therapist.page.emulateMedia({ media: 'screen' });
  await sheet.getByRole('button', { name: 'Done' }).tap();
  await sheet.waitFor({ state: 'hidden' });

  // The family's tablet, never used before: hello first, then the plan; nothing kept before a tap.
  const family = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await family.newPage();
  await page.clock.install({ time: WEDNESDAY });
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await page.goto(link);
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), 'A plan from your therapist');
  await page.getByText('First, write the child\'s name below (or skip it).', { exact: false }).waitFor();
  const offer = page.getByRole('region', { name: "Your therapist sent this week's practice to this tablet:" });
  assert.equal(await offer.isVisible(), false);
  await page.getByRole('textbox', { name: /What shall we call your child/ }).fill('Mia');
  await page.getByRole('button', { name: "Let's begin" }).tap();
  await offer.waitFor();
  assert.deepEqual(await offer.getByRole('listitem').allTextContents(), [
    'Balloon breathing: Monday, Wednesday and Friday',
    'Read a story together: Sunday',
  ]);
  await offer.getByText('For Mia.').waitFor();
  assert.doesNotMatch(await shell.stored('calm-together.family') ?? '', /balloon/, 'nothing stored before the tap');
  assert.deepEqual(await violations(page), []);
  for (const size of [TABLET_LANDSCAPE.viewport, TABLET_PORTRAIT.viewport]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `target/screenshots/plan-arrived-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(TABLET_LANDSCAPE.viewport);
  await offer.getByRole('button', { name: 'Use this plan' }).tap();
  await offer.getByRole('status').filter({ hasText: "Home shows Mia's practice" }).waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the plan is taken off the address bar');
  await offer.getByRole('button', { name: 'Go to Home' }).tap();
  await page.waitForURL(app.url + '/');
  const today = page.getByRole('region', { name: "Today's practice" });
  assert.deepEqual(await today.getByRole('link').allTextContents(), ['Balloon breathingStart']);
  assert.match(await shell.stored('calm-together.family'), /"balloon"/);

  // The same link opened again: already this week's plan, nothing to do.
  await page.goto(link);
  await shell.waitUntilReady();
  await page.getByText("This plan is already Mia's plan this week.").waitFor();

  // A new plan next week, added to this one.
  await therapist.page.getByRole('region', { name: "This week's practice" }).getByRole('group', { name: 'Read a story together' }).getByRole('button', { name: 'Take off the plan' }).tap();
  await plan(therapist.page, [['Butterfly hug', ['Tuesday']]]);
  const second = await sendSheet(therapist.page);
  await page.goto(second.link);
  await shell.waitUntilReady();
  await page.getByText('Mia already has a plan this week.', { exact: false }).waitFor();
  await page.getByRole('button', { name: "Add it to this week's plan" }).tap();
  await page.getByRole('status').filter({ hasText: 'Done.' }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const stored = JSON.parse(await shell.stored('calm-together.family'));
  const items = stored.data.children[0].plan.items.map((item) => [item.activity, item.days]);
  assert.deepEqual(items, [['balloon', 0b10101], ['read-story', 0b1000000], ['butterfly-hug', 0b10]]);

  assert.deepEqual(errors, []);
  assert.deepEqual(therapistErrors, []);
  await family.close();
  await therapist.context.close();
});

test('a damaged, foreign or newer link says why and changes nothing', async () => {
  const therapist = await therapistTablet();
  await plan(therapist.page, [['Turtle time', ['Monday']]]);
  const { link } = await sendSheet(therapist.page);
  await therapist.context.close();

  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await page.getByRole('button', { name: 'Skip for now' }).tap();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const before = await shell.stored('calm-together.family');
  const lastDigit = link.at(-1) === '0' ? '1' : '0';
  const cases = [
    [link.slice(0, -1) + lastDigit, 'was cut short or changed on the way'],
    [link.slice(0, link.indexOf(';check')), 'was cut short or changed on the way'],
    [link.replace('plan-v1', 'plan-v2'), 'made with a newer Calm Together'],
    [`${app.url}/plan`, 'This link holds no plan.'],
    [`${app.url}/plan#top`, 'This link holds no plan.'],
  ];
  for (const [address, why] of cases) {
    await page.goto(address);
    await shell.waitUntilReady();
    await page.getByText(why, { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Use this plan' }).count(), 0, address);
  }
  await page.getByRole('button', { name: 'Go to Home' }).tap();
  await page.waitForURL(app.url + '/');
  assert.equal(await shell.stored('calm-together.family'), before, 'nothing changed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with two children on the tablet, the plan goes to the one chosen, and in Spanish', async () => {
  const therapist = await therapistTablet();
  await plan(therapist.page, [['5-4-3-2-1 senses', ['Saturday']]]);
  const { link } = await sendSheet(therapist.page);
  await therapist.context.close();

  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: 'es-MX' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/grown-ups');
  await shell.passGate('es');
  await shell.nicknameField('es').fill('Mia');
  await page.getByRole('button', { name: 'Agregar un niño o niña' }).tap();
  await page.getByRole('textbox', { name: 'Nombre del niño o niña' }).fill('Leo');
  await page.getByRole('button', { name: 'Agregar', exact: true }).tap();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  await page.goto(link);
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), 'Un plan de su terapeuta');
  const offer = page.getByRole('region', { name: 'Su terapeuta envió a esta tableta la práctica de esta semana:' });
  assert.deepEqual(await offer.getByRole('listitem').allTextContents(), ['Los cinco sentidos: sábado']);
  const who = offer.getByRole('group', { name: '¿Para quién es este plan?' });
  assert.equal(await who.getByRole('button', { name: 'Leo' }).getAttribute('aria-pressed'), 'true');
  await who.getByRole('button', { name: 'Mia' }).tap();
  await offer.getByRole('button', { name: 'Usar este plan' }).tap();
  await offer.getByRole('status').filter({ hasText: 'la práctica de Mia' }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const children = JSON.parse(await shell.stored('calm-together.family')).data.children;
  const planOf = (name) => children.find((child) => child.nickname === name).plan?.items ?? [];
  assert.deepEqual(planOf('Mia').map((item) => [item.activity, item.days]), [['five-senses', 0b100000]]);
  assert.deepEqual(planOf('Leo'), []);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
