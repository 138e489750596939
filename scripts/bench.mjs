// Measures what a family downloads and waits for: every asset the first load of Home
// requests (raw, gzip -9 and Brotli bytes), and the median of 5 cold loads in headless Chromium with
// 4x CPU throttling, from navigation start to the home screen being interactive; the same for
// every main screen opened cold (3 loads each); everything the service worker keeps for use with
// no network (Brotli); moving between screens with the app kept, at 4x CPU slowdown. Then a 60 s
// Balloon breathing run at 4x CPU throttling: frames per second (median and 5th percentile),
// long tasks over 50 ms, and JS heap growth. Then Our stories with a lot in them (dragging on a
// crowded page, saving a long story, opening a full shelf): see scripts/bench_stories.mjs.
// Prints a table and writes bench.json. Run `make bench` (it builds the release first).
// BENCH_ONLY=stories runs only the stories part and updates only `stories` in bench.json.
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist } from './serve-dist.mjs';
import { launchChromium, TABLET_LANDSCAPE } from '../tests/e2e/browser.mjs';
import { benchStories, printStories } from './bench_stories.mjs';

const RUNS = 5;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const CPU_SLOWDOWN = 4;
const BUDGET_GZIP = 160 * 1024;

// BENCH_DIST=<folder> measures another build (an older one, side by side): the same figures,
// except moving between screens, which an app of separate pages cannot do without page loads.
const DIST = process.env.BENCH_DIST ?? 'dist';
const server = await serveDist({ dir: DIST });
const browser = await launchChromium();

const MAIN_SCREENS = ['/', '/calm', '/stories', '/progress', '/grown-ups'];

async function coldLoad(path = '/') {
  const context = await browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requested = [];
  page.on('requestfinished', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(server.url + path);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('load');
  const timings = await page.evaluate(() => {
    const interactive = performance.getEntriesByName('calm-together-interactive')[0]?.startTime;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return { interactive, paint };
  });
  await context.close();
  return { ...timings, requested };
}

/** Weighs every file a cold load requested, as gzip -9 (what Chromium receives from a host
 *  that compresses). */
async function requestedGzip(requested) {
  let gzip = 0;
  for (const path of new Set(requested)) {
    const file = path === '/' || !path.includes('.') ? 'index.html' : decodeURIComponent(path.slice(1));
    gzip += gzipSync(await readFile(join(DIST, file)), { level: 9 }).length;
  }
  return gzip;
}

// Moving between screens once the service worker keeps the app: Home, then each main screen and
// back, by tapping its link; from the tap until the new screen is drawn and ready (next frame).
const MOVES = ['/calm', '/', '/stories', '/', '/progress', '/', '/grown-ups', '/', '/calm', '/calm/balloon', '/calm', '/'];
const MOVE_ROUNDS = 3;

async function screenChanges() {
  const context = await browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('the service worker does not control the page');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // The first tap a second after Home appears (sooner than a family reads it).
  await page.waitForTimeout(1_000);
  const moves = [];
  for (let round = 0; round < MOVE_ROUNDS; round += 1) {
    for (const path of MOVES) {
      const ms = await page.evaluate(async (to) => {
        const link = [...document.querySelectorAll('a[href]')].find((a) => new URL(a.href).pathname === to);
        if (!link) throw new Error(`no link to ${to} on ${location.pathname}`);
        const before = document.querySelector('h1')?.textContent;
        const start = performance.now();
        link.click();
        for (;;) {
          await new Promise((done) => requestAnimationFrame(done));
          const heading = document.querySelector('h1');
          const ready = document.documentElement.dataset.ready === 'true';
          if (ready && heading?.textContent !== before && location.pathname === to) break;
          if (performance.now() - start > 10_000) {
            throw new Error(`${to} did not open: at ${location.pathname}, ready ${document.documentElement.dataset.ready}, heading "${heading?.textContent}"`);
          }
        }
        return performance.now() - start;
      }, path);
      moves.push({ to: path, round, ms });
    }
  }
  await context.close();
  const all = moves.map((m) => m.ms).sort((a, b) => a - b);
  const firstRound = moves.filter((m) => m.round === 0).map((m) => m.ms).sort((a, b) => a - b);
  const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    cpu_slowdown: CPU_SLOWDOWN,
    moves: moves.length,
    ms_p50: Math.round(at(all, 0.5)),
    ms_p95: Math.round(at(all, 0.95)),
    ms_max: Math.round(all[all.length - 1]),
    first_round_ms_p95: Math.round(at(firstRound, 0.95)),
    slowest: moves.sort((a, b) => b.ms - a.ms).slice(0, 3).map((m) => `${m.to} (round ${m.round + 1}) ${Math.round(m.ms)} ms`),
    goal_p95_ms: 100,
  };
}

const BREATHING_SECONDS = Number(process.env.BENCH_BREATHING_SECONDS ?? 60);

async function breathingRun() {
  const context = await browser.newContext(TABLET_LANDSCAPE);
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url + '/calm/balloon');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: '1 minute', exact: true }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.evaluate(() => {
    window.__longTasks.length = 0;
    window.__frames = [];
    const record = (t) => { window.__frames.push(t); requestAnimationFrame(record); };
    requestAnimationFrame(record);
  });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForTimeout(BREATHING_SECONDS * 1000);
  const { frames, longTasks } = await page.evaluate(() => ({ frames: window.__frames, longTasks: window.__longTasks }));
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await context.close();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const at = (q) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))];
  return {
    seconds: BREATHING_SECONDS,
    frames: frames.length,
    fps_median: Number((1000 / at(0.5)).toFixed(1)),
    fps_p5: Number((1000 / at(0.95)).toFixed(1)),
    long_tasks_over_50ms: longTasks.length,
    longest_task_ms: Math.round(Math.max(0, ...longTasks)),
    heap_growth_kb: Math.round((heapAfter - heapBefore) / 1024),
  };
}

if (process.env.BENCH_ONLY === 'changes') {
  console.log(JSON.stringify(await screenChanges(), null, 2));
  await browser.close();
  await server.close();
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'stories') {
  const stories = { measured_at: new Date().toISOString(), ...(await benchStories({ browser, url: server.url })) };
  await browser.close();
  await server.close();
  const earlier = JSON.parse(await readFile('bench.json', 'utf8').catch(() => '{}'));
  await writeFile(process.env.BENCH_JSON ?? 'bench.json', JSON.stringify({ ...earlier, stories }, null, 2) + '\n');
  printStories(stories);
  console.log('\nWritten to bench.json (stories only)');
  process.exit(0);
}

async function mainScreensCold() {
  const screens = [];
  for (const path of MAIN_SCREENS) {
    const loads = [];
    for (let i = 0; i < 3; i += 1) loads.push(await coldLoad(path));
    screens.push({ path, gzip: await requestedGzip(loads[0].requested), interactive_ms_median: Math.round(median(loads.map((l) => l.interactive))) });
  }
  return screens;
}

if (process.env.BENCH_ONLY === 'cold') {
  console.log(JSON.stringify(await mainScreensCold()));
  await browser.close();
  await server.close();
  process.exit(0);
}

const runs = [];
for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad());
const screens = await mainScreensCold();
const oneApp = (await readFile(join(DIST, 'index.html'), 'utf8')).includes('calm-together-app');
const changes = oneApp ? await screenChanges() : null;
const breathing = await breathingRun();
const stories = await benchStories({ browser, url: server.url, dist: DIST });
await browser.close();
await server.close();

/** A file's size as it is kept, gzipped (-9), and as the build's Brotli copy sends it. */
async function weigh(asset, file, body) {
  const brotli = await readFile(join(DIST, `${file}.br`)).catch(() => body);
  return { asset, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli.length };
}

const paths = [...new Set(runs[0].requested)];
const assets = [];
for (const path of paths) {
  const file = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
  const body = await readFile(join(DIST, file));
  assets.push(await weigh(path, file, body));
}
assets.sort((a, b) => b.gzip - a.gzip);
const total = assets.reduce(
  (sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip, brotli: sum.brotli + a.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

// The rest of the app's code, kept by the service worker (or fetched quietly) once Home runs.
const index = await readFile(join(DIST, 'index.html'), 'utf8');
const later = [];
// (A build before the one app listed each part in its own <meta name="calm-together-module">.)
const appFiles = [...index.matchAll(/<meta name="calm-together-(?:app|module)" content="([^"]+)">/g)].flatMap(([, files]) => files.split(' '));
const partSheets = [...index.matchAll(/<link[^>]*href="([^"]+\.css)"[^>]*disabled/g)].map(([, href]) => href);
for (const path of [...appFiles, ...partSheets]) {
  if (paths.includes(path)) continue;
  const body = await readFile(join(DIST, path.slice(1)));
  later.push(await weigh(path, path.slice(1), body));
}
later.sort((a, b) => b.gzip - a.gzip);
// Everything kept for use with no network: the service worker's list, as Brotli.
const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
const kept = JSON.parse(worker.match(/const FILES = (\[.*?\]);/)[1]);
const offline = { files: kept.length, brotli: 0, code_brotli: 0 };
for (const path of kept) {
  const file = decodeURIComponent(path.slice(1));
  const weighed = await weigh(path, file, await readFile(join(DIST, file)));
  offline.brotli += weighed.brotli;
  if (/\.(wasm|js|css|html)$/.test(file)) offline.code_brotli += weighed.brotli;
}
const result = {
  measured_at: new Date().toISOString(),
  first_load_assets: assets,
  first_load_total: total,
  fetched_later: later,
  kept_offline: offline,
  main_screens_cold: screens,
  screen_changes: changes,
  budget_gzip: BUDGET_GZIP,
  cold_load: {
    runs: RUNS,
    cpu_slowdown: CPU_SLOWDOWN,
    interactive_ms_each: runs.map((r) => Math.round(r.interactive)),
    interactive_ms_median: Math.round(median(runs.map((r) => r.interactive))),
    first_contentful_paint_ms_median: Math.round(median(runs.map((r) => r.paint))),
  },
  balloon_breathing: { cpu_slowdown: CPU_SLOWDOWN, ...breathing },
  stories,
};
await writeFile(process.env.BENCH_JSON ?? 'bench.json', JSON.stringify(result, null, 2) + '\n');

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log('\nFirst load of Home (every asset the browser requested)\n');
console.log(`${'asset'.padEnd(48)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`);
for (const a of assets) console.log(`${a.asset.padEnd(48)} ${kb(a.raw)} ${kb(a.gzip)} ${kb(a.brotli)}`);
console.log(`${'total'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   (budget ${kb(BUDGET_GZIP).trim()} KB gzip)`);
console.log('\nOther parts of the app, fetched and kept by the service worker 3 s after Home starts (not part of the first load)\n');
for (const a of later) console.log(`${a.asset.padEnd(48)} ${kb(a.raw)} ${kb(a.gzip)} ${kb(a.brotli)}`);
console.log(`${'total fetched later'.padEnd(48)} ${kb(later.reduce((n, a) => n + a.raw, 0))} ${kb(later.reduce((n, a) => n + a.gzip, 0))} ${kb(later.reduce((n, a) => n + a.brotli, 0))}`);
console.log(`\nKept for use with no network: ${offline.files} files, ${kb(offline.brotli).trim()} KB Brotli, of which the app's code (wasm, js, css, html) ${kb(offline.code_brotli).trim()} KB`);
console.log(`\nEach main screen opened cold (${CPU_SLOWDOWN}x CPU slowdown, median of 3):`);
for (const s of screens) console.log(`  ${s.path.padEnd(12)} ${kb(s.gzip)} KB gzip   interactive ${s.interactive_ms_median} ms`);
if (changes) {
  console.log(`\nMoving between screens with the app kept (${changes.moves} taps, ${CPU_SLOWDOWN}x CPU slowdown): p50 ${changes.ms_p50} ms, p95 ${changes.ms_p95} ms, max ${changes.ms_max} ms; first round p95 ${changes.first_round_ms_p95} ms (goal p95 <= 100 ms)`);
  console.log(`  slowest: ${changes.slowest.join('; ')}`);
} else {
  console.log('\nMoving between screens: this build loads a page for most moves (not measured)');
}
const c = result.cold_load;
console.log(`\nCold loads, ${RUNS} runs, ${CPU_SLOWDOWN}x CPU slowdown, navigation start to interactive Home:`);
console.log(`  each: ${c.interactive_ms_each.join(', ')} ms`);
console.log(`  median interactive: ${c.interactive_ms_median} ms; median first contentful paint: ${c.first_contentful_paint_ms_median} ms`);
const b = result.balloon_breathing;
console.log(`\nBalloon breathing, ${b.seconds} s at ${CPU_SLOWDOWN}x CPU slowdown:`);
console.log(`  frames: ${b.frames}; fps median ${b.fps_median}, 5th percentile ${b.fps_p5}`);
console.log(`  long tasks over 50 ms: ${b.long_tasks_over_50ms} (longest ${b.longest_task_ms} ms); JS heap growth: ${b.heap_growth_kb} KB`);
printStories(stories);
console.log('\nWritten to bench.json');
