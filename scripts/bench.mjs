// Measures what a family downloads and waits for: every asset the first load of Home
// requests (raw, gzip -9 and Brotli bytes), and the median of 5 cold loads in headless Chromium with
// 4x CPU throttling, from navigation start to the home screen being interactive. Then a 60 s
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
const CPU_SLOWDOWN = 4;
const BUDGET_GZIP = 160 * 1024;

const server = await serveDist({ dir: 'dist' });
const browser = await launchChromium();

async function coldLoad() {
  const context = await browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requested = [];
  page.on('requestfinished', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(server.url + '/');
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

if (process.env.BENCH_ONLY === 'stories') {
  const stories = { measured_at: new Date().toISOString(), ...(await benchStories({ browser, url: server.url })) };
  await browser.close();
  await server.close();
  const earlier = JSON.parse(await readFile('bench.json', 'utf8').catch(() => '{}'));
  await writeFile('bench.json', JSON.stringify({ ...earlier, stories }, null, 2) + '\n');
  printStories(stories);
  console.log('\nWritten to bench.json (stories only)');
  process.exit(0);
}

const runs = [];
for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad());
const breathing = await breathingRun();
const stories = await benchStories({ browser, url: server.url });
await browser.close();
await server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A file's size as it is kept, gzipped (-9), and as the build's Brotli copy sends it. */
async function weigh(asset, file, body) {
  const brotli = await readFile(join('dist', `${file}.br`)).catch(() => body);
  return { asset, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli.length };
}

const paths = [...new Set(runs[0].requested)];
const assets = [];
for (const path of paths) {
  const file = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
  const body = await readFile(join('dist', file));
  assets.push(await weigh(path, file, body));
}
assets.sort((a, b) => b.gzip - a.gzip);
const total = assets.reduce(
  (sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip, brotli: sum.brotli + a.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

// The other parts of the app, fetched quietly 3 s after the first part starts.
const index = await readFile(join('dist', 'index.html'), 'utf8');
const later = [];
for (const [, files] of index.matchAll(/<meta name="calm-together-module" content="([^"]+)">/g)) {
  for (const path of files.split(' ')) {
    if (paths.includes(path)) continue;
    const body = await readFile(join('dist', path.slice(1)));
    later.push(await weigh(path, path.slice(1), body));
  }
}
const result = {
  measured_at: new Date().toISOString(),
  first_load_assets: assets,
  first_load_total: total,
  fetched_later: later,
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
await writeFile('bench.json', JSON.stringify(result, null, 2) + '\n');

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log('\nFirst load of Home (every asset the browser requested)\n');
console.log(`${'asset'.padEnd(48)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`);
for (const a of assets) console.log(`${a.asset.padEnd(48)} ${kb(a.raw)} ${kb(a.gzip)} ${kb(a.brotli)}`);
console.log(`${'total'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   (budget ${kb(BUDGET_GZIP).trim()} KB gzip)`);
console.log('\nOther parts of the app, fetched and kept by the service worker 3 s after Home starts (not part of the first load)\n');
for (const a of later) console.log(`${a.asset.padEnd(48)} ${kb(a.raw)} ${kb(a.gzip)} ${kb(a.brotli)}`);
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
