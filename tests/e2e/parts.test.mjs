// The app in separately loaded parts (README "Parts of the app"): the build puts its start-up
// script inline under a hash the Content-Security-Policy names, and keeps a smaller Brotli copy
// of every part; the grown-ups' gate has its own light page and lets a grown-up into the side
// behind it once; a story opens in its own part, and going back to the shelf needs no page load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { startApp } from './browser.mjs';
import { openStoryTablet } from './pages/story.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const GATE_PASS = 'calm-together-gate-pass';

/** The app's files index.html lists, in its folder named by content: start first. */
function listedFiles(index) {
  // (boot.js, now inside the page, names the tag in a query: only the tag with content counts.)
  return index.match(/<meta name="calm-together-app" content="([^"]+)">/)[1].split(' ');
}

test('the start-up script is inline under the hash the CSP names, and every part has a smaller Brotli copy', async () => {
  const index = await readFile('dist/index.html', 'utf8');
  const scripts = [...index.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one script in the page');
  const [, attributes, body] = scripts[0];
  assert.doesNotMatch(attributes, /src=/);
  const hash = createHash('sha256').update(body).digest('base64');
  const policy = index.match(/Content-Security-Policy[^>]*content="([^"]+)"|content="([^"]+)"[^>]*Content-Security-Policy/);
  const scriptSources = (policy[1] ?? policy[2]).split(';').map((s) => s.trim()).find((s) => s.startsWith('script-src'));
  assert.equal(scriptSources, `script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`);
  await assert.rejects(stat('dist/boot.js'), 'boot.js is not left as a file');

  const files = listedFiles(index);
  const folder = files[0].match(/^\/(app-[0-9a-f]{16})\/app\.js$/)?.[1];
  assert.ok(folder, `the start comes first, in a folder named by content: ${files[0]}`);
  assert.equal(files[1], `/${folder}/app_bg.wasm`);
  assert.deepEqual(files.map((file) => file.split('/').pop()).sort(), (await readdir(join('dist', folder))).filter((name) => !name.endsWith('.br')).sort(),
    'every file of the folder is listed');
  for (const part of ['calm', 'shelf', 'story', 'progress', 'family']) {
    assert.ok(files.includes(`/${folder}/split_${part}.wasm`), `${part} is a part of its own`);
  }
  for (const wasm of files.filter((file) => file.endsWith('.wasm'))) {
    const plain = await stat(join('dist', wasm));
    const brotli = await stat(join('dist', `${wasm}.br`));
    // Small shared pieces compress less; every part of any size to under half.
    assert.ok(brotli.size < plain.size * (plain.size > 20_000 ? 0.45 : 0.8), `${wasm}: ${brotli.size} of ${plain.size} bytes`);
  }
  // The service worker keeps what the browser decodes, never the compressed copies.
  const worker = await readFile('dist/sw.js', 'utf8');
  const kept = JSON.parse(worker.match(/const FILES = (\[.*?\]);/)[1]);
  assert.ok(kept.length > 100);
  assert.equal(kept.filter((file) => file.endsWith('.br')).length, 0);
  const brCopies = (await readdir('dist')).filter((name) => name.endsWith('.br'));
  assert.ok(brCopies.includes('index.html.br'));

  // Served as a host set up for it sends them: Brotli to a browser that accepts it, else gzip.
  const server = await serveDist({ dir: 'dist', compress: true });
  try {
    const wasm = files[1];
    const asBrotli = await fetch(server.url + wasm, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(asBrotli.headers.get('content-encoding'), 'br');
    const asGzip = await fetch(server.url + wasm, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asGzip.headers.get('content-encoding'), 'gzip');
    const plain = await readFile(join('dist', wasm));
    assert.ok(Buffer.from(await asBrotli.arrayBuffer()).equals(plain), 'decodes to the same .wasm');
  } finally {
    await server.close();
  }
});

test("the gate has its own page and lets a grown-up in once: a reload or the address alone asks again", async () => {
  const { context, page, errors, shell } = await openStoryTablet(app);
  await shell.open('/grown-ups');
  await page.getByRole('region', { name: 'This part is for grown-ups' }).waitFor();
  assert.equal(await shell.nicknameField().count(), 0, 'nothing behind the gate on its page');
  await page.getByRole('heading', { name: 'About', exact: true }).waitFor();

  await shell.passGate();
  assert.equal(new URL(page.url()).pathname, '/grown-ups/open');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the heading');
  assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), GATE_PASS), null, 'the pass was used up');

  await shell.reload();
  await page.getByRole('region', { name: 'This part is for grown-ups' }).waitFor();
  assert.equal(await shell.nicknameField().count(), 0, 'a reload asks again');
  // Answered here, the gate opens in place.
  await shell.passGate();
  assert.equal(new URL(page.url()).pathname, '/grown-ups/open');

  // A pass left more than a minute ago lets nobody in.
  await page.evaluate((key) => sessionStorage.setItem(key, String(Date.now() - 61_000)), GATE_PASS);
  await shell.open('/grown-ups/open');
  await page.getByRole('region', { name: 'This part is for grown-ups' }).waitFor();
  assert.equal(await shell.nicknameField().count(), 0);
  assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), GATE_PASS), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving between screens is never a page load, and each part is fetched once, when first needed', async () => {
  const { context, page, errors, shell, story } = await openStoryTablet(app);
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.replace(/^\/app-[0-9a-f]{16}\//, ''));
  });
  const parts = () => wasm.filter((name) => name.startsWith('split_'));
  await shell.open('/stories');
  assert.deepEqual(parts(), ['split_shelf.wasm']);
  // Opened by its address, the shelf's part and style sheet were asked for beside the start
  // (boot.js), and the app's own fetch took that download over: each file came once (below).
  assert.equal(await page.locator('link[rel="preload"][as="fetch"][href$="/split_shelf.wasm"]').count(), 1);
  assert.equal(await page.locator('link[rel="preload"][as="style"][href*="/story-"]').count(), 1);
  await page.evaluate(() => { window.stillTheSamePage = true; });
  await story.bookCard('Safe with you').getByRole('link', { name: 'Read together' }).tap();
  await page.waitForURL(/\/stories\/books\/safe-with-you$/);
  await page.getByRole('heading', { name: 'Safe with you', level: 1 }).waitFor();
  assert.deepEqual(parts(), ['split_shelf.wasm', 'split_story.wasm']);
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await page.waitForURL(/\/stories$/);
  await page.getByRole('region', { name: 'Books to read together' }).waitFor();
  await page.getByRole('link', { name: 'Home' }).tap();
  await shell.homeCard('Calm together').tap();
  await page.getByRole('heading', { name: 'Calm together', level: 1 }).waitFor();
  await page.goBack();
  await page.goBack();
  await page.getByRole('region', { name: 'Books to read together' }).waitFor();
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no page load');
  assert.deepEqual(parts(), ['split_shelf.wasm', 'split_story.wasm', 'split_calm.wasm']);
  assert.equal(new Set(wasm).size, wasm.length, 'no file fetched twice');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a part that cannot be fetched says so calmly, in the family's language, and opens on Try again", async () => {
  for (const [locale, heading, tryAgain, title] of [
    ['en-US', 'This page could not open yet', 'Try again', 'Progress'],
    ['es-MX', 'Esta página todavía no se pudo abrir', 'Intentar de nuevo', 'Progreso'],
  ]) {
    const { context, page, shell } = await openStoryTablet(app, { locale });
    const failed = [];
    // No connection before the app was kept: every try to fetch the part fails.
    await page.route(/\/split_progress\.wasm$/, (route) => { failed.push(route.request().url()); return route.abort(); });
    await shell.open('/');
    await page.getByRole('link', { name: new RegExp(title) }).first().tap();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/progress', 'the address stays, so a reload opens it');
    await page.getByRole('button', { name: tryAgain }).tap();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    assert.ok(failed.length >= 2, 'trying again fetched again');
    await page.unroute(/\/split_progress\.wasm$/);
    await page.getByRole('button', { name: tryAgain }).tap();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    // The app kept running: Home is one tap away.
    await page.getByRole('link', { name: locale === 'en-US' ? 'Home' : 'Inicio' }).first().tap();
    await page.locator('h1').filter({ hasText: locale === 'en-US' ? 'Hello' : 'Hola' }).waitFor();
    await context.close();
  }
});
