import type { CommandResult, CommandRunner } from '../../src/command';
import { detectBuilder } from '../../src/docker/docker';
import type { Builder } from '../../src/docker/plan';
import { UserError } from '../../src/errors';
import type { Logger } from '../../src/log';

const log: Logger = {
  info: () => {},
  warning: () => {},
  debug: () => {},
  group: (_title, step) => step(),
  mask: () => {},
};
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
  expect(await detectBuilder(docker.run, log, LIMITS, undefined, name)).toEqual(builder);
  expect(docker.calls).toEqual(calls);
});

test("detectBuilder: a builder that does not exist is the user's error, naming the input", async () => {
  const docker = fakeDocker({
    [VERSION]: ok('26.1.5 26.1.5'),
    'buildx inspect nope': failed('ERROR: no builder "nope" found'),
  });
  const error = await detectBuilder(docker.run, log, LIMITS, undefined, 'nope').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect(error).toMatchObject({
    subject: { input: 'builder' },
    message: 'there is no buildx builder \'nope\': ERROR: no builder "nope" found',
  });
});
