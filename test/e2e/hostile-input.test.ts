/**
 * Input an attacker (a pull request's checkout) or an unlucky user hands the built bundle: files that
 * are not what they seem, alias bombs, text that would forge workflow commands, floods of findings.
 * None needs Docker: `validate` reads the files and stops.
 */
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionEnv, createRepository, runTool, sampleWorkspace, unique, type ToolRun, type Workspace } from './harness';

const SECRET = 'hunter2-a7c41f09e3';

/** The sample service with its appspec.yaml replaced by a link to `target`. */
function linkedAppspec(target: (workspace: Workspace) => string): Workspace {
  const workspace = sampleWorkspace();
  const appspec = join(workspace.dir, 'appspec.yaml');
  rmSync(appspec);
  symlinkSync(target(workspace), appspec);
  return workspace;
}

/** Everything a run left for a reader: stdout, stderr, and the job summary when there is one. */
function everything(run: ToolRun, summaryFile?: string): string {
  return [run.stdout, run.stderr, summaryFile ? readFileSync(summaryFile, 'utf8') : ''].join('\n');
}

describe('a deployment file linked out of the workspace is refused, and nothing of it is shown', () => {
  const targets: [string, (workspace: Workspace) => string, Record<string, string>][] = [
    [
      'a file beside the checkout holding a secret',
      (workspace) => {
        const path = join(workspace.tmp, 'credentials');
        writeFileSync(path, `version: 0.0\nResources: ${SECRET}\n`);
        return path;
      },
      {},
    ],
    ['/proc/self/environ, with a secret in the environment', () => '/proc/self/environ', { MYSECRET: SECRET }],
  ];

  test.each(targets)('%s: as an Action (validate)', async (_name, target, env) => {
    const workspace = linkedAppspec(target);
    const action = actionEnv(workspace, { command: 'validate' });
    const run = await runTool([], { cwd: workspace.dir, env: { ...action.env, ...env } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^::error::input 'appspec': appspec\.yaml is a symbolic link to \/\S+, outside the workspace \/\S+; a file outside it is not read/m,
    );
    expect(everything(run, action.summaryFile)).not.toContain(SECRET);
    expect(readFileSync(action.summaryFile, 'utf8')).toContain(
      '**What failed:** input &#39;appspec&#39;: appspec.yaml',
    );
  });

  test.each(targets)('%s: as a CLI, with and without --json', async (_name, target, env) => {
    const workspace = linkedAppspec(target);
    for (const args of [['validate'], ['validate', '--json']]) {
      const run = await runTool(args, { cwd: workspace.dir, env });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^error: --appspec: appspec\.yaml is a symbolic link to \/\S+, outside the workspace/m,
      );
      expect(everything(run)).not.toContain(SECRET);
    }
  });
});

/** `levels` anchors, each a list of nine aliases of the one before. */
function aliasBomb(levels: number): string {
  let text = 'version: 0.0\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let level = 1; level <= levels; level++) {
    text += `x${level}: &x${level} [${Array<string>(9)
      .fill(`*x${level - 1}`)
      .join(', ')}]\n`;
  }
  return text;
}

// The bound on time is the test's own timeout: on main this ran 127 s and out of memory.
test('an appspec of 8 levels of aliases is one syntax error, exit 2, at once', async () => {
  const workspace = sampleWorkspace();
  writeFileSync(join(workspace.dir, 'appspec.yaml'), aliasBomb(8));
  const run = await runTool(['validate', '--json'], { cwd: workspace.dir });
  expect(run.code).toBe(2);
  const document = JSON.parse(run.stdout) as { ok: boolean; findings: { rule: string; message: string }[] };
  expect(document.ok).toBe(false);
  expect(document.findings).toContainEqual(
    expect.objectContaining({
      rule: 'appspec/syntax',
      message: expect.stringMatching(/^the aliases expand the file to more than 10,000 values/),
    }),
  );
}, 20_000);

test('extra-images @file of 8 levels of aliases: exit 2 naming the input, at once', async () => {
  const workspace = sampleWorkspace();
  const bomb = `${aliasBomb(8).replace('version: 0.0\n', '- placeholder: IMAGE2_NAME\n  image: a/b:1\n  ').replace(/\nx/g, '\n  x')}`;
  writeFileSync(join(workspace.dir, 'images.yml'), bomb);
  const run = await runTool(['validate', '--extra-images', '@images.yml'], { cwd: workspace.dir });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /^error: --extra-images: images\.yml:\d+:\d+: is not valid YAML: the aliases expand the file to more than 10,000 values/m,
  );
}, 20_000);

/**
 * The workflow commands the runner would act on in `output`: lines split at CR and LF, trimmed as
 * .NET's String.Trim() trims (U+0085 and the Unicode spaces included), starting with `::`, or
 * holding `##[`; none while `::stop-commands::<token>` holds, until `::<token>::`.
 */
function liveCommands(output: string): string[] {
  const live: string[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (trimmed.startsWith('::stop-commands::')) {
      stopToken = trimmed.slice('::stop-commands::'.length);
      continue;
    }
    if (trimmed.startsWith('::') || line.includes('##[')) live.push(line);
  }
  return live;
}

describe('user text never starts a workflow command in a GitHub log', () => {
  /** A `run:` step of a workflow, as the runner sets it up. */
  const runStep = (workspace: Workspace) => {
    const summaryFile = join(workspace.tmp, 'step_summary');
    writeFileSync(summaryFile, '');
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__run_2',
      GITHUB_WORKSPACE: workspace.dir,
      GITHUB_STEP_SUMMARY: summaryFile,
    };
    return { env, summaryFile };
  };

  test('--json of validate: a taskdef key ##[error]forged and an appspec comment ##[add-mask]', async () => {
    const workspace = sampleWorkspace();
    const taskdef = join(workspace.dir, 'taskdef.json');
    writeFileSync(taskdef, readFileSync(taskdef, 'utf8').replace('"family"', '"##[error]forged": 1,\n  "family"'));
    const appspec = join(workspace.dir, 'appspec.yaml');
    writeFileSync(appspec, `# ##[add-mask]e\n${readFileSync(appspec, 'utf8')}`);
    const { env } = runStep(workspace);
    const run = await runTool(['validate', '--json'], { cwd: workspace.dir, env });
    expect(run.code).toBe(2);
    const document = JSON.parse(run.stdout) as { findings: { message: string }[] };
    expect(document.findings.map((finding) => finding.message)).toContainEqual(
      expect.stringContaining('"##[error]forged"'),
    );
    expect(liveCommands(run.stdout)).toEqual([]);
    expect(liveCommands(run.stderr).filter((line) => line.includes('forged'))).toEqual([]);
  });

  test('U+0085 and a line break in a path: no forged annotation in the log, none in the summary', async () => {
    const workspace = sampleWorkspace();
    const { env, summaryFile } = runStep(workspace);
    // NEXT LINE (U+0085) alone: JavaScript's \s does not match it, the runner's Trim() strips it.
    const forged = 'nope\n\u0085::warning title=forged::x.json';
    for (const args of [
      ['validate', '--taskdef', forged],
      ['validate', '--taskdef', forged, '--json'],
    ]) {
      const run = await runTool(args, { cwd: workspace.dir, env });
      expect(run.code).toBe(2);
      expect(liveCommands(`${run.stdout}\n${run.stderr}`).filter((line) => line.includes('forged'))).toEqual([]);
    }
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).not.toMatch(/^[\s\u0085]*::/m);
  });

  test('a build as an Action with INPUT_OUTPUT-DIR holding a line break and ::warning: done, nothing forged', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('hostile/web');
    await createRepository(repository);
    const action = actionEnv(workspace, {
      repository,
      'output-dir': 'out\n\u0085::warning title=forged::x',
    });
    const run = await runTool([], { cwd: workspace.dir, env: action.env });
    expect(run.code).toBe(0);
    expect(liveCommands(run.stdout).filter((line) => line.includes('forged'))).toEqual([]);
    expect(liveCommands(run.stdout).filter((line) => /^::(add-mask|group|endgroup)::/.test(line))).not.toEqual([]);
  }, 120_000);

  test('as an Action: markup in a file shows as text in the job summary', async () => {
    const workspace = sampleWorkspace();
    const taskdef = join(workspace.dir, 'taskdef.json');
    const key = '<img src=x onerror=alert(1)>[link](javascript:alert(1))`code`**bold**';
    writeFileSync(taskdef, readFileSync(taskdef, 'utf8').replace('"family"', `${JSON.stringify(key)}: 1,\n  "family"`));
    const action = actionEnv(workspace, { command: 'validate' });
    const run = await runTool([], { cwd: workspace.dir, env: action.env });
    expect(run.code).toBe(2);
    const summary = readFileSync(action.summaryFile, 'utf8');
    expect(summary).toContain(
      '&quot;&lt;img src=x onerror=alert(1)&gt;\\[link\\](javascript:alert(1))\\`code\\`\\*\\*bold\\*\\*&quot;',
    );
    expect(summary).not.toMatch(/<img|\[link\]\(|`code`|\*\*bold/);
  });
});

test('a 2 MB task definition of unknown keys: exit 2, the first 100 findings and a count, bounded output', async () => {
  const workspace = sampleWorkspace();
  const keys = Array.from({ length: 80_000 }, (_, i) => `"unknownKey${i}": ${i}`);
  const taskdef = join(workspace.dir, 'taskdef.json');
  writeFileSync(taskdef, readFileSync(taskdef, 'utf8').replace('"family"', `${keys.join(',\n  ')},\n  "family"`));
  expect(readFileSync(taskdef).length).toBeGreaterThan(2_000_000);

  const action = actionEnv(workspace, { command: 'validate' });
  const run = await runTool([], { cwd: workspace.dir, env: action.env });
  expect(run.code).toBe(2);
  // 80,000 unknown keys and the file's size (taskdef/size): 80,001 errors, of which the first 100 are listed.
  expect(run.stdout).toContain(
    '::error title=taskdef/more-findings,file=taskdef.json,line=102,col=3::79,901 errors more in this file are not listed',
  );
  expect(run.stdout.length + run.stderr.length).toBeLessThan(100_000);
  expect(readFileSync(action.summaryFile).length).toBeLessThan(100_000);

  const json = await runTool(['validate', '--json'], { cwd: workspace.dir });
  expect(json.code).toBe(2);
  const document = JSON.parse(json.stdout) as { findings: { rule: string }[] };
  expect(document.findings.filter((finding) => finding.rule.startsWith('taskdef/'))).toHaveLength(101);
  expect(json.stdout.length).toBeLessThan(100_000);
}, 60_000);
