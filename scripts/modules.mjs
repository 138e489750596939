// Trunk post-build hook: names the app's code (pkg/, from scripts/split-build.sh) by its content,
// lists its files in index.html as <meta name="calm-together-app"> for public/boot.js, puts
// boot.js inline, then writes the service worker and the compressed copies. Runs in Trunk's
// staging directory.
import { readFileSync, readdirSync, renameSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { compactModule, stagingDir } from './files.mjs';

const stage = stagingDir('modules');
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
// The same rule as SiteBase::parse (src/model/site.rs): a plain path, `/` or `/calm-together/`.
if (!/^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/.test(base)) {
  console.error(`modules: the public URL must be a plain path that ends with /, like /calm-together/ (got ${base})`);
  process.exit(1);
}
const indexPath = join(stage, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// The app's code: its start (app.js, app_bg.wasm), the loader of its parts, the parts. The
// loader finds app.js and the parts next to itself, so the folder, not each file, is renamed:
// any change anywhere in it gives it a new name, and the browser never mixes two versions.
const pkg = join(stage, 'pkg');
const files = existsSync(pkg) ? readdirSync(pkg).sort() : [];
for (const needed of ['app.js', 'app_bg.wasm', '__wasm_split.js']) {
  if (!files.includes(needed)) {
    console.error(`modules: pkg/${needed} is missing from the build (scripts/split-build.sh)`);
    process.exit(1);
  }
}
// Which files each part needs (its own and the chunks it shares), read from the loader the split
// wrote, for the addresses in scripts/parts-by-address.json (Module::early_fetch_table, kept
// equal by a test): boot.js fetches them beside the start for a screen opened by its address.
const loader = readFileSync(join(pkg, '__wasm_split.js'), 'utf8');
const chunkFiles = new Map(
  [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)]
    .map(([, name, file]) => [name, file]),
);
const earlyRows = JSON.parse(readFileSync('scripts/parts-by-address.json', 'utf8')).map(({ part, addresses, styles }) => {
  const found = new RegExp(
    `__wasm_split_load_${part} = wrapAsyncCb\\(makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\.\\/([\\w.]+)"[\\s\\S]*?\\}\\s*,\\s*\\[([^\\]]*)\\]`,
  ).exec(loader);
  const chunks = found?.[2].split(',').map((name) => name.trim()).filter(Boolean) ?? [];
  if (!found || chunks.some((name) => !chunkFiles.has(name))) {
    console.error(`modules: the loader of the parts has no part "${part}" or one of its chunks (scripts/parts-by-address.json)`);
    process.exit(1);
  }
  const needed = [found[1], ...chunks.map((name) => chunkFiles.get(name))];
  return { addresses, needed, styles };
});
for (const script of files.filter((name) => name.endsWith('.js'))) {
  writeFileSync(join(pkg, script), compactModule(readFileSync(join(pkg, script), 'utf8'), script));
}
const hash = createHash('sha256');
for (const name of files) hash.update(name).update(readFileSync(join(pkg, name)));
const folder = `app-${hash.digest('hex').slice(0, 16)}`;
renameSync(pkg, join(stage, folder));
// Start first, then the rest (boot.js fetches them itself only where no service worker does).
const listed = ['app.js', 'app_bg.wasm', ...files.filter((name) => name !== 'app.js' && name !== 'app_bg.wasm')];
const metas = [
  `<meta name="calm-together-app" content="${listed.map((name) => `${base}${folder}/${name}`).join(' ')}">`,
  `<meta name="calm-together-base" content="${base}">`,
  // "addresses|files|style sheets" for each part, ";" between parts.
  `<meta name="calm-together-early" content="${earlyRows
    .map(({ addresses, needed, styles }) => [
      addresses.join(' '),
      needed.map((file) => `${base}${folder}/${file}`).join(' '),
      styles.map((name) => `style-${name}`).join(' '),
    ].join('|'))
    .join(';')}">`,
];
index = index.replace('</head>', `${metas.join('')}</head>`);

// The links Trunk does not process (the manifest, the iPad's icon) name their file from the base.
const rootLinks = /(\bhref="?)\/(manifest\.webmanifest|icons\/apple-touch-icon\.png)/g;
if ((index.match(rootLinks) ?? []).length !== 2) {
  console.error('modules: the manifest and apple-touch-icon links were not found');
  process.exit(1);
}
index = index.replace(rootLinks, `$1${base}$2`);

// The start-up script goes into the page itself, allowed by its hash in the
// Content-Security-Policy: the part's download then starts one round trip sooner.
const bootPath = join(stage, 'boot.js');
const boot = compactModule(readFileSync(bootPath, 'utf8'), 'boot.js');
const bootTag = /<script[^>]*\bsrc="?[^" >]*boot\.js"?[^>]*><\/script>/;
const scriptSources = "script-src 'self'";
if (!bootTag.test(index) || !index.includes(scriptSources) || boot.includes('</script')) {
  console.error('modules: the boot.js <script> or the CSP script-src to put it inline was not found');
  process.exit(1);
}
const bootHash = createHash('sha256').update(boot).digest('base64');
index = index
  .replace(bootTag, () => `<script type="module">${boot}</script>`)
  .replace(scriptSources, `${scriptSources} 'sha256-${bootHash}'`);
unlinkSync(bootPath);
writeFileSync(indexPath, index);
console.log(`modules: ${folder}/ (${files.join(', ')}); boot.js inline (sha256-${bootHash})`);
// Then the service worker, which must list the parts under their final names, and last the
// compressed copies of every file. (Hooks of one stage may run side by side, so they run from
// here, in order.)
await import('./service-worker.mjs');
await import('./compress.mjs');
