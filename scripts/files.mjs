// What the build scripts and the test server share about the build's files.
import { spawnSync } from 'node:child_process';
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

/**
 * JavaScript without its whole-line comments, indentation and blank lines (Trunk's minifier
 * gives up on wasm-bindgen's glue, and boot.js goes into the page as it is). Only where that is
 * plainly safe: text with a line that could continue a string or template literal (an odd
 * number of backticks, a trailing backslash) is returned unchanged.
 */
export function compactScript(text) {
  const lines = text.split('\n');
  if (lines.some((line) => (line.match(/`/g) ?? []).length % 2 === 1 || line.endsWith('\\'))) return text;
  return text
    // A block comment alone on its lines (one whose first `*/` ends a line; never code after it).
    .replace(/^[ \t]*\/\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*$/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n') + '\n';
}

/** `compactScript`, checked: the build stops if the compacted module no longer parses. */
export function compactModule(text, name) {
  const compact = compactScript(text);
  const check = spawnSync(process.execPath, ['--check', '--input-type=module'], { input: compact });
  if (check.status !== 0) {
    console.error(`compacting ${name} broke it:\n${check.stderr}`);
    process.exit(1);
  }
  return compact;
}
