// An automated accessibility check (axe-core, WCAG 2.2 A and AA rules) of every screen and
// the stages of a practice, on a tablet. It catches what rules can: names, roles, contrast.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { violations } from './axe.mjs';
import { startApp, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { ProgressPage } from './pages/progress.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

for (const path of ['/', '/calm', '/calm/balloon', '/stories', '/progress', '/grown-ups', '/nowhere']) {
  test(`${path} passes the automated accessibility rules`, async () => {
    const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true });
    const page = await context.newPage();
    const shell = new AppPage(page, app.url);
    await shell.open(path);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('Progress with weeks of practices, its chart and its table, passes the rules', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  const progress = new ProgressPage(page);
  await shell.open('/progress');
  await progress.seedWeeksOfCheckIns();
  await shell.reload();
  await progress.openTable();
  assert.deepEqual(await violations(page), []);
  await context.close();
});

const PRACTICE_WORDS = {
  'en-US': { skip: 'Skip', start: 'Start', stop: 'Stop' },
  'es-MX': { skip: 'Saltar', start: 'Empezar', stop: 'Parar' },
};
for (const [locale, words] of Object.entries(PRACTICE_WORDS)) {
  test(`a practice passes the rules at every stage (${locale})`, async () => {
    const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale, bypassCSP: true });
    const page = await context.newPage();
    await page.clock.install();
    const shell = new AppPage(page, app.url);
    await shell.open('/calm/birthday-candles');
    const tap = (name) => page.getByRole('button', { name, exact: true }).click();
    await tap(words.skip);
    assert.deepEqual(await violations(page), [], 'check-in');
    await tap(words.skip);
    await tap(words.start);
    await page.clock.runFor(5_000);
    assert.deepEqual(await violations(page), [], 'running');
    await tap(words.stop);
    await tap(words.skip);
    assert.deepEqual(await violations(page), [], 'ending');
    await context.close();
  });
}

test('a notice about saved data passes the rules', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  await page.evaluate(() => localStorage.setItem('calm-together.family', '{"schema":1,"data":'));
  await shell.reload();
  assert.equal(await shell.notices().count(), 1);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('the story editor (every panel), reader, print view and shelf pass the rules', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/stories');
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('button', { name: /^Our story/ }).click();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  await page.locator('.tray-pictures button').first().click();
  assert.deepEqual(await violations(page), [], 'editor with a picture chosen');
  for (const tab of ['Draw', 'Scene', 'Words', 'Feeling']) {
    await page.getByRole('tab', { name: tab }).click();
    assert.deepEqual(await violations(page), [], `editor, ${tab} panel`);
  }
  await page.getByRole('link', { name: 'Read together' }).click();
  await page.waitForURL(/\/read$/);
  assert.deepEqual(await violations(page), [], 'reader');
  await page.getByRole('link', { name: 'Print' }).click();
  await page.waitForURL(/\/print$/);
  await shell.waitUntilReady();
  assert.deepEqual(await violations(page), [], 'print view');
  await shell.open('/stories');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  assert.deepEqual(await violations(page), [], 'shelf with a book\'s More panel');
  await context.close();
});

test('the grown-ups side, once through the gate, passes the rules', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.openGrownUps();
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('in demo mode, Home (banner, Today\'s practice) and Grown-ups with a plan pass the rules', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.openGrownUps();
  await page.getByRole('button', { name: 'Start the demo' }).tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  await page.getByRole('region', { name: "Today's practice" }).waitFor();
  assert.deepEqual(await violations(page), [], 'demo Home');
  await shell.openGrownUps();
  await page.getByRole('region', { name: "This week's practice" }).getByRole('group').first().waitFor();
  assert.deepEqual(await violations(page), [], 'Grown-ups with a plan');
  await context.close();
});

// The same rules in Spanish (the tablet's language chooses it), on every screen.
for (const path of ['/', '/calm', '/calm/balloon', '/stories', '/progress', '/grown-ups']) {
  test(`${path} passes the automated accessibility rules in Spanish`, async () => {
    const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: 'es-MX', bypassCSP: true });
    const page = await context.newPage();
    const shell = new AppPage(page, app.url);
    await shell.open(path);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

/** Opens a new story of `template` in the editor and puts the first picture of the tray on it. */
async function editorWithAPicture(page, shell, { newStory, template }) {
  await shell.open('/stories');
  await page.getByRole('button', { name: newStory }).click();
  await page.getByRole('button', { name: template }).click();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  await page.locator('.tray-pictures button').first().click();
  await page.locator('.placed-button[aria-pressed="true"]').waitFor();
}

/** Opens the editor's quick-hide cover and remove-page question in turn (named in the app's
 * language), checks each while open, and closes it with Escape. */
async function editorDialogsPassTheRules(page, { quickHide, removePage }) {
  await page.getByRole('button', { name: quickHide }).click();
  await page.getByRole('dialog', { name: quickHide }).waitFor();
  assert.deepEqual(await violations(page), [], 'quick hide');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: removePage }).click();
  await page.getByRole('alertdialog', { name: removePage }).waitFor();
  assert.deepEqual(await violations(page), [], 'remove a page');
  await page.keyboard.press('Escape');
}

test('every dialog passes the rules while open: quick hide, remove a page, a backup\'s summary, replace, delete everything', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await editorWithAPicture(page, shell, { newStory: 'New story', template: /^Our story/ });
  await editorDialogsPassTheRules(page, { quickHide: 'Quick hide', removePage: 'Remove this page' });

  await shell.openGrownUps();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup', exact: true }).click(),
  ]);
  await page.getByLabel('Bring back a backup: choose the file').setInputFiles(await download.path());
  await page.getByRole('button', { name: 'Replace what is here' }).waitFor();
  assert.deepEqual(await violations(page), [], 'a backup\'s summary');
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  await page.getByRole('alertdialog', { name: 'Replace what is here' }).waitFor();
  assert.deepEqual(await violations(page), [], 'replace');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Delete everything on this tablet' }).click();
  await page.getByRole('alertdialog', { name: 'Delete everything on this tablet' }).waitFor();
  assert.deepEqual(await violations(page), [], 'delete everything');
  await context.close();
});

test('in Spanish: the editor with a picture chosen, its dialogs, the reader, a book\'s More panel, the check-in and a Grown-ups dialog pass the rules', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: 'es-MX', bypassCSP: true });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await editorWithAPicture(page, shell, { newStory: 'Nueva historia', template: /^Nuestra historia/ });
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.deepEqual(await violations(page), [], 'editor with a picture chosen');
  await editorDialogsPassTheRules(page, { quickHide: 'Ocultar rápido', removePage: 'Quitar esta página' });

  await page.getByRole('link', { name: 'Leer juntos' }).click();
  await page.waitForURL(/\/read$/);
  assert.deepEqual(await violations(page), [], 'reader');
  await page.getByRole('button', { name: 'Página siguiente' }).click();
  assert.deepEqual(await violations(page), [], 'reader, second page');

  await shell.open('/stories');
  await page.getByRole('button', { name: 'Más', exact: true }).click();
  await page.getByRole('button', { name: /^Borrar/ }).waitFor();
  assert.deepEqual(await violations(page), [], 'a book\'s More panel, with its delete hold button');

  await shell.open('/calm/balloon');
  await page.getByRole('button', { name: 'Saltar', exact: true }).click();
  await page.getByRole('button', { name: 'Siguiente', exact: true }).waitFor();
  assert.deepEqual(await violations(page), [], 'check-in');

  await shell.open('/grown-ups');
  const label = await page.getByText(/^O responda: ¿cuánto es \d+ \+ \d+\?$/).textContent();
  const [, a, b] = label.match(/(\d+) \+ (\d+)/);
  await page.getByRole('textbox', { name: label }).fill(String(Number(a) + Number(b)));
  await page.getByRole('button', { name: 'Abrir', exact: true }).click();
  await page.getByRole('button', { name: 'Borrar todo lo que hay en esta tableta' }).click();
  await page.getByRole('alertdialog', { name: 'Borrar todo lo que hay en esta tableta' }).waitFor();
  assert.deepEqual(await violations(page), [], 'delete everything');
  await context.close();
});
