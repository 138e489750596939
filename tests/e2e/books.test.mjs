// The books that come with the app and the guide for grown-ups (issue 7): read a built-in
// book through, copy it into Our stories and change the copy (the book itself stays as it
// was), open guide cards from Grown-ups, keep the family's crisis contacts; in English and
// Spanish, with the accessibility rules on the new screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { violations } from './axe.mjs';
import { startApp } from './browser.mjs';
import { openStoryTablet } from './pages/story.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const ALARM_FIRST_PAGE = 'Your body has a little alarm inside. Its job is to help keep you safe.';

test('a built-in book is read through to a safe end, with its exercises one tap away', async () => {
  const { context, page, errors, shell, story } = await openStoryTablet(app);
  await shell.open('/stories');
  const books = page.getByRole('region', { name: 'Books to read together' });
  assert.equal(await books.getByRole('article').count(), 3);
  const alarm = story.bookCard("My body's alarm");
  // The app's own books cannot be deleted or renamed: no "More" on them.
  assert.equal(await alarm.getByRole('button', { name: 'More' }).count(), 0);
  await alarm.getByRole('link', { name: 'Read together' }).tap();
  await page.waitForURL(/\/stories\/books\/my-bodys-alarm$/);
  await page.getByRole('heading', { level: 1, name: "My body's alarm" }).waitFor();
  assert.equal(await page.locator('.reader-words').textContent(), ALARM_FIRST_PAGE);

  const offered = [];
  for (let turned = 0; turned < 11; turned += 1) {
    const link = page.getByRole('link', { name: /^Try it together: / });
    if (await link.count()) offered.push([await link.textContent(), await link.getAttribute('href')]);
    await story.button('Next page').tap();
  }
  assert.deepEqual(offered, [
    ['Try it together: Balloon breathing', '/calm/balloon'],
    ['Try it together: Flower and candle', '/calm/flower-and-candle'],
    ['Try it together: Butterfly hug', '/calm/butterfly-hug'],
  ]);
  await page.getByRole('heading', { name: 'The end' }).waitFor();
  assert.equal(await story.button('Next page').isDisabled(), true);
  // The last page was a safe one, so nothing asks for a safe page here.
  assert.equal(await page.getByRole('button', { name: /Now we are safe/ }).count(), 0);
  assert.deepEqual(await violations(page), []);

  // One tap into the exercise the page offers.
  await story.button('Previous page').tap();
  await story.button('Previous page').tap();
  await page.getByRole('link', { name: 'Try it together: Butterfly hug' }).tap();
  await page.waitForURL(/\/calm\/butterfly-hug$/);
  await shell.waitUntilReady();
  await page.getByRole('heading', { level: 1, name: 'Butterfly hug' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Make it our own" copies a book into Our stories to change; the book stays as it was', async () => {
  const { context, page, errors, shell, story } = await openStoryTablet(app);
  await shell.open('/stories/books/my-bodys-alarm');
  await story.button('Make it our own').first().tap();
  await page.waitForURL(/\/stories\/\d+$/);
  const id = story.storyId();
  await page.getByRole('tab', { name: 'Words' }).tap();
  const words = page.getByRole('textbox', { name: 'Words for this page' });
  assert.equal(await words.inputValue(), ALARM_FIRST_PAGE);
  await words.fill('Sam has a little alarm inside too.');
  const saved = await story.flushed(id);
  assert.equal(saved.data.title, "My body's alarm");
  assert.equal(saved.data.pages.length, 11);
  assert.equal(saved.data.pages[0].words, 'Sam has a little alarm inside too.');
  assert.equal(saved.data.pages.at(-1).chapter, 'now-we-are-safe');

  await shell.open('/stories');
  const own = page.locator('.shelf-books').first().getByRole('article', { name: "My body's alarm" });
  await own.waitFor();
  assert.equal(await own.getByRole('button', { name: 'More' }).count(), 1);
  await shell.open('/stories/books/my-bodys-alarm');
  assert.equal(await page.locator('.reader-words').textContent(), ALARM_FIRST_PAGE);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the guide opens card by card from Grown-ups, and the crisis contacts are kept', async () => {
  const { context, page, errors, shell } = await openStoryTablet(app);
  await shell.openGrownUps();
  const guide = page.getByRole('region', { name: 'A guide for grown-ups' });
  const cards = guide.locator('details.guide-card');
  assert.equal(await cards.count(), 8);
  // Closed until opened: a card's words are not on screen before.
  const reminded = guide.locator('summary', { hasText: 'When you are reminded too' });
  const helps = guide.locator('#guide-when-you-are-reminded').getByRole('heading', { name: 'What helps' });
  assert.equal(await helps.isVisible(), false);
  await reminded.tap();
  await helps.waitFor();
  for (const heading of ['What you might see', 'Why it happens', 'When to tell your therapist']) {
    assert.equal(await guide.locator('#guide-when-you-are-reminded').getByRole('heading', { name: heading }).isVisible(), true);
  }

  await guide.locator('summary', { hasText: 'When to get help urgently' }).tap();
  const urgent = guide.locator('#guide-getting-help-urgently');
  await urgent.getByText('No contacts written here yet.', { exact: false }).waitFor();
  const field = urgent.getByRole('textbox', { name: 'Contacts to call (names and numbers)' });
  await field.fill('  Dr. Rivera (our therapist): 555 0100\nCrisis line: 988  ');
  await field.blur();
  await urgent.locator('.crisis-contacts-written').waitFor();
  assert.equal(await urgent.locator('.crisis-contacts-written').innerText(), 'Dr. Rivera (our therapist): 555 0100\nCrisis line: 988');
  assert.deepEqual(await violations(page), []);

  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const family = await page.evaluate(() => JSON.parse(localStorage.getItem('calm-together.family')));
  assert.equal(family.data.crisis_contacts, 'Dr. Rivera (our therapist): 555 0100\nCrisis line: 988');
  await shell.openGrownUps();
  await page.locator('summary', { hasText: 'When to get help urgently' }).tap();
  assert.equal(await page.locator('.crisis-contacts-written').innerText(), 'Dr. Rivera (our therapist): 555 0100\nCrisis line: 988');

  // The sources, as text in About (open to everyone): nothing there links out of the app.
  const about = page.getByRole('region', { name: 'About' });
  await about.getByRole('heading', { name: 'Where the guide for grown-ups comes from' }).waitFor();
  assert.ok(await about.locator('.guide-source-list li').count() >= 8);
  assert.equal(await about.locator('.guide-source-list a').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Spanish the books, the reader and the guide speak Spanish and pass the rules', async () => {
  const { context, page, errors, shell, story } = await openStoryTablet(app, { locale: 'es-MX', bypassCSP: true });
  await shell.open('/stories');
  await page.getByRole('heading', { name: 'Libros para leer juntos' }).waitFor();
  await story.bookCard('La alarma de mi cuerpo').getByRole('link', { name: 'Leer juntos' }).tap();
  await page.getByRole('heading', { level: 1, name: 'La alarma de mi cuerpo' }).waitFor();
  for (let turned = 0; turned < 6; turned += 1) await story.button('Página siguiente').tap();
  await page.getByRole('link', { name: 'Probémoslo juntos: Respiración del globo' }).waitFor();
  assert.deepEqual(await violations(page), []);

  await shell.open('/grown-ups');
  await shell.passGate('es');
  const guide = page.getByRole('region', { name: 'Una guía para los adultos' });
  await guide.locator('summary', { hasText: 'Cuándo buscar ayuda urgente' }).tap();
  await guide.getByRole('heading', { name: 'Nuestros contactos de crisis' }).waitFor();
  await guide.locator('#guide-getting-help-urgently').getByRole('heading', { name: 'Lo que ayuda' }).waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
