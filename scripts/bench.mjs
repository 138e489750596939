// Measures what a family downloads and waits for: every asset the first load of Home
// requests (raw and gzip -9 bytes), and the median of 5 cold loads in headless Chromium with
// 4x CPU throttling, from navigation start to the home screen being interactive.
// Prints a table and writes bench.json. Run `make bench` (it builds the release first).
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist } from './serve-dist.mjs';
import { launchChromium, TABLET_LANDSCAPE } from '../tests/e2e/browser.mjs';

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

const runs = [];
for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad());
await browser.close();
await server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const paths = [...new Set(runs[0].requested)];
const assets = [];
for (const path of paths) {
  const file = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
  const body = await readFile(join('dist', file));
  assets.push({ asset: path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
}
assets.sort((a, b) => b.gzip - a.gzip);
const total = assets.reduce((sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip }), { raw: 0, gzip: 0 });
const result = {
  measured_at: new Date().toISOString(),
  first_load_assets: assets,
  first_load_total: total,
  budget_gzip: BUDGET_GZIP,
  cold_load: {
    runs: RUNS,
    cpu_slowdown: CPU_SLOWDOWN,
    interactive_ms_each: runs.map((r) => Math.round(r.interactive)),
    interactive_ms_median: Math.round(median(runs.map((r) => r.interactive))),
    first_contentful_paint_ms_median: Math.round(median(runs.map((r) => r.paint))),
  },
};
await writeFile('bench.json', JSON.stringify(result, null, 2) + '\n');

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log('\nFirst load of Home (every asset the browser requested)\n');
console.log(`${'asset'.padEnd(48)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const a of assets) console.log(`${a.asset.padEnd(48)} ${kb(a.raw)} ${kb(a.gzip)}`);
console.log(`${'total'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)}   (budget ${kb(BUDGET_GZIP).trim()} KB gzip)`);
const c = result.cold_load;
console.log(`\nCold loads, ${RUNS} runs, ${CPU_SLOWDOWN}x CPU slowdown, navigation start to interactive Home:`);
console.log(`  each: ${c.interactive_ms_each.join(', ')} ms`);
console.log(`  median interactive: ${c.interactive_ms_median} ms; median first contentful paint: ${c.first_contentful_paint_ms_median} ms`);
console.log('\nWritten to bench.json');
