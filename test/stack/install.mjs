// @ts-check
/**
 * `npm run stack:install`: installs what the stack's engines run on, without starting anything: the Debian packages
 * (as root, with apt-get) and Docker 26 + buildx + containerd from trixie into the machine's engine cache. `stack:up`
 * does the same when something is missing; CI calls this first so that the install is a step of its own.
 */
import { installPackages, missingPackages } from './packages.mjs';
import { engineCacheDir, ensureTrixieEngine } from './trixie.mjs';

try {
  const missing = missingPackages();
  if (missing.length > 0) installPackages(missing, (line) => console.log(`stack: ${line}`));
  const { prefix, versions } = await ensureTrixieEngine((line) => console.log(`stack: ${line}`));
  console.log(`Engines installed: Debian's docker.io (bookworm) and, in ${prefix} (cache ${engineCacheDir()}):`);
  for (const [name, version] of Object.entries(versions)) console.log(`  ${name} ${version}`);
} catch (error) {
  console.error(`stack:install failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
