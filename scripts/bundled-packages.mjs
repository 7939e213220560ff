// The packages the bundle holds: what ncc put in dist/, read from the webpack stats the build writes
// (generated/ncc-stats.json, `npm run build`) and named by their entries in package-lock.json. Every package of this
// project is a dev dependency (the bundle carries them; an install of the published package needs none), so npm's
// `--omit dev` finds no production tree to report: the bundle's own module list is the truth. Used by
// scripts/sbom.mjs (the SBOM of a release) and scripts/audit-bundled.mjs (CI's audit of them).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run build` writes ncc's webpack stats (see package.json's build script). */
export const STATS_FILE = 'generated/ncc-stats.json';

/**
 * The webpack module names of a stats document, concatenated modules' members included.
 * @param {{ modules?: Array<{ name?: string, modules?: unknown[] }> }} stats
 * @returns {string[]}
 */
function moduleNames(stats) {
  /** @type {string[]} */
  const names = [];
  /** @param {Array<{ name?: string, modules?: unknown[] }>} modules */
  const walk = (modules) => {
    for (const module of modules) {
      if (module.name) names.push(module.name);
      if (module.modules) walk(/** @type {Array<{ name?: string, modules?: unknown[] }>} */ (module.modules));
    }
  };
  walk(stats.modules ?? []);
  return names;
}

/**
 * The lockfile paths (`node_modules/a/node_modules/b`) of the packages whose modules the bundle holds, sorted. A module
 * `./node_modules/a/node_modules/@s/b/x.js` is the package at the longest run of `node_modules/<name>` segments.
 * @param {{ modules?: Array<{ name?: string, modules?: unknown[] }> }} stats ncc's webpack stats
 * @param {Record<string, unknown>} lockPackages package-lock.json's `packages`
 * @returns {string[]}
 */
export function bundledPackages(stats, lockPackages) {
  const found = new Set();
  for (const name of moduleNames(stats)) {
    // A concatenated module is named after its first member: "./node_modules/x/index.js + 14 modules".
    const file = name.replace(/ \+ \d+ modules?$/, '');
    const match = /^\.\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/.exec(file);
    if (!match?.[1]) continue;
    const packagePath = match[1].slice(0, -1);
    if (!(packagePath in lockPackages))
      throw new Error(
        `${STATS_FILE}: the bundle holds ${file}, but package-lock.json has no ${packagePath}: run npm ci and npm run build`,
      );
    found.add(packagePath);
  }
  return [...found].sort();
}

/**
 * The bundled packages of this checkout: its build's stats over its lockfile. Refuses stats missing or older than the
 * lockfile (they would describe another set of packages).
 * @param {string} [root]
 * @returns {{ paths: string[], lock: { name: string, version: string, packages: Record<string, { version?: string }> } }}
 */
export function readBundledPackages(root = ROOT) {
  const statsFile = path.join(root, STATS_FILE);
  const lockFile = path.join(root, 'package-lock.json');
  let statsTime;
  try {
    statsTime = statSync(statsFile).mtimeMs;
  } catch {
    throw new Error(`${STATS_FILE} is missing: run npm run build first (it lists what the build bundled)`);
  }
  if (statsTime < statSync(lockFile).mtimeMs)
    throw new Error(`${STATS_FILE} is older than package-lock.json: run npm run build again`);
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  return { paths: bundledPackages(JSON.parse(readFileSync(statsFile, 'utf8')), lock.packages), lock };
}

/**
 * A package's name from its lockfile path (`node_modules/a/node_modules/@s/b` → `@s/b`).
 * @param {string} packagePath
 * @returns {string}
 */
export function packageName(packagePath) {
  return packagePath.slice(packagePath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}
