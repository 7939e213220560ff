import type { Finding } from '../../src/deploy-files/findings';
import { ecrConsoleUrl, summaryMarkdown } from '../../src/hosts/summary';
import { formatSeconds, StepTimer } from '../../src/hosts/timing';
import { annotationCommand, workspacePath } from '../../src/hosts/workflow-commands';

const digest = `sha256:${'ab'.repeat(32)}`;
const finding: Finding = {
  file: 'deploy/appspec.yaml',
  line: 8,
  column: 11,
  rule: 'appspec/container-name',
  severity: 'error',
  message: "ContainerName 'api' is not a container: 50% off, a:b",
  fix: 'use web\nor rename',
};

test.each([
  [
    `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web@${digest}`,
    `https://eu-west-1.console.aws.amazon.com/ecr/repositories/private/123456789012/team/web/_/image/${digest}/details?region=eu-west-1`,
  ],
  [`123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web:v1`, undefined],
  [`127.0.0.1:5000/team/web@${digest}`, undefined],
])('ECR console link of %s', (uri, url) => {
  expect(ecrConsoleUrl(uri)).toBe(url);
});

test.each([
  ['deploy/appspec.yaml', '/w/service', '/w/service/deploy', 'deploy/deploy/appspec.yaml'],
  ['appspec.yaml', '/w/service', '/w/service/deploy', 'deploy/appspec.yaml'],
  ['/elsewhere/appspec.yaml', '/w/service', '/w/service', '/elsewhere/appspec.yaml'],
  ['appspec.yaml', undefined, '/w/service/deploy', 'appspec.yaml'],
])('workspace path of %s (workspace %s, cwd %s)', (file, workspace, cwd, expected) => {
  expect(workspacePath(file, workspace, cwd)).toBe(expected);
});

test('an annotation command escapes its data and properties', () => {
  expect(annotationCommand(finding, undefined)).toBe(
    "::error title=appspec/container-name,file=deploy/appspec.yaml,line=8,col=11::ContainerName 'api' is not a container: 50%25 off, a:b%0Ause web%0Aor rename",
  );
});

test('summary of a build: outputs with workspace-relative paths, the console link, no runner path', () => {
  const markdown = summaryMarkdown(
    {
      ok: true,
      command: 'build',
      seconds: 12.34,
      findings: [],
      outputs: {
        'image-uri': `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web@${digest}`,
        'image-tags': 'abc1234',
        'artifact-dir': '/home/runner/work/web/web/ecs-deploy',
        'artifact-zip': '/home/runner/work/web/web/ecs-deploy.zip',
      },
      files: ['taskdef.json', 'imageDetail.json'],
    },
    '/home/runner/work/web/web',
  );
  expect(markdown).toContain('### ecs-bluegreen-build build: done');
  expect(markdown).toContain('| <code>artifact-dir</code> | <code>ecs-deploy</code> |');
  expect(markdown).toContain('| <code>artifact-zip</code> | <code>ecs-deploy.zip</code> |');
  expect(markdown).toContain(
    '[The image in the ECR console](https://eu-west-1.console.aws.amazon.com/ecr/repositories/private/123456789012/team/web/_/image/',
  );
  expect(markdown).toContain('Artifact files: <code>taskdef.json</code>, <code>imageDetail.json</code>');
  expect(markdown).toContain('Took 12.3 s.');
  expect(markdown).not.toContain('/home/runner');
  expect(markdown).not.toContain('s3-uri');
});

test('summary of a failure: what failed, the fix, the findings', () => {
  const markdown = summaryMarkdown(
    {
      ok: false,
      command: 'validate',
      seconds: 0.2,
      findings: [finding],
      failure: {
        message: 'taskdef.json does not exist (in /home/runner/work/web/web/deploy)',
        fix: 'create it | or not',
      },
    },
    '/home/runner/work/web/web',
  );
  expect(markdown).toContain('### ecs-bluegreen-build validate: failed');
  expect(markdown).toContain('**What failed:** taskdef.json does not exist (in deploy)');
  expect(markdown).toContain('**Fix:** create it \\| or not');
  expect(markdown).toContain(
    '| <code>deploy/appspec.yaml</code> | 8 | error | <code>appspec/container-name</code> | ContainerName &#39;api&#39; is not a container: 50% off, a:b | use web<br>or rename |',
  );
  expect(markdown).not.toContain('/home/runner');
});

test.each([
  [0.04, '0.0 s'],
  [12.345, '12.3 s'],
  [125.4, '2 min 5 s'],
])('%s seconds read %s', (seconds, text) => {
  expect(formatSeconds(seconds)).toBe(text);
});

test("the closing line splits Docker's build and push, from the trace, from the tool's own", async () => {
  const timer = new StepTimer();
  const durations: number[] = [];
  await timer.time(
    async () => undefined,
    (seconds) => durations.push(seconds),
  );
  expect(durations).toHaveLength(1);
  const span = (name: string, start: number, end: number) => ({ kind: 'process' as const, name, start, end });
  expect(timer.closingLine('validate', true, 0.5, [])).toBe("validate done in 0.5 s (all of it this tool's own work)");
  // Two builds side by side, then a push; docker version is not Docker's build or push.
  const spans = [
    span('docker version', 0, 300),
    span('docker buildx build', 1000, 5000),
    span('docker buildx build', 2000, 6000),
    span('docker push r:1', 6000, 7000),
  ];
  expect(timer.closingLine('build', true, 10, spans)).toBe(
    'build done in 10.0 s (Docker build and push 6.0 s, this tool 4.0 s)',
  );
  expect(timer.closingLine('build', false, 1000, spans)).toBe(
    'build failed after 16 min 40 s (Docker build and push 6.0 s, this tool 16 min 34 s)',
  );
});

describe('user text in the summary shows as written, never as markup', () => {
  test.each<[number, string, string]>([
    [1, '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [2, '[click](javascript:x)', '\\[click\\](javascript:x)'],
    [3, '**bold** _em_ `code` ~strike~', '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~strike\\~'],
    [4, '# heading | cell', '# heading \\| cell'],
    [5, '<script>x</script>\r\nnext', '&lt;script&gt;x&lt;/script&gt;<br>next'],
    [6, '&amp; "q"', '&amp;amp; &quot;q&quot;'],
  ])('%i: %s', (_n, text, shown) => {
    const markdown = summaryMarkdown(
      { ok: false, command: 'validate', seconds: 0, findings: [{ ...finding, message: text, fix: text }] },
      undefined,
    );
    expect(markdown).toContain(`| ${shown} | ${shown} |`);
  });

  test('a file name with a backtick cannot end its code span', () => {
    const markdown = summaryMarkdown(
      { ok: false, command: 'validate', seconds: 0, findings: [{ ...finding, file: 'a`<b>`.json' }] },
      undefined,
    );
    expect(markdown).toContain('| <code>a\\`&lt;b&gt;\\`.json</code> |');
  });
});

test("the summary stays under GitHub's 1 MiB, whatever the findings", () => {
  const findings = Array.from({ length: 20_000 }, (_, i) => ({
    ...finding,
    line: i + 1,
    message: 'm'.repeat(3_000),
    fix: 'f'.repeat(3_000),
  }));
  const markdown = summaryMarkdown(
    { ok: false, command: 'validate', seconds: 1, findings, failure: { message: 'x'.repeat(5_000_000) } },
    undefined,
  );
  expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
  expect(markdown).toMatch(/\n\n19,8\d\d more findings are not shown here; the log lists them\.\n/);
  expect(markdown).toContain('Took 1.0 s.');
});
