// `npm run sbom`: the CycloneDX SBOM of what dist/ bundles, on stdout — npm's own SBOM of the lockfile
// (`npm sbom --package-lock-only`: offline, versions, purls, integrity hashes and licenses from package-lock.json) cut
// to the packages the build put in the bundle (scripts/bundled-packages.mjs), each `required` (it ships), with the
// dependency graph among them. Needs `npm run build` first. The release attaches it to each GitHub release.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packageName, readBundledPackages, ROOT } from './bundled-packages.mjs';

/**
 * @typedef {{ 'bom-ref': string, name: string, version: string, scope?: string,
 *   properties?: Array<{ name: string, value: string }> }} Component
 * @typedef {{ metadata: { component: Component & Record<string, unknown> } & Record<string, unknown>,
 *   components: Component[], dependencies: Array<{ ref: string, dependsOn?: string[] }> } & Record<string, unknown>} Bom
 */

/**
 * npm's SBOM of the whole lockfile cut to the bundled packages: their components (each `required`, without npm's
 * "development" mark: the bundle ships them), the dependency graph among them and from the package itself.
 * @param {Bom} npmBom `npm sbom --sbom-format cyclonedx --package-lock-only`
 * @param {string[]} paths the bundled packages' lockfile paths
 * @param {{ name: string, packages: Record<string, { version?: string }> }} lock package-lock.json
 * @returns {Bom}
 */
export function bundledBom(npmBom, paths, lock) {
  const refs = new Set(paths.map((p) => `${packageName(p)}@${lock.packages[p]?.version}`));
  const components = npmBom.components
    .filter((component) => refs.has(component['bom-ref']))
    .map((component) => ({
      ...component,
      scope: 'required',
      properties: (component.properties ?? []).filter((property) => property.name !== 'cdx:npm:package:development'),
    }));
  const missing = [...refs].filter((ref) => !components.some((component) => component['bom-ref'] === ref));
  if (missing.length) throw new Error(`npm sbom lists no component for the bundled ${missing.join(', ')}`);
  const root = npmBom.metadata.component;
  const kept = new Set([...refs, root['bom-ref']]);
  return {
    ...npmBom,
    // After the build: what the bundle holds, not what an install would fetch.
    metadata: { ...npmBom.metadata, lifecycles: [{ phase: 'build' }], component: { ...root, name: lock.name } },
    components,
    dependencies: npmBom.dependencies
      .filter((dependency) => kept.has(dependency.ref))
      .map((dependency) => ({ ...dependency, dependsOn: (dependency.dependsOn ?? []).filter((ref) => refs.has(ref)) })),
  };
}

/**
 * npm's CycloneDX SBOM of the lockfile, offline.
 * @param {string} [root]
 * @returns {Bom}
 */
export function npmLockfileBom(root = ROOT) {
  const args = ['sbom', '--sbom-format', 'cyclonedx', '--package-lock-only', '--offline'];
  return JSON.parse(execFileSync('npm', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { paths, lock } = readBundledPackages();
    process.stdout.write(`${JSON.stringify(bundledBom(npmLockfileBom(), paths, lock), null, 2)}\n`);
  } catch (error) {
    console.error(`sbom: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
