import type { CommandResult, CommandRunner } from '../../src/command';
import { detectBuilder, reportBuilder } from '../../src/docker/docker';
import type { Builder } from '../../src/docker/plan';
import { UserError } from '../../src/errors';
import type { Logger } from '../../src/log';

const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: '' });
const failed = (stderr: string): CommandResult => ({ exitCode: 1, stdout: '', stderr });
const inspect = (name: string, driver: string) =>
  ok(
    `Name:   ${name}\nDriver: ${driver}\n\nNodes:\nName:             ${name}\nEndpoint:         ${name}\nStatus:           running\n`,
  );
const LIMITS = { responseTimeoutMs: 4_000, pushTimeoutMs: 120_000 };
const CONTAINERD = '[["driver-type","io.containerd.snapshotter.v1"]]';

/** A docker that answers from a table keyed by its arguments, and records the calls. */
function fakeDocker(answers: Record<string, CommandResult>): { run: CommandRunner; calls: string[] } {
  const calls: string[] = [];
  const run: CommandRunner = async (_file, args) => {
    const key = args.join(' ');
    calls.push(key);
    return answers[key] ?? failed(`unexpected: docker ${key}`);
  };
  return { run, calls };
}

const VERSION = 'version --format {{.Client.Version}} {{.Server.Version}}';
const INFO = 'info --format {{json .DriverStatus}}';

test.each<[string, string | undefined, Record<string, CommandResult>, Builder, string[]]>([
  [
    '1 Docker 20.10: no buildx',
    undefined,
    { [VERSION]: ok('20.10.24 20.10.24'), 'buildx inspect': failed("docker: 'buildx' is not a docker command.") },
    { kind: 'buildkit' },
    [INFO, VERSION, 'buildx inspect'], // asked at once, unused without buildx
  ],
  [
    '2 buildx, docker driver, classic store',
    undefined,
    {
      [VERSION]: ok('26.1.5 26.1.5'),
      'buildx inspect': inspect('default', 'docker'),
      [INFO]: ok('[["Backing Filesystem","extfs"]]'),
    },
    { kind: 'buildx', driver: 'docker', imageStore: 'classic' },
    [INFO, VERSION, 'buildx inspect'], // the current builder's image store is asked at once
  ],
  [
    '3 buildx, docker driver, containerd store',
    undefined,
    { [VERSION]: ok('28.2.2 28.2.2'), 'buildx inspect': inspect('default', 'docker'), [INFO]: ok(CONTAINERD) },
    { kind: 'buildx', driver: 'docker', imageStore: 'containerd' },
    [INFO, VERSION, 'buildx inspect'], // the current builder's image store is asked at once
  ],
  [
    "4 a named builder on another context: its daemon's store",
    'second',
    {
      [VERSION]: ok('26.1.5 26.1.5'),
      'buildx inspect second': inspect('second', 'docker'),
      [`--context second ${INFO}`]: ok(CONTAINERD),
    },
    { kind: 'buildx', driver: 'docker', imageStore: 'containerd', name: 'second' },
    [VERSION, 'buildx inspect second', `--context second ${INFO}`],
  ],
  [
    '5 a named docker-container builder: no daemon to ask',
    'cluster',
    { [VERSION]: ok('26.1.5 26.1.5'), 'buildx inspect cluster': inspect('cluster', 'docker-container') },
    { kind: 'buildx', driver: 'docker-container', imageStore: 'classic', name: 'cluster' },
    [VERSION, 'buildx inspect cluster'],
  ],
])('detectBuilder: %s', async (_name, name, answers, builder, calls) => {
  const docker = fakeDocker(answers);
  expect((await detectBuilder(docker.run, LIMITS, undefined, name)).builder).toEqual(builder);
  expect(docker.calls).toEqual(calls);
});

test("detectBuilder: a builder that does not exist is the user's error, naming the input", async () => {
  const docker = fakeDocker({
    [VERSION]: ok('26.1.5 26.1.5'),
    'buildx inspect nope': failed('ERROR: no builder "nope" found'),
  });
  const error = await detectBuilder(docker.run, LIMITS, undefined, 'nope').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect(error).toMatchObject({
    subject: { input: 'builder' },
    message: 'there is no buildx builder \'nope\': ERROR: no builder "nope" found',
  });
});

test.each<[string, CommandResult, string[]]>([
  [
    '1 buildx: the versions and the builder, in the debug log',
    ok('26.1.5 26.1.5'),
    ['debug: docker client 26.1.5, engine 26.1.5, builder buildx (current: docker driver, classic image store)'],
  ],
  [
    '2 a client of 23 or later without buildx: the legacy builder, a warning saying what to install',
    ok('24.0.7 24.0.7'),
    [
      'debug: docker client 24.0.7, engine 24.0.7, builder legacy',
      'warning: docker 24.0.7 has no buildx plugin: building with the legacy builder, without BuildKit or the layer cache. Install docker-buildx.',
    ],
  ],
])('reportBuilder: %s', async (_name, version, lines) => {
  const buildx = version.stdout.startsWith('26')
    ? inspect('default', 'docker')
    : failed("'buildx' is not a docker command");
  const docker = fakeDocker({ [VERSION]: version, 'buildx inspect': buildx, [INFO]: ok('[]') });
  const detected = await detectBuilder(docker.run, LIMITS, undefined);
  const said: string[] = [];
  const log: Logger = {
    info: (message) => said.push(`info: ${message}`),
    warning: (message) => said.push(`warning: ${message}`),
    debug: (message) => said.push(`debug: ${message}`),
    group: (_title, step) => step(),
    mask: () => {},
  };
  expect(reportBuilder(detected, log)).toBe(detected.builder);
  expect(said).toEqual(lines);
});
