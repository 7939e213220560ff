// `npm run audit:bundled [-- --audit-level=high]`: npm's audit of the lockfile, failing on the advisories that reach
// the bundle. `npm audit --omit=dev` audits nothing here (every package is a dev dependency: the bundle carries what
// ships), and a plain `npm audit` fails on the test tools' advisories, which no user runs; so the report is cut to
// the packages dist/ holds (scripts/bundled-packages.mjs). Needs `npm run build` first and the registry: CI runs it
// as a step of its own (.github/workflows/ci.yml), never `npm test`, which stays offline.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readBundledPackages, ROOT } from './bundled-packages.mjs';

/** npm's severities, lowest first. */
export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];

/**
 * @typedef {{ name: string, severity: string, nodes?: string[], via?: Array<string | { title?: string, url?: string }> }} Vulnerability
 */

/**
 * The vulnerabilities of an `npm audit --json` report (auditReportVersion 2) that are in the bundle, at `level` or
 * above, each with the bundled lockfile paths it was found at.
 * @param {{ vulnerabilities?: Record<string, Vulnerability> }} report
 * @param {string[]} paths the bundled packages' lockfile paths
 * @param {string} level the lowest severity that counts
 * @returns {Array<Vulnerability & { bundled: string[] }>}
 */
export function bundledVulnerabilities(report, paths, level) {
  const lowest = SEVERITIES.indexOf(level);
  if (lowest < 0) throw new Error(`--audit-level=${level} is none of ${SEVERITIES.join(', ')}`);
  const bundled = new Set(paths);
  return Object.values(report.vulnerabilities ?? {})
    .filter((vulnerability) => SEVERITIES.indexOf(vulnerability.severity) >= lowest)
    .map((vulnerability) => ({
      ...vulnerability,
      bundled: (vulnerability.nodes ?? []).filter((node) => bundled.has(node)),
    }))
    .filter((vulnerability) => vulnerability.bundled.length > 0);
}

/**
 * One line per vulnerability: its package, severity, where in the bundle, and the advisories' titles and links.
 * @param {Array<Vulnerability & { bundled: string[] }>} found
 * @returns {string[]}
 */
export function describeVulnerabilities(found) {
  return found.map((vulnerability) => {
    const advisories = (vulnerability.via ?? [])
      .map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? ''} ${via.url ?? ''}`.trim()))
      .join('; ');
    return `${vulnerability.name} (${vulnerability.severity}) at ${vulnerability.bundled.join(', ')}: ${advisories}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const level = /^--audit-level=(.*)$/.exec(process.argv[2] ?? '')?.[1] ?? 'high';
  try {
    const { paths } = readBundledPackages();
    // npm audit exits 1 when it finds anything, in any package: its report decides, not its exit code.
    const audit = spawnSync('npm', ['audit', '--json', '--package-lock-only'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const report = JSON.parse(audit.stdout || '{}');
    if (!report.vulnerabilities) throw new Error(`npm audit gave no report: ${(audit.stderr || audit.stdout).trim()}`);
    const found = bundledVulnerabilities(report, paths, level);
    for (const line of describeVulnerabilities(found)) console.log(line);
    console.log(`${found.length} ${level} or worse in the ${paths.length} bundled packages`);
    process.exit(found.length ? 1 : 0);
  } catch (error) {
    console.error(`audit:bundled: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
