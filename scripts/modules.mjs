// Trunk post-build hook: gives the extra app parts (built as Trunk "worker" apps, which keep
// plain names) content-hashed names like the main part's, and lists them in index.html as
// <meta name="calm-together-module"> for public/boot.js. Runs in Trunk's staging directory.
import { readFileSync, readdirSync, renameSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { compactModule, stagingDir } from './files.mjs';

const EXTRA_PARTS = ['calm', 'shelf', 'story', 'progress', 'family'];
const stage = stagingDir('modules');
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
// The same rule as SiteBase::parse (src/model/site.rs): a plain path, `/` or `/calm-together/`.
if (!/^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/.test(base)) {
  console.error(`modules: the public URL must be a plain path that ends with /, like /calm-together/ (got ${base})`);
  process.exit(1);
}
const indexPath = join(stage, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const metas = [];
for (const part of EXTRA_PARTS) {
  const js = join(stage, `${part}.js`);
  const wasm = join(stage, `${part}_bg.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) {
    console.error(`modules: ${part}.js or ${part}_bg.wasm is missing from the build`);
    process.exit(1);
  }
  writeFileSync(js, compactModule(readFileSync(js, 'utf8'), `${part}.js`));
  const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  renameSync(js, join(stage, `${part}-${hash}.js`));
  renameSync(wasm, join(stage, `${part}-${hash}_bg.wasm`));
  metas.push(`<meta name="calm-together-module" content="${base}${part}-${hash}.js ${base}${part}-${hash}_bg.wasm">`);
}
metas.push(`<meta name="calm-together-base" content="${base}">`);
index = index.replace('</head>', `${metas.join('')}</head>`);
// The main part's glue, named by Trunk (from its content before this, so still unique to it).
const shellGlue = readdirSync(stage).filter((name) => /^shell-[0-9a-f]+\.js$/.test(name));
if (shellGlue.length !== 1) {
  console.error(`modules: expected one shell-*.js in the build, found ${shellGlue.length}`);
  process.exit(1);
}
const shellPath = join(stage, shellGlue[0]);
writeFileSync(shellPath, compactModule(readFileSync(shellPath, 'utf8'), shellGlue[0]));

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
console.log(`modules: listed ${EXTRA_PARTS.join(', ')}; boot.js inline (sha256-${bootHash})`);
// Then the service worker, which must list the parts under their final names, and last the
// compressed copies of every file. (Hooks of one stage may run side by side, so they run from
// here, in order.)
await import('./service-worker.mjs');
await import('./compress.mjs');
