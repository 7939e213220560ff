/**
 * What ECR basic scanning can scan: a single image manifest under each tag, on every engine and image store — the
 * containerd store included, which fresh Docker 29 installs use and whose `docker build` makes an index by default.
 * Docker 29 is not in the offline stack: its containerd store is tested here through Docker 26.1.5's
 * (EBB_ENGINE=docker26-containerd). With provenance on, the tag holds an index: build.test.ts's provenance test
 * checks that and the warning.
 */
import { createRepository, registry, runTool, sampleWorkspace, unique } from './harness';

const SINGLE_MANIFEST = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
];

test.each([
  ['a mutable repository', 'MUTABLE'],
  ['an immutable repository', 'IMMUTABLE'],
] as const)(
  'the default push is one image manifest under each tag, and a re-run is the same digest: %s',
  async (_name, mutability) => {
    const workspace = sampleWorkspace();
    const repository = unique(`scannable/${mutability.toLowerCase()}`);
    await createRepository(repository, mutability);
    const tags = [workspace.sha.slice(0, 7), 'stable'];
    const args = ['--repository', repository, '--tags', tags.join(','), '--json'];
    const first = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(first.code).toBe(0);
    const digest = (JSON.parse(first.stdout) as Record<string, string>)['image-digest'];
    for (const tag of tags) {
      const manifest = await registry.manifest(repository, tag);
      expect({ tag, digest: manifest?.digest }).toEqual({ tag, digest });
      expect(SINGLE_MANIFEST).toContain(manifest?.mediaType);
      expect(JSON.parse(manifest?.text ?? '{}')).not.toHaveProperty('manifests');
    }
    // The cache tag is immutable too in the immutable repository: read, never written (and said).
    const cache = mutability === 'IMMUTABLE' ? [] : ['buildcache'];
    expect((await registry.tags(repository)).sort()).toEqual([...tags, ...cache].sort());
    expect(first.stderr).not.toContain('basic scanning cannot scan an index');

    const again = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as Record<string, string>)['image-digest']).toBe(digest);
    if (mutability === 'IMMUTABLE') {
      for (const tag of tags)
        expect(again.stderr).toContain(`:${tag} already points at this image (immutable tag): not pushed again`);
    }
    for (const tag of tags) expect((await registry.manifest(repository, tag))?.digest).toBe(digest);
  },
);
