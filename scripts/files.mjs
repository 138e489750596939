// What the build scripts and the test server share about the build's files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Text and .wasm: the files worth sending compressed (by extension). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);

/** Every file under `dir`, at any depth, as paths. */
export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Trunk's staging directory, for a post-build hook named `hook`; exits when not run by Trunk. */
export function stagingDir(hook) {
  const stage = process.env.TRUNK_STAGING_DIR;
  if (!stage) {
    console.error(`${hook}: run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)`);
    process.exit(1);
  }
  return stage;
}
