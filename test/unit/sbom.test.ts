/**
 * The SBOM of the bundle and the audit of the bundled packages (scripts/bundled-packages.mjs, sbom.mjs,
 * audit-bundled.mjs): which packages the build's webpack stats name, npm's own SBOM of this lockfile cut to exactly
 * those (offline: `npm sbom --package-lock-only`), and an audit report cut to them.
 */
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledPackages, readBundledPackages, STATS_FILE } from '../../scripts/bundled-packages.mjs';
import { bundledBom, npmLockfileBom } from '../../scripts/sbom.mjs';
import { bundledVulnerabilities, describeVulnerabilities } from '../../scripts/audit-bundled.mjs';
import { tempDirs } from './temp-dir';

const root = path.join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const tempDir = tempDirs('ebb-sbom-');

const LOCK_PACKAGES = {
  '': {},
  'node_modules/yaml': {},
  'node_modules/@aws-sdk/client-s3': {},
  'node_modules/lazystream': {},
  'node_modules/lazystream/node_modules/readable-stream': {},
  'node_modules/@vercel/ncc': {},
};

test.each([
  [1, 'a package module', ['./node_modules/yaml/dist/index.js'], ['node_modules/yaml']],
  [2, 'a scoped one', ['./node_modules/@aws-sdk/client-s3/dist-cjs/index.js'], ['node_modules/@aws-sdk/client-s3']],
  [
    3,
    'a nested copy is its own package, beside the top-level one',
    ['./node_modules/lazystream/node_modules/readable-stream/lib/x.js', './node_modules/lazystream/lib/y.js'],
    ['node_modules/lazystream', 'node_modules/lazystream/node_modules/readable-stream'],
  ],
  [4, "the project's own modules and package.json are no package", ['./src/main.ts + 9 modules', './package.json'], []],
  [
    5,
    "a concatenated module's name and members",
    [{ name: './node_modules/yaml/dist/a.js + 3 modules', modules: [{ name: './node_modules/@vercel/ncc/x.js' }] }],
    ['node_modules/@vercel/ncc', 'node_modules/yaml'],
  ],
  [
    6,
    "ncc's stand-in for a missing optional module",
    ['./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?kerberos'],
    ['node_modules/@vercel/ncc'],
  ],
  [7, 'one package named once', ['./node_modules/yaml/a.js', './node_modules/yaml/b.js'], ['node_modules/yaml']],
])('%i. bundled packages: %s', (_n, _name, modules, expected) => {
  const stats = { modules: modules.map((module) => (typeof module === 'string' ? { name: module } : module)) };
  expect(bundledPackages(stats, LOCK_PACKAGES)).toEqual(expected);
});

test('a bundled module of a package the lockfile lacks is refused, naming the module and the fix', () => {
  expect(() => bundledPackages({ modules: [{ name: './node_modules/left-pad/index.js' }] }, LOCK_PACKAGES)).toThrow(
    `${STATS_FILE}: the bundle holds ./node_modules/left-pad/index.js, but package-lock.json has no node_modules/left-pad: run npm ci and npm run build`,
  );
});

test('the build stats must exist and be newer than the lockfile; then they name the bundled packages', () => {
  const dir = tempDir();
  const lockFile = path.join(dir, 'package-lock.json');
  writeFileSync(lockFile, JSON.stringify({ name: 'x', packages: LOCK_PACKAGES }));
  expect(() => readBundledPackages(dir)).toThrow(`${STATS_FILE} is missing: run npm run build first`);
  mkdirSync(path.join(dir, 'generated'));
  writeFileSync(path.join(dir, STATS_FILE), JSON.stringify({ modules: [{ name: './node_modules/yaml/a.js' }] }));
  const later = new Date(Date.now() + 60_000);
  utimesSync(lockFile, later, later);
  expect(() => readBundledPackages(dir)).toThrow(
    `${STATS_FILE} is older than package-lock.json: run npm run build again`,
  );
  const earlier = new Date(Date.now() - 60_000);
  utimesSync(lockFile, earlier, earlier);
  expect(readBundledPackages(dir).paths).toEqual(['node_modules/yaml']);
});

describe("the SBOM of this lockfile's packages (npm sbom, offline)", () => {
  // Real lockfile paths: a top-level package, a scoped one, and a nested copy whose version differs from the
  // top-level package of the same name.
  const paths = [
    'node_modules/@aws-sdk/client-ecr',
    'node_modules/lazystream',
    'node_modules/lazystream/node_modules/readable-stream',
    'node_modules/readable-stream',
    'node_modules/yaml',
  ];
  const refs = paths.map((p) => `${p.slice(p.lastIndexOf('node_modules/') + 13)}@${lock.packages[p].version}`).sort();
  let npmBom: ReturnType<typeof npmLockfileBom>;
  let bom: ReturnType<typeof bundledBom>;
  beforeAll(() => {
    npmBom = npmLockfileBom(root);
    bom = bundledBom(npmBom, paths, lock);
  }, 120_000);

  test('the lockfile holds two versions of readable-stream (the case the refs tell apart)', () => {
    expect(new Set(refs.filter((ref) => ref.startsWith('readable-stream@'))).size).toBe(2);
  });

  test('it lists exactly those packages, each required, with its purl, integrity hash and license', () => {
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.components.map((component) => component['bom-ref']).sort()).toEqual(refs);
    for (const component of bom.components) {
      expect(component).toMatchObject({
        scope: 'required',
        purl: `pkg:npm/${component.name.replace('@', '%40')}@${component.version}`,
        hashes: [{ alg: 'SHA-512', content: expect.stringMatching(/^[0-9a-f]{128}$/) }],
        licenses: [expect.anything()],
      });
      expect(component.properties).not.toContainEqual(expect.objectContaining({ name: 'cdx:npm:package:development' }));
    }
  });

  test('the package itself is the subject; the dependency graph stays among the listed packages', () => {
    expect(bom.metadata.component).toMatchObject({ name: lock.name, version: lock.version });
    expect(bom.metadata.lifecycles).toEqual([{ phase: 'build' }]);
    const known = new Set([...refs, bom.metadata.component['bom-ref']]);
    for (const dependency of bom.dependencies) {
      expect(known).toContain(dependency.ref);
      for (const ref of dependency.dependsOn ?? []) expect(refs).toContain(ref);
    }
    const rootEntry = bom.dependencies.find((dependency) => dependency.ref === bom.metadata.component['bom-ref']);
    expect(rootEntry?.dependsOn?.sort()).toEqual([
      `@aws-sdk/client-ecr@${lock.packages['node_modules/@aws-sdk/client-ecr'].version}`,
      `yaml@${lock.packages['node_modules/yaml'].version}`,
    ]);
    const lazystream = bom.dependencies.find((dependency) => dependency.ref.startsWith('lazystream@'));
    expect(lazystream?.dependsOn).toEqual([
      `readable-stream@${lock.packages['node_modules/lazystream/node_modules/readable-stream'].version}`,
    ]);
  });

  test('a bundled package npm does not list is an error, not a shorter SBOM', () => {
    const stale = { ...lock, packages: { ...lock.packages, 'node_modules/yaml': { version: '0.0.0-gone' } } };
    expect(() => bundledBom(npmBom, ['node_modules/yaml'], stale)).toThrow(
      'npm sbom lists no component for the bundled yaml@0.0.0-gone',
    );
  });
});

const REPORT = {
  auditReportVersion: 2,
  vulnerabilities: {
    yaml: {
      name: 'yaml',
      severity: 'high',
      nodes: ['node_modules/yaml'],
      via: [{ title: 'Uncontrolled resource consumption', url: 'https://github.com/advisories/GHSA-x' }],
    },
    'readable-stream': {
      name: 'readable-stream',
      severity: 'critical',
      nodes: ['node_modules/readable-stream', 'node_modules/lazystream/node_modules/readable-stream'],
      via: ['string_decoder'],
    },
    jest: { name: 'jest', severity: 'critical', nodes: ['node_modules/jest'], via: [] },
    archiver: { name: 'archiver', severity: 'moderate', nodes: ['node_modules/archiver'], via: [] },
  },
};
const BUNDLED = ['node_modules/archiver', 'node_modules/lazystream/node_modules/readable-stream', 'node_modules/yaml'];

test.each([
  [1, 'high: the bundled high and critical ones, not the test tool', 'high', ['yaml', 'readable-stream']],
  [2, 'critical only', 'critical', ['readable-stream']],
  [3, 'moderate takes the moderate bundled one too', 'moderate', ['yaml', 'readable-stream', 'archiver']],
])('%i. audit of the bundled packages: %s', (_n, _name, level, expected) => {
  expect(bundledVulnerabilities(REPORT, BUNDLED, level).map((v) => v.name)).toEqual(expected);
});

test('an audit line names the package, severity, where in the bundle, and the advisory', () => {
  expect(describeVulnerabilities(bundledVulnerabilities(REPORT, BUNDLED, 'high'))).toEqual([
    'yaml (high) at node_modules/yaml: Uncontrolled resource consumption https://github.com/advisories/GHSA-x',
    'readable-stream (critical) at node_modules/lazystream/node_modules/readable-stream: through string_decoder',
  ]);
});

test('an unknown audit level is refused with the levels there are', () => {
  expect(() => bundledVulnerabilities(REPORT, BUNDLED, 'severe')).toThrow(
    '--audit-level=severe is none of info, low, moderate, high, critical',
  );
});
