/**
 * What the end-to-end suites share: a service workspace (the sample service in a git checkout of
 * its own), the built bundle run as a user runs it, and readers for what a user would check —
 * the registry, S3, the zip, the files left behind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { parse } from 'yaml';
import { CreateBucketCommand, GetObjectCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateRepositoryCommand, ECRClient, type ImageTagMutability } from '@aws-sdk/client-ecr';
import { createRegistryClient } from '../stack/registry-client.mjs';
import { stageSampleService } from '../../scripts/sample-service.mjs';
import { readStack, stackEnv, type Stack } from '../stack/index.mjs';

/** The stack as this run's engine (`EBB_ENGINE`, docker20 without it) sees it; `stack.engine` says which one it is. */
export const stack = readStack();
/**
 * The registry itself, bypassing the ECR front: `tags`, `manifest` (as stored), `image` (a tag's manifest digest and,
 * for an index, its platform image's digest, config and layers), `blob`.
 */
export const registry = createRegistryClient({ port: stack.rawRegistryPort, password: stack.registryPassword });

const repoRoot = new URL('../..', import.meta.url).pathname;
export const bundle = join(repoRoot, 'dist/index.js');

/** A name unique to this run: the stack's data outlives runs. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export interface Workspace {
  /** The service's directory: Dockerfile, taskdef.json, appspec.yaml, a git checkout. */
  readonly dir: string;
  /** TMPDIR of the tool's runs, to look for anything left behind. */
  readonly tmp: string;
  readonly sha: string;
}

const workspaceRoots: string[] = [];
// Each test file gets its own copy of this module: its workspaces go when its tests are done.
afterAll(() => {
  for (const root of workspaceRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The sample service in a fresh git checkout of its own, committed at a fixed time. */
export function sampleWorkspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'ebb-e2e-'));
  workspaceRoots.push(root);
  const dir = join(root, 'service');
  const tmp = join(root, 'tmp');
  mkdirSync(tmp);
  // The commit time becomes the image's `created` label.
  const sha = stageSampleService(dir, { date: '2026-11-01T12:00:00Z' });
  // A remote URL with credentials in it, which must not reach the image's source label.
  execFileSync('git', [
    '-C',
    dir,
    'remote',
    'add',
    'origin',
    'https://x-access-token:ghs_notasecret@github.com/example/sample-service.git',
  ]);
  return { dir, tmp, sha };
}

/** Adds a step to the sample service's Dockerfile, before `COPY site/`, and commits it. */
export function addStep(workspace: Workspace, step: string): Workspace {
  const dockerfile = join(workspace.dir, 'Dockerfile');
  writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace('COPY site/', `${step}\nCOPY site/`));
  return commitAll(workspace, 'a step');
}

/** Commits every change in the workspace, at the sample's commit time; the workspace at its new commit. */
export function commitAll(workspace: Workspace, message: string): Workspace {
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z' };
  execFileSync('git', ['-C', workspace.dir, 'add', '-A'], { env });
  execFileSync(
    'git',
    ['-C', workspace.dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message],
    { env },
  );
  return {
    ...workspace,
    sha: execFileSync('git', ['-C', workspace.dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  };
}

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};

/**
 * The environment the runner gives a `uses:` step with `with: inputs` (every other input of action.yml at its
 * default), and the fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files it names.
 */
export function actionEnv(
  workspace: Workspace,
  inputs: Record<string, string>,
): { env: Record<string, string>; outputFile: string; summaryFile: string } {
  const outputFile = join(workspace.tmp, '..', 'github_output');
  const summaryFile = join(workspace.tmp, '..', 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'build',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SHA: workspace.sha,
    GITHUB_RUN_NUMBER: '12',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'example/sample-service',
    GITHUB_WORKSPACE: workspace.dir,
    RUNNER_TEMP: workspace.tmp,
  };
  for (const [name, spec] of Object.entries(action.inputs))
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default;
  return { env, outputFile, summaryFile };
}

export interface ToolRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/index.js` in `cwd` with the stack's environment plus `env`, as a user would.
 * Variables of the CI this suite itself may run in (GitHub, CodeBuild) are removed first, so each
 * test decides which host the tool sees. `on` runs it against another daemon of the stack (the
 * `stack` of `startFreshDaemon()`); by default, the engine of this run (`EBB_ENGINE`).
 */
export function runTool(
  args: readonly string[],
  options: { cwd: string; tmp?: string; env?: Record<string, string>; on?: Stack },
): Promise<ToolRun> {
  const env = {
    ...stackEnv(options.on ?? stack, ciFreeEnv()),
    ...(options.tmp && { TMPDIR: options.tmp }),
    ...options.env,
  };
  return runProgram(process.execPath, [bundle, ...args], { cwd: options.cwd, env });
}

/** The environment of this process without the variables of the CI it may run in (GitHub, CodeBuild). */
export function ciFreeEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|CODEBUILD_|RUNNER_)/.test(name)),
  );
}

/** Runs a program to its end and collects its exit code and output. */
export function runProgram(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const ecr = new ECRClient({ region: stack.region, endpoint: stack.ecrEndpoint, credentials: stack.credentials });
export const s3 = new S3Client({
  region: stack.region,
  endpoint: stack.s3Endpoint,
  credentials: stack.credentials,
  forcePathStyle: true,
});

/** Creates an ECR repository through the API, as infrastructure code would. */
export async function createRepository(
  name: string,
  imageTagMutability: ImageTagMutability = 'MUTABLE',
): Promise<void> {
  await ecr.send(new CreateRepositoryCommand({ repositoryName: name, imageTagMutability }));
}

/** Creates a bucket (versioning is asked for; s3rver may not keep versions). */
export async function createBucket(name: string): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: name }));
  await s3
    .send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }))
    .catch(() => undefined);
}

/** The object's bytes and user metadata. */
export async function getObject(
  bucket: string,
  key: string,
): Promise<{ body: Buffer; metadata: Record<string, string> }> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return { body: Buffer.from(await object.Body!.transformToByteArray()), metadata: object.Metadata ?? {} };
}

/** The digest a tag resolves to in the registry itself (not through the ECR emulation). */
export async function registryDigest(repository: string, tag: string): Promise<string | undefined> {
  return (await registry.manifest(repository, tag))?.digest;
}

/**
 * Every blob of the image a tag or digest names, as bytes a reader can search: the config (with
 * its history) and each layer, unzipped; an index's child manifests and theirs too.
 */
export async function imageBlobs(repository: string, reference: string): Promise<Buffer[]> {
  const manifest = await registry.manifest(repository, reference);
  if (manifest === undefined) throw new Error(`no manifest ${repository}:${reference}`);
  const parsed = JSON.parse(manifest.text) as {
    manifests?: { digest: string }[];
    config?: { digest: string };
    layers?: { digest: string }[];
  };
  const blobs: Buffer[] = [Buffer.from(manifest.text)];
  for (const child of parsed.manifests ?? []) blobs.push(...(await imageBlobs(repository, child.digest)));
  for (const { digest } of [...(parsed.config ? [parsed.config] : []), ...(parsed.layers ?? [])]) {
    const bytes = await registry.blob(repository, digest);
    blobs.push(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  }
  return blobs;
}

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  /** DOS date and time fields as stored. */
  readonly dosDateTime: number;
  readonly unixMode: number;
}

/**
 * Reads a zip through its central directory, independently of the archiver that wrote it.
 * Enough of the format for what the tool writes: no zip64, stored or deflated entries.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry at ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    const dosDateTime = zip.readUInt32LE(offset + 12);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const unixMode = zip.readUInt32LE(offset + 38) >>> 16;
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw), dosDateTime, unixMode });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every file under `dir` whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (stat.isFile() && readFileSync(path).includes(needle)) found.push(path);
  };
  walk(dir);
  return found;
}

/** Lines of GitHub's `name<<delimiter … delimiter` output file, as a map. */
export function parseGitHubOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    while (lines[++i] !== delimiter) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}
