// Lighthouse (npm, pinned) on the main screens of the release build, in system Chromium:
// Lighthouse's default mobile settings (a phone-sized screen, simulated slow 4G and 4x CPU
// slowdown), every screen in English and in Spanish (chosen by the browser's language, as a
// family's tablet would). Prints the four category scores of each screen and, for any category
// under its goal, the audits that keep it there; writes everything to audit.json.
// A report, not a test: exits 0 whatever the scores, non-zero only if Lighthouse could not run.
// dist/ is served compressed as a well-set-up host sends it: the build's Brotli copies (name.br)
// to a browser that accepts them, else gzip -9 (AUDIT_GZIP=0 serves it uncompressed).
// Run `make audit` (it builds the release first). AUDIT_RUNS=3 runs each screen three times and
// keeps the run with the median performance score; AUDIT_PAGES=/,/calm audits only those paths;
// AUDIT_LANGUAGES=en only that language.
import { writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
process.env.CHROME_PATH = CHROMIUM; // chrome-launcher never looks for (or downloads) another.
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

const PATHS = process.env.AUDIT_PAGES?.split(',') ??
  ['/', '/calm', '/calm/balloon', '/stories', '/progress', '/grown-ups'];
const LANGUAGES = {
  en: { flags: ['--lang=en-US', '--accept-lang=en-US,en'], header: 'en-US,en;q=0.9' },
  es: { flags: ['--lang=es-MX', '--accept-lang=es-MX,es'], header: 'es-MX,es;q=0.9' },
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOALS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: null };
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 1));
// The metrics Lighthouse's performance score is made of.
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
  'cumulative-layout-shift', 'speed-index'];

/** One Lighthouse run in a fresh Chromium (its own profile, so no state carries over). */
async function runLighthouse(url, language) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS, ...LANGUAGES[language].flags],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      extraHeaders: { 'Accept-Language': LANGUAGES[language].header },
    });
    if (!result?.lhr) throw new Error('Lighthouse returned no result');
    const spoken = await pageLanguage(chrome.port, url);
    return { lhr: result.lhr, spoken };
  } finally {
    await chrome.kill();
  }
}

/** The language the app chose in this Chromium (its <html lang>), to show the run was in it. */
async function pageLanguage(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    const lang = await page.evaluate(() => document.documentElement.lang);
    await page.close();
    return lang;
  } catch (error) {
    return `unknown (${error.message.split('\n')[0]})`;
  } finally {
    await browser.close();
  }
}

/** A URL of the served app as its path; other URLs as they are. */
const local = (url) => (url ? url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '') : undefined);
const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;

const score = (category) => (category?.score == null ? null : Math.round(category.score * 100));

/** The audits of a category that keep it under 100, the ones that cost the most first. */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  const failing = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (audit.score === null || audit.scoreDisplayMode === 'informative' ||
        audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'notApplicable') continue;
    // Performance: metrics under a full score, and opportunities Lighthouse itself marks as
    // failed (under 0.9). Elsewhere every audit is pass/fail.
    const threshold = categoryId === 'performance' && ref.weight === 0 ? 0.9 : 1;
    if (audit.score >= threshold) continue;
    const items = audit.details?.items ?? [];
    failing.push({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      displayValue: audit.displayValue,
      // Where, for the first few offending elements or resources.
      where: items.slice(0, 5).map((item) => item.node?.selector ?? item.node?.snippet ??
        local(item.url ?? item.source?.url) ?? item.description ?? null).filter(Boolean),
    });
  }
  return failing.sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score));
}

function summarise(path, language, { lhr, spoken }) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr.categories[id])]));
  const failing = Object.fromEntries(CATEGORIES.map((id) => [id, failingAudits(lhr, id)])
    .filter(([, audits]) => audits.length > 0));
  const belowGoal = CATEGORIES.filter((id) => GOALS[id] != null && scores[id] != null && scores[id] < GOALS[id]);
  return {
    path,
    language,
    page_language: spoken,
    url: lhr.finalDisplayedUrl,
    scores,
    below_goal: belowGoal,
    metrics: Object.fromEntries(METRICS.map((id) => [id, {
      value: Math.round(lhr.audits[id].numericValue * 1000) / 1000,
      display: lhr.audits[id].displayValue,
      score: lhr.audits[id].score,
    }])),
    failing,
    // What a slow load is made of: the biggest downloads (bytes on the wire) and long tasks.
    heaviest_downloads: (lhr.audits['network-requests'].details?.items ?? [])
      .sort((a, b) => b.transferSize - a.transferSize).slice(0, 3)
      .map((item) => ({ url: local(item.url), transfer_bytes: item.transferSize, resource_bytes: item.resourceSize })),
    long_tasks: (lhr.audits['long-tasks'].details?.items ?? [])
      .map((item) => ({ url: local(item.url), ms: Math.round(item.duration), at_ms: Math.round(item.startTime) })),
    // Audits Lighthouse itself could not compute (no score either way).
    errored_audits: Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => ({ id: audit.id, error: audit.errorMessage })),
    run_warnings: lhr.runWarnings,
    runtime_error: lhr.runtimeError ?? null,
    benchmark_index: lhr.environment.benchmarkIndex,
  };
}

// Compressed as a well-set-up host serves it (AUDIT_GZIP=0: the plain test server, none).
const COMPRESS = process.env.AUDIT_GZIP !== '0';
// AUDIT_DIST=<folder> audits another build (side by side with this one).
const server = await serveDist({ dir: process.env.AUDIT_DIST ?? 'dist', compress: COMPRESS });
const pages = [];
const couldNotRun = [];
let environment = null;
const pad = (value, width) => String(value ?? '–').padStart(width);
console.log(`Lighthouse (mobile, simulated throttling) in ${CHROMIUM}, dist/ served ${COMPRESS ? 'compressed (Brotli copies, else gzip)' : 'uncompressed'}; ` +
  `goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, best practices ${GOALS['best-practices']}\n`);
console.log(`${'page'.padEnd(20)} perf  a11y  best   seo`);

for (const language of process.env.AUDIT_LANGUAGES?.split(',') ?? Object.keys(LANGUAGES)) {
  for (const path of PATHS) {
    const label = `${path} (${language})`;
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await runLighthouse(server.url + path, language));
      const usable = runs.filter((run) => !run.lhr.runtimeError);
      if (usable.length === 0) throw new Error(`${runs[0].lhr.runtimeError.code}: ${runs[0].lhr.runtimeError.message}`);
      usable.sort((a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0));
      const chosen = usable[Math.floor(usable.length / 2)];
      environment ??= { lighthouse: chosen.lhr.lighthouseVersion, browser: chosen.lhr.environment.hostUserAgent,
        emulated: chosen.lhr.environment.networkUserAgent, throttling: chosen.lhr.configSettings.throttling,
        form_factor: chosen.lhr.configSettings.formFactor };
      const page = { ...summarise(path, language, chosen), runs: runs.length,
        performance_runs: runs.map((run) => score(run.lhr.categories.performance)) };
      pages.push(page);
      const s = page.scores;
      console.log(`${label.padEnd(20)} ${pad(s.performance, 4)}  ${pad(s.accessibility, 4)}  ${pad(s['best-practices'], 4)}  ${pad(s.seo, 4)}` +
        (page.page_language === language ? '' : `   (page language: ${page.page_language})`));
      for (const id of CATEGORIES) {
        const shown = page.below_goal.includes(id) || (GOALS[id] == null && s[id] != null && s[id] < 100);
        if (!shown) continue;
        const goal = GOALS[id] == null ? 'no goal' : `goal ${GOALS[id]}`;
        console.log(`    ${id} ${s[id]} (${goal}):`);
        for (const audit of page.failing[id] ?? []) {
          const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
          const where = audit.where.length ? ` [${audit.where.join(', ')}]` : '';
          console.log(`      ${audit.id}: ${audit.title}${value}${where}`);
        }
        if (id === 'performance') {
          console.log(`      biggest downloads: ${page.heaviest_downloads.map((d) => `${d.url} ${kib(d.transfer_bytes)}`).join(', ')}`);
          const long = page.long_tasks.filter((task) => task.ms >= 100);
          if (long.length) console.log(`      long tasks (≥ 100 ms, slowed 4x): ${long.map((t) => `${t.url} ${t.ms} ms`).join(', ')}`);
        }
      }
      for (const warning of page.run_warnings) console.log(`    warning: ${warning.split('\n')[0]}`);
    } catch (error) {
      couldNotRun.push({ path, language, error: String(error?.message ?? error) });
      console.log(`${label.padEnd(20)} Lighthouse could not run: ${error?.message ?? error}`);
    }
  }
}
await server.close();

const benchmark = pages.map((p) => p.benchmark_index).sort((a, b) => a - b);
const summary = {
  measured_at: new Date().toISOString(),
  ...environment,
  served: COMPRESS ? 'brotli 11 (the build\'s .br copies), else gzip -9' : 'uncompressed',
  benchmark_index_median: benchmark[Math.floor(benchmark.length / 2)] ?? null,
  goals: GOALS,
  pages,
  could_not_run: couldNotRun,
};
await writeFile('audit.json', JSON.stringify(summary, null, 2) + '\n');
const errored = [...new Set(pages.flatMap((page) => page.errored_audits.map((audit) => audit.id)))];
if (errored.length) {
  console.log(`\nLighthouse could not compute (on some pages; not scored, details in audit.json): ${errored.join(', ')}`);
}
console.log(`\nLighthouse's benchmark index of this machine: ${summary.benchmark_index_median} ` +
  '(its 4x CPU slowdown assumes a desktop-class machine; well under 1000 makes performance look worse)');
console.log('Written to audit.json');
process.exit(couldNotRun.length > 0 ? 1 : 0);
