/**
 * The test stack's own decisions: which engine a run uses, which image of an index the suite reads, which mirror
 * trixie's packages come from.
 */
import { engineName, selectedEngine } from '../stack/engines.mjs';
import { platformImage, type Descriptor } from '../stack/registry-client.mjs';
import { mirrorFromSources } from '../stack/trixie.mjs';

describe('the engine of a run', () => {
  test.each<[string, Record<string, string>, string]>([
    ['unset: the default', {}, 'docker20'],
    ['empty: the default', { EBB_ENGINE: '' }, 'docker20'],
    ['named', { EBB_ENGINE: 'docker26-containerd' }, 'docker26-containerd'],
  ])('%s', (_name, env, engine) => {
    expect(selectedEngine(env)).toBe(engine);
  });

  test('a name that is not an engine is refused with the names that are', () => {
    expect(() => selectedEngine({ EBB_ENGINE: 'docker28' })).toThrow(
      "EBB_ENGINE: 'docker28' is not an engine of the stack; use one of docker20, docker26, docker26-containerd",
    );
    expect(() => engineName('docker', '--engine')).toThrow(/^--engine: 'docker' is not an engine/);
  });
});

describe("an index's platform image", () => {
  const amd64 = {
    digest: 'sha256:a',
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    size: 1,
    platform: { os: 'linux', architecture: 'amd64' },
  };
  const arm64 = { ...amd64, digest: 'sha256:b', platform: { os: 'linux', architecture: 'arm64' } };
  const attestation = {
    ...amd64,
    digest: 'sha256:c',
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': 'sha256:a' },
  };
  test.each<[string, Descriptor[], string | undefined]>([
    ['buildx on the containerd store: the image, then its attestation', [amd64, attestation], 'sha256:a'],
    ['the attestation listed first', [attestation, amd64], 'sha256:a'],
    ['several platforms: linux/amd64', [arm64, amd64, attestation], 'sha256:a'],
    ['one other platform: that one', [arm64], 'sha256:b'],
    ['only an attestation: none', [attestation], undefined],
  ])('%s', (_name, children, digest) => {
    expect(platformImage(children)?.digest).toBe(digest);
  });
});

describe("the Debian mirror trixie's packages come from", () => {
  test.each<[string, string[], string]>([
    [
      'one-line format',
      [
        'deb http://mirror.example/debian bookworm main\ndeb http://security.debian.org/debian-security bookworm-security main\n',
      ],
      'http://mirror.example/debian',
    ],
    [
      'one-line with options',
      ['deb [arch=amd64 signed-by=/k.gpg] http://m.example/debian bookworm main contrib\n'],
      'http://m.example/debian',
    ],
    [
      'deb822, security first',
      [
        'Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\nComponents: main\n\nTypes: deb\nURIs: http://m.example/debian\nSuites: bookworm bookworm-updates\nComponents: main\n',
      ],
      'http://m.example/debian',
    ],
    [
      'deb822 source packages only: not it',
      ['Types: deb-src\nURIs: http://src.example/debian\nSuites: bookworm\n'],
      'http://deb.debian.org/debian',
    ],
    [
      "a third-party list before Debian's",
      [
        'deb https://packages.cloud.google.com/apt cloud-sdk-bookworm main\n',
        'deb http://m.example/debian bookworm main\n',
      ],
      'http://m.example/debian',
    ],
    ['nothing about bookworm', [''], 'http://deb.debian.org/debian'],
  ])('%s', (_name, texts, mirror) => {
    expect(mirrorFromSources(texts)).toBe(mirror);
  });
});
