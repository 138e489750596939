// Every word the app says aloud is in the family's language, whatever runs it: each
// exercise's steps change in animation frames, and a story or a book is read aloud on any page.
// Speech is recorded by wrapping speechSynthesis.speak (text and lang of each utterance) and
// checked against tests/fixtures/spoken-cues.json, which a native test keeps equal to the
// tables (tests/model/spoken_words.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { seedFamily } from './pages/family.mjs';

const SPOKEN = JSON.parse(readFileSync('tests/fixtures/spoken-cues.json', 'utf8'));

/** What each language's tablet is called, and the words the journey taps. */
const LANGUAGES = {
  es: {
    locale: 'es-MX',
    speech: 'Decir los pasos en voz alta (si esta tableta tiene voz)',
    grownUpFirst: 'Primero, la persona adulta',
    before: 'Antes de empezar',
    after: '¿Cómo estamos ahora?',
    start: 'Empezar',
    skip: 'Saltar',
    nextPage: 'Página siguiente',
    readAloud: 'Leer las palabras en voz alta',
  },
  en: {
    locale: 'en-US',
    speech: 'Speak the steps aloud (when this tablet has a voice)',
    grownUpFirst: 'Grown-up first',
    before: 'Before we start',
    after: 'How are we now?',
    start: 'Start',
    skip: 'Skip',
    nextPage: 'Next page',
    readAloud: 'Read the words aloud',
  },
};

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function openTablet(language) {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, locale: LANGUAGES[language].locale });
  // Recorded, not spoken: the test machine has no voice, and the words are what matter.
  await context.addInitScript(() => {
    window.spoken = [];
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (utterance) => window.spoken.push({ text: utterance.text, lang: utterance.lang });
    }
  });
  const page = await context.newPage();
  await page.clock.install();
  const errors = collectPageErrors(page);
  return { context, page, errors, shell: new AppPage(page, app.url) };
}

const LANGUAGE_CODES = Object.keys(LANGUAGES);
const spoken = (page) => page.evaluate(() => window.spoken.splice(0));

/** Every utterance is in `language`, from its table for `exercise`, and none is another language's. */
function assertAllSaidIn(language, exercise, utterances, where) {
  const table = SPOKEN[language];
  const own = new Set(table.exercises[exercise]);
  const others = new Set(LANGUAGE_CODES.filter((l) => l !== language)
    .flatMap((other) => Object.values(SPOKEN[other].exercises).flat()));
  for (const [index, { text, lang }] of utterances.entries()) {
    assert.equal(lang, table.tag, `${where}: utterance ${index + 1} ("${text}") has lang="${lang}"`);
    assert.ok(!others.has(text), `${where}: utterance ${index + 1} ("${text}") is in another language`);
    assert.ok(own.has(text), `${where}: utterance ${index + 1} ("${text}") is not in the ${language} table for ${exercise}`);
  }
}

/**
 * Moves the clock on until `heading` shows: a jump of half a second at a time, each running
 * one animation frame (every step lasts longer, so none is jumped over), rather than every
 * frame of the minutes a practice lasts.
 */
async function runUntil(page, heading, limitMs = 10 * 60_000) {
  for (let ran = 0; ran < limitMs; ran += 500) {
    if (ran % 5_000 === 0 && (await heading.isVisible())) return;
    await page.clock.fastForward(500);
  }
  await heading.waitFor({ timeout: 1_000 });
}

/** The pages' words of a built-in book in `language` (content/books/<id>.<language>.txt). */
function bookPages(id, language) {
  const [, ...pages] = readFileSync(`content/books/${id}.${language}.txt`, 'utf8').trim().split(/\n\s*\n/);
  return pages.map((page) => page.trim());
}

/** A story of three pages, as the app stores it, with words in the family's language. */
function storyWith(id, pageWords) {
  return {
    id, title: pageWords[0], child: null, template: 'blank', created_at: id, changed_at: id,
    pages: pageWords.map((words, index) => ({ id: index + 1, bg: 'home-inside', pics: [{ i: 1, p: 'dog', x: 5000, y: 5000, s: 2500 }], words })),
  };
}

const STORY_WORDS = {
  es: ['Fuimos al parque.', 'Vimos un perro grande.', 'Ahora estamos a salvo.'],
  en: ['We went to the park.', 'We saw a big dog.', 'Now we are safe.'],
};

for (const language of LANGUAGE_CODES) {
  const words = LANGUAGES[language];

  test(`every exercise speaks each of its steps in ${language}, from the ${language} table`, async () => {
    const { context, page, errors, shell } = await openTablet(language);
    await shell.open('/grown-ups');
    await shell.passGate(language);
    await page.getByRole('checkbox', { name: words.speech }).tap();
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

    for (const [index, exercise] of Object.keys(SPOKEN[language].exercises).entries()) {
      await shell.open(`/calm/${exercise}`);
      await page.getByRole('heading', { name: words.grownUpFirst }).waitFor();
      if (index === 0) {
        // The grown-up's own three breaths are spoken too (Balloon breathing at a grown-up's pace).
        await page.getByRole('button', { name: words.start, exact: true }).tap();
        await runUntil(page, page.getByRole('heading', { name: words.before }));
        const grownUp = await spoken(page);
        assert.equal(grownUp.length, 6, `grown-up first: in and out, three times: ${JSON.stringify(grownUp)}`);
        assertAllSaidIn(language, 'balloon', grownUp, 'grown-up first');
      } else {
        await page.getByRole('button', { name: words.skip, exact: true }).tap();
      }
      await page.getByRole('heading', { name: words.before }).waitFor();
      await page.getByRole('button', { name: words.skip, exact: true }).tap();
      await page.getByRole('button', { name: words.start, exact: true }).tap();
      await runUntil(page, page.getByRole('heading', { name: words.after }));
      const said = await spoken(page);
      assert.equal(said.length, SPOKEN.steps_with_no_age_given[exercise], `${exercise}: every step is spoken, not only the first: ${JSON.stringify(said)}`);
      assertAllSaidIn(language, exercise, said, exercise);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`a built-in book and the family's own story are read aloud in ${language}, past the first page`, async () => {
    const { context, page, errors, shell } = await openTablet(language);
    const book = 'my-bodys-alarm';
    const pages = bookPages(book, language);
    await shell.open(`/stories/books/${book}`);
    for (const [index, text] of pages.slice(0, 3).entries()) {
      if (index > 0) await page.getByRole('button', { name: words.nextPage, exact: true }).tap();
      await page.getByRole('button', { name: words.readAloud, exact: true }).tap();
      assert.deepEqual(await spoken(page), [{ text, lang: SPOKEN[language].tag }], `the book's page ${index + 1}`);
    }

    const id = 1_700_000_000_000;
    await seedFamily(page, {
      'story-index': { stories: [{ id, title: STORY_WORDS[language][0], child: null, cover: 'dog', changed_at: id, pages: 3 }] },
      [`story.${id}`]: storyWith(id, STORY_WORDS[language]),
    });
    await shell.open(`/stories/${id}/read`);
    for (const [index, text] of STORY_WORDS[language].entries()) {
      if (index > 0) await page.getByRole('button', { name: words.nextPage, exact: true }).tap();
      await page.getByRole('button', { name: words.readAloud, exact: true }).tap();
      assert.deepEqual(await spoken(page), [{ text, lang: SPOKEN[language].tag }], `our story's page ${index + 1}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
