// Spanish as a first language: the browser's language is used until the family chooses, the
// choice (on the welcome or in Grown-ups) is kept, and <html lang>, speech and picture names
// follow it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const stored = async (page) => JSON.parse((await page.evaluate(() => localStorage.getItem('calm-together.family'))) ?? 'null')?.data;

test('on an English tablet, choosing Español on the welcome opens everything in Spanish and keeps it', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: 'en-US' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const languages = page.getByRole('group', { name: 'Language' });
  assert.equal(await languages.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  const spanish = languages.getByRole('button', { name: 'Español' });
  assert.equal(await spanish.getAttribute('lang'), 'es', 'each language is named in its own words');
  await spanish.tap();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), '¡Hola, corazón!');
  await page.getByRole('heading', { name: 'Bienvenidos a Calm Together' }).waitFor();
  assert.equal((await stored(page)).language, 'es');
  assert.deepEqual((await stored(page)).children, [], 'choosing a language makes no profile');

  await page.getByRole('button', { name: 'Empecemos' }).tap();
  await shell.open('/calm');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await shell.heading().textContent(), 'Calmarnos juntos');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a Spanish tablet the app starts in Spanish, and English can be chosen in Grown-ups', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: 'es-MX' });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await shell.heading().textContent(), '¡Hola, corazón!');

  await shell.open('/grown-ups');
  await page.getByRole('heading', { name: 'Esta parte es para los adultos' }).waitFor();
  await shell.passGate('es');
  const languages = page.getByRole('group', { name: 'Idioma' });
  await languages.getByRole('button', { name: 'English' }).tap();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), 'Grown-ups');
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, friend!', 'the choice outlasts the browser language');
  await context.close();
});

test('in Spanish, pictures have Spanish names and words are read aloud in Spanish', async () => {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: 'es-MX' });
  await context.addInitScript(() => {
    window.spoken = [];
    if (window.speechSynthesis) window.speechSynthesis.speak = (utterance) => window.spoken.push(utterance.lang);
  });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/stories');
  await page.getByRole('button', { name: 'Nueva historia' }).tap();
  await page.getByRole('button', { name: /^Todo sobre mí/ }).tap();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  await page.getByRole('button', { name: 'Animales', exact: true }).tap();
  await page.locator('.tray-pictures').getByRole('button', { name: 'Perro', exact: true }).tap();
  await page.getByRole('group').getByRole('button', { name: 'Perro', exact: true }).first().waitFor();
  const id = page.url().match(/\/stories\/(\d+)$/)[1];
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.evaluate((id) => {
    const key = `calm-together.story.${id}`;
    const envelope = JSON.parse(localStorage.getItem(key));
    envelope.data.pages[0].words = 'Este soy yo.';
    localStorage.setItem(key, JSON.stringify(envelope));
  }, id);
  await shell.open(`/stories/${id}/read`);
  await page.getByRole('button', { name: 'Leer las palabras en voz alta' }).tap();
  assert.deepEqual(await page.evaluate(() => window.spoken), ['es']);
  await context.close();
});
