import {
  coveredMs,
  formatTrace,
  isDockerWork,
  processName,
  traceCalls,
  traced,
  traceSpans,
  type TraceSpan,
} from '../../src/trace';

test.each<[string, string, string[], string]>([
  ['0 up to the first option', 'git', ['log', '-1', '--format=%H', 'HEAD'], 'git log'],
  ['1 a subcommand and its options', 'docker', ['version', '--format', '{{.Client.Version}}'], 'docker version'],
  [
    '2 buildx: the options and their values are left out',
    'docker',
    ['buildx', 'build', '--load', '--tag', 'r/w:1', '.'],
    'docker buildx build',
  ],
  [
    '3 a context before the command',
    'docker',
    ['--context', 'second', 'buildx', 'build', '.'],
    'docker buildx build .',
  ],
  ['4 a push names its reference', 'docker', ['push', '127.0.0.1:5000/web:abc'], 'docker push 127.0.0.1:5000/web:abc'],
  ['5 a program by its path', '/usr/bin/git', ['-C', '/work', 'rev-parse', 'HEAD'], 'git rev-parse HEAD'],
  ['6 a long word is clipped', 'docker', ['push', 'x'.repeat(100)], `docker push ${'x'.repeat(79)}…`],
  ['7 at most three words', 'docker', ['a', 'b', 'c', 'd'], 'docker a b c'],
])('processName %s', (_name, file, args, expected) => {
  expect(processName(file, args)).toBe(expected);
});

const span = (name: string, start: number, end: number, kind: TraceSpan['kind'] = 'process'): TraceSpan => ({
  kind,
  name,
  start,
  end,
});

test.each<[string, TraceSpan[], number]>([
  ['1 nothing', [], 0],
  ['2 one span', [span('a', 10, 30)], 20],
  ['3 overlaps count once', [span('a', 10, 30), span('b', 20, 50)], 40],
  ['4 one inside another', [span('a', 10, 50), span('b', 20, 30)], 40],
  ['5 apart', [span('b', 60, 70), span('a', 10, 20)], 20],
])('coveredMs %s', (_name, spans, expected) => {
  expect(coveredMs(spans)).toBeCloseTo(expected);
});

test.each<[string, TraceSpan, boolean]>([
  ['1 docker build', span('docker build .', 0, 1), true],
  ['2 docker buildx build', span('docker buildx build r:1', 0, 1), true],
  ['3 docker push', span('docker push r:1', 0, 1), true],
  ['4 docker buildx inspect', span('docker buildx inspect', 0, 1), false],
  ['5 docker version', span('docker version', 0, 1), false],
  ['6 an AWS call', span('docker push', 0, 1, 'aws'), false],
])('isDockerWork %s', (_name, given, expected) => {
  expect(isDockerWork(given)).toBe(expected);
});

test('formatTrace: a line per span with start and end in ms, then the time covered by each kind', () => {
  expect(formatTrace([span('docker version', 5, 80.25), span('ECR GetAuthorizationToken', 12.5, 130, 'aws')])).toEqual([
    'trace   5.0 →  80.3 ms  process docker version',
    'trace  12.5 → 130.0 ms  aws     ECR GetAuthorizationToken',
    'trace covered: 1 process 75 ms, 1 aws 118 ms',
  ]);
  expect(formatTrace([])).toEqual(['trace covered: nothing']);
});

test('traced records a span however the work ends, in the order the spans started', async () => {
  const before = traceSpans().length;
  await traced('load', 'first', () => new Promise((resolve) => setTimeout(resolve, 5)));
  await expect(traced('process', 'failing', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
  const recorded = traceSpans().slice(before);
  expect(recorded.map((s) => [s.kind, s.name])).toEqual([
    ['load', 'first'],
    ['process', 'failing'],
  ]);
  for (const s of recorded) expect(s.start).toBeLessThanOrEqual(s.end);
  expect(recorded[0]!.end).toBeLessThanOrEqual(recorded[1]!.start);
});

test('traceCalls names each call by its client and command', async () => {
  const { ECRClient, DescribeRepositoriesCommand } = await import('@aws-sdk/client-ecr');
  const client = new ECRClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9', // nothing listens: the call fails, and is traced all the same
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
  });
  traceCalls(client.middlewareStack);
  const before = traceSpans().length;
  await expect(client.send(new DescribeRepositoriesCommand({}))).rejects.toThrow();
  client.destroy();
  expect(
    traceSpans()
      .slice(before)
      .map((s) => [s.kind, s.name]),
  ).toEqual([['aws', 'ECR DescribeRepositories']]);
});
