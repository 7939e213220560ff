/**
 * `npm run demo`, the quick start's first command, against the suite's stack: the demo uses a stack that is
 * already up and leaves it up. Asserted as its user reads it: the four artifact files shown, each with the bytes
 * the zip holds, and the S3 object the tool reports equal to the zip.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getObject, readZip, registryDigest, runProgram, ciFreeEnv } from './harness';

const repoRoot = new URL('../..', import.meta.url).pathname;
const ARTIFACT_FILES = ['appspec.yaml', 'imageDetail.json', 'imagedefinitions.json', 'taskdef.json'];

test('npm run demo: builds the sample service, shows the four artifact files, and the uploaded object is the zip', async () => {
  const run = await runProgram('npm', ['run', '--silent', 'demo'], { cwd: repoRoot, env: ciFreeEnv() });
  expect(run.stderr).not.toContain('demo failed');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('a stack is already up: using it, and leaving it up');
  expect(run.stdout).not.toContain('Stopping the stack');

  const zipPath = join(repoRoot, '.demo/sample-service/ecs-deploy.zip');
  const zip = readFileSync(zipPath);
  const entries = readZip(zip);
  expect(entries.map((entry) => entry.name)).toEqual(ARTIFACT_FILES);
  // Each file shown under its heading, with the bytes the zip holds.
  for (const entry of entries) expect(run.stdout).toContain(`\n--- ${entry.name}\n${entry.data.toString('utf8')}`);

  const uri = /^ {2}uploaded {4}(s3:\/\/\S+), which holds exactly the zip$/m.exec(run.stdout)?.[1];
  expect(uri).toBe('s3://demo-artifacts/demo/sample-service/ecs-deploy.zip');
  expect((await getObject('demo-artifacts', 'demo/sample-service/ecs-deploy.zip')).body.equals(zip)).toBe(true);

  const pushed = /^ {2}pushed {6}(\S+) \(tags (\S+),latest\)$/m.exec(run.stdout);
  expect(pushed).not.toBeNull();
  const digest = await registryDigest('demo/sample-service', 'latest');
  expect(pushed?.[1]).toMatch(new RegExp(`/demo/sample-service@${digest}$`));
  expect(JSON.parse(entries.find((entry) => entry.name === 'imageDetail.json')!.data.toString('utf8'))).toEqual({
    ImageURI: pushed?.[1],
  });
});

test('npm run demo: a failure names the step and the cause, exit 1, no stack trace', async () => {
  // A file the tool did not write in its output directory: the tool refuses to replace the directory (exit 2).
  const outputDir = join(repoRoot, '.demo/sample-service/ecs-deploy');
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'notes.txt'), 'mine\n');
  try {
    const run = await runProgram('npm', ['run', '--silent', 'demo'], { cwd: repoRoot, env: ciFreeEnv() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^demo failed while running ecs-bluegreen-build build: ecs-bluegreen-build exited 2: '.*ecs-deploy' already holds .*notes\.txt/m,
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toContain('What the demo did');
  } finally {
    rmSync(join(outputDir, 'notes.txt'), { force: true });
  }
});
