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

/** The parts index.html lists: [js, wasm] paths. */
function listedParts(index) {
  const metas = [...index.matchAll(/<meta[^>]*calm-together-module[^>]*>/g)].map(([meta]) => meta);
  // (boot.js, now inside the page, names the tag in a comment: only tags with content count.)
  return metas.filter((meta) => meta.includes('content=')).map((meta) => meta.match(/content="([^"]+)"/)[1].split(' '));
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

  const parts = listedParts(index);
  assert.deepEqual(parts.map(([js]) => js.replace(/^\/|-[0-9a-f]+\.js$/g, '')).sort(),
    ['calm', 'family', 'progress', 'shelf', 'shell', 'story']);
  for (const [, wasm] of parts) {
    const plain = await stat(join('dist', wasm));
    const brotli = await stat(join('dist', `${wasm}.br`));
    assert.ok(brotli.size < plain.size * 0.4, `${wasm}: ${brotli.size} of ${plain.size} bytes`);
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
    const [, wasm] = parts.find(([js]) => js.includes('/shell-'));
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

test('a book opens in the story part, and going back to the shelf needs no page load', async () => {
  const { context, page, errors, shell, story } = await openStoryTablet(app);
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.replace(/-[0-9a-f]+_bg\.wasm$/, ''));
  });
  await shell.open('/stories');
  assert.deepEqual(wasm, ['/shelf']);
  await story.bookCard('Safe with you').getByRole('link', { name: 'Read together' }).tap();
  await page.waitForURL(/\/stories\/books\/safe-with-you$/);
  await shell.waitUntilReady();
  assert.deepEqual(wasm, ['/shelf', '/story']);
  await page.evaluate(() => { window.stillTheSamePage = true; });
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await page.waitForURL(/\/stories$/);
  await page.getByRole('region', { name: 'Books to read together' }).waitFor();
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no page load');
  assert.deepEqual(wasm, ['/shelf', '/story']);
  assert.deepEqual(errors, []);
  await context.close();
});
