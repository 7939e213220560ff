/**
 * The task definition rule families, one table each: a file that breaks the rule (rule id, line, column, message
 * naming the field) and the nearest valid variant, which must have no finding at all.
 */
import { checkTaskdef, firstContainer, positionAfter, positionOf, taskdefText, type ExpectedFinding } from './fixtures';
import { expectFinding } from './fixtures';

// Test cases reach deep into the copy to break one thing; `any` keeps that short.
type Mutable = Record<string, any>;
type Change = (taskdef: Mutable) => void;

interface RuleCase {
  readonly name: string;
  readonly broken: Change;
  readonly rule: string;
  /** Where the finding points: after `"key": ` (the value), or at a needle. */
  readonly at: { after: string; occurrence?: number } | { at: string; occurrence?: number };
  readonly message: string;
  readonly severity?: 'error' | 'warning';
  readonly valid: Change;
}

const container = (t: Mutable) => firstContainer(t);
const sidecar = (t: Mutable, extra: Mutable = {}) => {
  t['containerDefinitions'].push({
    name: 'sidecar',
    image: 'public.ecr.aws/docker/library/busybox:1.36',
    essential: false,
    ...extra,
  });
};

function runTable(cases: readonly RuleCase[]): void {
  test.each(cases)('$name', (ruleCase) => {
    const text = taskdefText(ruleCase.broken);
    const where =
      'after' in ruleCase.at
        ? positionAfter(text, ruleCase.at.after, ruleCase.at.occurrence)
        : positionOf(text, ruleCase.at.at, ruleCase.at.occurrence);
    const expected: ExpectedFinding = {
      rule: ruleCase.rule,
      severity: ruleCase.severity ?? 'error',
      at: where,
      message: ruleCase.message,
    };
    expectFinding(checkTaskdef(text), expected);
    expect(checkTaskdef(taskdefText(ruleCase.valid)).findings).toEqual([]);
  });
}

describe('ranges and sizes', () => {
  runTable([
    {
      name: 'health check interval below 5',
      rule: 'taskdef/health-check',
      at: { after: '"interval": ' },
      broken: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], interval: 4 };
      },
      valid: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], interval: 5 };
      },
      message:
        'containerDefinitions[0].healthCheck.interval is the number 4; it must be a whole number from 5 to 300 seconds',
    },
    {
      name: 'health check timeout above 60',
      rule: 'taskdef/health-check',
      at: { after: '"timeout": ' },
      broken: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], timeout: 121 };
      },
      valid: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], timeout: 60 };
      },
      message: 'healthCheck.timeout is the number 121; it must be a whole number from 2 to 60 seconds',
    },
    {
      name: 'health check retries 0',
      rule: 'taskdef/health-check',
      at: { after: '"retries": ' },
      broken: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], retries: 0 };
      },
      valid: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], retries: 10 };
      },
      message: 'healthCheck.retries is the number 0; it must be a whole number from 1 to 10',
    },
    {
      name: 'health check startPeriod above 300',
      rule: 'taskdef/health-check',
      at: { after: '"startPeriod": ' },
      broken: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], startPeriod: 301 };
      },
      valid: (t) => {
        container(t).healthCheck = { command: ['CMD-SHELL', 'true'], startPeriod: 0 };
      },
      message: 'healthCheck.startPeriod is the number 301; it must be a whole number from 0 to 300 seconds',
    },
    {
      name: 'health check command without CMD',
      rule: 'taskdef/health-check',
      at: { at: '"curl' },
      broken: (t) => {
        container(t).healthCheck = { command: ['curl -f http://localhost/'] };
      },
      valid: (t) => {
        container(t).healthCheck = { command: ['CMD', 'curl', '-f', 'http://localhost/'] };
      },
      message: 'healthCheck.command must start with "CMD" or "CMD-SHELL"',
    },
    {
      name: 'ephemeral storage below 21 GiB',
      rule: 'taskdef/ephemeral-storage',
      at: { after: '"sizeInGiB": ' },
      broken: (t) => {
        t['ephemeralStorage'] = { sizeInGiB: 20 };
      },
      valid: (t) => {
        t['ephemeralStorage'] = { sizeInGiB: 21 };
      },
      message: 'ephemeralStorage.sizeInGiB is the number 20; it must be a whole number from 21 to 200 GiB',
    },
    {
      name: 'ephemeral storage above 200 GiB',
      rule: 'taskdef/ephemeral-storage',
      at: { after: '"sizeInGiB": ' },
      broken: (t) => {
        t['ephemeralStorage'] = { sizeInGiB: 201 };
      },
      valid: (t) => {
        t['ephemeralStorage'] = { sizeInGiB: 200 };
      },
      message: 'from 21 to 200 GiB',
    },
    {
      name: 'container port 0',
      rule: 'taskdef/port-range',
      at: { after: '"containerPort": ' },
      broken: (t) => {
        container(t).portMappings = [{ containerPort: 0 }];
        t['containerDefinitions'][0].name = 'web';
      },
      valid: (t) => {
        container(t).portMappings = [{ containerPort: 80 }];
      },
      message: 'portMappings[0].containerPort is the number 0; it must be a whole number from 1 to 65535',
    },
    {
      name: 'container port above 65535',
      rule: 'taskdef/port-range',
      at: { after: '"containerPort": ' },
      broken: (t) => {
        container(t).portMappings = [{ containerPort: 65536 }];
      },
      valid: (t) => {
        container(t).portMappings = [{ containerPort: 80 }];
      },
      message: 'containerPort is the number 65536',
    },
    {
      name: 'a port range written backwards',
      rule: 'taskdef/port-range',
      at: { after: '"containerPortRange": ' },
      broken: (t) => {
        container(t).portMappings.push({ containerPortRange: '9010-9000' });
      },
      valid: (t) => {
        container(t).portMappings.push({ containerPortRange: '9000-9010' });
      },
      message: 'containerPortRange "9010-9000" does not have its first port below its last',
    },
    {
      name: 'a port range that is no range',
      rule: 'taskdef/port-range',
      at: { after: '"containerPortRange": ' },
      broken: (t) => {
        container(t).portMappings.push({ containerPortRange: '9000:9010' });
      },
      valid: (t) => {
        container(t).portMappings.push({ containerPortRange: '9000-9010' });
      },
      message: 'is not of the form "first-last"',
    },
    {
      name: 'container memory below 6 MiB',
      rule: 'taskdef/memory-size',
      at: { after: '"memory": ', occurrence: 2 },
      broken: (t) => {
        container(t).memory = 4;
      },
      valid: (t) => {
        container(t).memory = 6;
      },
      message: 'containerDefinitions[0].memory is the number 4; it must be a whole number of at least 6 MiB',
    },
    {
      name: 'memoryReservation above memory',
      rule: 'taskdef/memory-size',
      at: { after: '"memoryReservation": ' },
      broken: (t) => {
        Object.assign(container(t), { memory: 256, memoryReservation: 300 });
      },
      valid: (t) => {
        Object.assign(container(t), { memory: 256, memoryReservation: 128 });
      },
      message: "containerDefinitions[0].memoryReservation is 300 MiB, above the container's memory of 256 MiB",
    },
    {
      name: 'container memory above the task memory',
      rule: 'taskdef/memory-size',
      at: { after: '"memory": ', occurrence: 2 },
      broken: (t) => {
        container(t).memory = 1024;
      },
      valid: (t) => {
        container(t).memory = 512;
      },
      message: "containerDefinitions[0].memory is 1024 MiB, more than the task's memory of 512 MiB",
    },
    {
      name: 'containers reserving more memory than the task has',
      rule: 'taskdef/memory-size',
      at: { after: '"memory": ' },
      broken: (t) => {
        container(t).memoryReservation = 300;
        sidecar(t, { memoryReservation: 300 });
      },
      valid: (t) => {
        container(t).memoryReservation = 300;
        sidecar(t, { memoryReservation: 200 });
      },
      message:
        "the memory reserved by all containers (containerDefinitions[].memoryReservation, else .memory) is 600 MiB, more than the task's memory of 512 MiB",
    },
    {
      name: 'containers asking for more cpu than the task has',
      rule: 'taskdef/container-cpu',
      at: { after: '"cpu": ' },
      broken: (t) => {
        container(t).cpu = 200;
        sidecar(t, { cpu: 100 });
      },
      valid: (t) => {
        container(t).cpu = 200;
        sidecar(t, { cpu: 56 });
      },
      message:
        "the cpu of all containers (containerDefinitions[].cpu) is 300 CPU units, more than the task's cpu of 256 CPU units",
    },
    {
      name: 'a ulimit whose soft limit is above its hard limit',
      rule: 'taskdef/ulimit',
      at: { after: '"softLimit": ' },
      broken: (t) => {
        container(t).ulimits = [{ name: 'nofile', softLimit: 70000, hardLimit: 65535 }];
      },
      valid: (t) => {
        container(t).ulimits = [{ name: 'nofile', softLimit: 65535, hardLimit: 65535 }];
      },
      message: 'containerDefinitions[0].ulimits[0] has softLimit 70000 above hardLimit 65535',
    },
    {
      name: 'a ulimit other than nofile on Fargate',
      rule: 'taskdef/ulimit',
      severity: 'warning',
      at: { after: '"name": ', occurrence: 2 },
      broken: (t) => {
        container(t).ulimits = [{ name: 'core', softLimit: 0, hardLimit: 0 }];
      },
      valid: (t) => {
        container(t).ulimits = [{ name: 'nofile', softLimit: 0, hardLimit: 0 }];
      },
      message: 'sets "core"; on Fargate only the nofile limit can be changed',
    },
    {
      name: 'stopTimeout above 120 s on Fargate',
      rule: 'taskdef/stop-timeout',
      at: { after: '"stopTimeout": ' },
      broken: (t) => {
        container(t).stopTimeout = 121;
      },
      valid: (t) => {
        container(t).stopTimeout = 120;
      },
      message:
        'containerDefinitions[0].stopTimeout is the number 121; it must be a whole number from 2 to 120 seconds on Fargate',
    },
    {
      name: 'a startTimeout below 2 s on Fargate',
      rule: 'taskdef/start-timeout',
      at: { after: '"startTimeout": ' },
      broken: (t) => {
        container(t).startTimeout = 1;
      },
      valid: (t) => {
        container(t).startTimeout = 2;
      },
      message:
        'containerDefinitions[0].startTimeout is the number 1; it must be a whole number from 2 to 120 seconds on Fargate',
    },
    {
      name: 'more than 50 tags',
      rule: 'taskdef/tags',
      at: { after: '"tags": ' },
      broken: (t) => {
        t['tags'] = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      },
      valid: (t) => {
        t['tags'] = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      },
      message: 'tags has 51 tags; a resource has at most 50',
    },
    {
      name: 'a tag key over 128 characters',
      rule: 'taskdef/tags',
      at: { after: '"key": ' },
      broken: (t) => {
        t['tags'] = [{ key: 'k'.repeat(129), value: 'v' }];
      },
      valid: (t) => {
        t['tags'] = [{ key: 'k'.repeat(128), value: 'v' }];
      },
      message: 'is 129 characters long; a key has 1 to 128',
    },
    {
      name: 'a tag key with the aws: prefix',
      rule: 'taskdef/tags',
      at: { after: '"key": ' },
      broken: (t) => {
        t['tags'] = [{ key: 'aws:team', value: 'web' }];
      },
      valid: (t) => {
        t['tags'] = [{ key: 'team', value: 'web' }];
      },
      message: 'starts with "aws:", which AWS reserves',
    },
    {
      name: 'a tag value over 256 characters',
      rule: 'taskdef/tags',
      at: { after: '"value": ' },
      broken: (t) => {
        t['tags'] = [{ key: 'team', value: 'v'.repeat(257) }];
      },
      valid: (t) => {
        t['tags'] = [{ key: 'team', value: 'v'.repeat(256) }];
      },
      message: 'tags[0].value is 257 characters long; a value has at most 256',
    },
  ]);
});

describe('references', () => {
  runTable([
    {
      name: 'dependsOn a container that does not exist',
      rule: 'taskdef/unknown-container-reference',
      at: { after: '"containerName": ' },
      broken: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecr', condition: 'START' }];
        sidecar(t);
      },
      valid: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'START' }];
        sidecar(t);
      },
      message: 'containerDefinitions[0].dependsOn[0].containerName "sidecr" is not a container of this task definition',
    },
    {
      name: 'dependsOn SUCCESS of an essential container',
      rule: 'taskdef/depends-on',
      at: { after: '"condition": ' },
      broken: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'SUCCESS' }];
        sidecar(t, { essential: true });
      },
      valid: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'SUCCESS' }];
        sidecar(t, { essential: false });
      },
      message:
        'but "sidecar" is essential, and a task stops when an essential container exits; ECS refuses SUCCESS on an essential container',
    },
    {
      name: 'dependsOn COMPLETE of a container that is essential by default',
      rule: 'taskdef/depends-on',
      at: { after: '"condition": ' },
      broken: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'COMPLETE' }];
        sidecar(t);
        delete t['containerDefinitions'][1].essential;
      },
      valid: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'COMPLETE' }];
        sidecar(t);
      },
      message: 'ECS refuses COMPLETE on an essential container',
    },
    {
      name: 'dependsOn HEALTHY of a container without a health check',
      rule: 'taskdef/depends-on',
      at: { after: '"condition": ' },
      broken: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'HEALTHY' }];
        sidecar(t);
      },
      valid: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'HEALTHY' }];
        sidecar(t, { healthCheck: { command: ['CMD', 'true'] } });
      },
      message: 'waits for "sidecar" to be HEALTHY, but "sidecar" has no healthCheck',
    },
    {
      name: 'a container that depends on itself',
      rule: 'taskdef/depends-on',
      at: { after: '"containerName": ' },
      broken: (t) => {
        container(t).dependsOn = [{ containerName: 'web', condition: 'START' }];
      },
      valid: () => undefined,
      message: 'containerDefinitions[0] ("web") depends on itself',
    },
    {
      name: 'two containers that wait for each other',
      rule: 'taskdef/depends-on',
      at: { after: '"dependsOn": ' },
      broken: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'START' }];
        sidecar(t, { dependsOn: [{ containerName: 'web', condition: 'START' }] });
      },
      valid: (t) => {
        container(t).dependsOn = [{ containerName: 'sidecar', condition: 'START' }];
        sidecar(t);
      },
      message: 'the containers "web" → "sidecar" → "web" depend on each other in a circle',
    },
    {
      name: 'a mount point of a volume the task does not have',
      rule: 'taskdef/unknown-volume',
      at: { after: '"sourceVolume": ' },
      broken: (t) => {
        t['volumes'] = [{ name: 'data' }];
        container(t).mountPoints = [{ sourceVolume: 'dta', containerPath: '/data' }];
      },
      valid: (t) => {
        t['volumes'] = [{ name: 'data' }];
        container(t).mountPoints = [{ sourceVolume: 'data', containerPath: '/data' }];
      },
      message: 'containerDefinitions[0].mountPoints[0].sourceVolume "dta" is not a volume of this task definition',
    },
    {
      name: 'volumesFrom a container that does not exist',
      rule: 'taskdef/unknown-container-reference',
      at: { after: '"sourceContainer": ' },
      broken: (t) => {
        sidecar(t);
        container(t).volumesFrom = [{ sourceContainer: 'side' }];
      },
      valid: (t) => {
        sidecar(t);
        container(t).volumesFrom = [{ sourceContainer: 'sidecar' }];
      },
      message: 'volumesFrom[0].sourceContainer "side" is not a container of this task definition',
    },
    {
      name: 'links in an awsvpc task',
      rule: 'taskdef/links',
      at: { after: '"links": ' },
      broken: (t) => {
        sidecar(t);
        container(t).links = ['sidecar'];
      },
      valid: (t) => {
        sidecar(t);
      },
      message: 'has links, which only work with networkMode "bridge"; this task\'s is "awsvpc"',
    },
    {
      name: 'no essential container',
      rule: 'taskdef/no-essential-container',
      at: { after: '"containerDefinitions": ' },
      broken: (t) => {
        container(t).essential = false;
      },
      valid: (t) => {
        container(t).essential = true;
      },
      message: 'every container has "essential": false',
    },
  ]);

  test('links in a bridge task name containers of the task', () => {
    const bridge = (links: string[]) =>
      taskdefText((t) => {
        t['requiresCompatibilities'] = ['EC2'];
        t['networkMode'] = 'bridge';
        sidecar(t);
        container(t).links = links;
        container(t).portMappings = [{ containerPort: 80, hostPort: 0 }];
      });
    const broken = bridge(['db:database']);
    expectFinding(checkTaskdef(broken), {
      rule: 'taskdef/unknown-container-reference',
      at: positionOf(broken, '"db:database"'),
      message: 'containerDefinitions[0].links[0] "db" is not a container of this task definition',
    });
    expect(checkTaskdef(bridge(['sidecar:helper'])).findings).toEqual([]);
  });
});

describe('dependsOn circles: one finding for each group of containers that wait for each other, at its first', () => {
  /** A task whose containers wait for others: name → the names in its dependsOn, in file order. */
  const waiting = (graph: Record<string, readonly string[]>) =>
    taskdefText((t) => {
      t['containerDefinitions'] = Object.entries(graph).map(([name, targets], index) => ({
        ...(index === 0 ? container(t) : { image: 'public.ecr.aws/docker/library/busybox:1.36', essential: false }),
        name,
        ...(targets.length > 0 && {
          dependsOn: targets.map((target) => ({ containerName: target, condition: 'START' })),
        }),
      }));
    });
  /** Containers c0 … c(n-1), each waiting for the two before it; the first waits for `first`. */
  const lattice = (n: number, first: readonly string[]) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`c${i}`, i === 0 ? first : [`c${i - 1}`, `c${i - 2}`].slice(0, i)]),
    );
  const names = (...list: string[]) => list.map((name) => `"${name}"`).join(' → ');
  const around = (n: number) => names('c0', ...Array.from({ length: n - 1 }, (_, i) => `c${n - 1 - i}`), 'c0');

  test.each([
    [1, 'two containers', { web: ['a'], a: ['web'] }, [names('web', 'a', 'web')]],
    [2, 'three, after a container in none', { web: [], a: ['b'], b: ['c'], c: ['a'] }, [names('a', 'b', 'c', 'a')]],
    [
      3,
      'two separate circles',
      { web: ['a'], a: ['web'], b: ['c'], c: ['b'] },
      [names('web', 'a', 'web'), names('b', 'c', 'b')],
    ],
    [
      4,
      'a chain into a circle: the chain is no part of it',
      { web: ['a'], a: ['b'], b: ['a'] },
      [names('a', 'b', 'a')],
    ],
    [
      5,
      'two circles through one container: one group',
      { web: ['a', 'b'], a: ['web'], b: ['web'] },
      [names('web', 'a', 'web')],
    ],
    [6, 'forty containers each waiting for the two before it: no circle', lattice(40, []), []],
    [7, 'the same, the first waiting for the last', lattice(40, ['c39']), [around(40)]],
  ] as const)('%i. %s', (_n, _name, graph, circles) => {
    const found = checkTaskdef(waiting(graph)).findings.flatMap((finding) => {
      const circle = /^the containers (.*) depend on each other in a circle/.exec(finding.message)?.[1];
      return circle === undefined ? [] : [circle];
    });
    expect(found).toEqual(circles);
  });
});

describe('uniqueness', () => {
  runTable([
    {
      name: 'a container port mapped twice in one container',
      rule: 'taskdef/duplicate-port',
      at: { after: '"containerPort": ', occurrence: 2 },
      broken: (t) => {
        container(t).portMappings.push({ containerPort: 80, protocol: 'udp' });
      },
      valid: (t) => {
        container(t).portMappings.push({ containerPort: 81, protocol: 'udp' });
      },
      message: 'containerDefinitions[0].portMappings[1] maps containerPort 80, which this container already maps',
    },
    {
      name: 'two containers of an awsvpc task on one port',
      rule: 'taskdef/duplicate-port',
      at: { after: '"containerPort": ', occurrence: 2 },
      broken: (t) => {
        sidecar(t, { portMappings: [{ containerPort: 80 }] });
      },
      valid: (t) => {
        sidecar(t, { portMappings: [{ containerPort: 8080 }] });
      },
      message: 'which containerDefinitions[0] ("web") already maps at line',
    },
    {
      name: 'a secret named twice',
      rule: 'taskdef/duplicate-secret',
      at: { after: '"name": ', occurrence: 3 },
      broken: (t) => {
        container(t).secrets = [
          { name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/a' },
          { name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/b' },
        ];
      },
      valid: (t) => {
        container(t).secrets = [
          { name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/a' },
          { name: 'DB2', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/b' },
        ];
      },
      message: 'secrets[1].name "DB" is also the name of the secret at line',
    },
    {
      name: 'a secret that is also an environment variable',
      rule: 'taskdef/duplicate-secret',
      at: { after: '"name": ', occurrence: 3 },
      broken: (t) => {
        container(t).environment = [{ name: 'DB', value: 'x' }];
        container(t).secrets = [{ name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/a' }];
      },
      valid: (t) => {
        container(t).environment = [{ name: 'DB_HOST', value: 'x' }];
        container(t).secrets = [{ name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/a' }];
      },
      message: '"DB" is also an environment variable',
    },
    {
      name: 'an environment variable set twice',
      rule: 'taskdef/duplicate-environment',
      severity: 'warning',
      at: { after: '"name": ', occurrence: 3 },
      broken: (t) => {
        container(t).environment = [
          { name: 'MODE', value: 'a' },
          { name: 'MODE', value: 'b' },
        ];
      },
      valid: (t) => {
        container(t).environment = [
          { name: 'MODE', value: 'a' },
          { name: 'LEVEL', value: 'b' },
        ];
      },
      message: 'environment[1].name "MODE" is also set at line',
    },
    {
      name: 'an environment variable without a name',
      rule: 'taskdef/environment-name',
      at: { after: '"name": ', occurrence: 2 },
      broken: (t) => {
        container(t).environment = [{ name: ' ', value: 'a' }];
      },
      valid: (t) => {
        container(t).environment = [{ name: 'MODE', value: 'a' }];
      },
      message: 'environment[0].name is blank',
    },
    {
      name: 'a volume name used twice',
      rule: 'taskdef/duplicate-volume',
      at: { after: '"name": ', occurrence: 3 },
      broken: (t) => {
        t['volumes'] = [{ name: 'data' }, { name: 'data' }];
      },
      valid: (t) => {
        t['volumes'] = [{ name: 'data' }, { name: 'cache' }];
      },
      message: 'volume name "data" is also used at line',
    },
  ]);
});

describe('Fargate and awsvpc', () => {
  runTable([
    {
      name: 'a privileged container',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"privileged": ' },
      broken: (t) => {
        container(t).privileged = true;
      },
      valid: (t) => {
        container(t).privileged = false;
      },
      message: 'containerDefinitions[0] ("web") is privileged, which Fargate does not support',
    },
    {
      name: 'a host volume with a sourcePath',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"sourcePath": ' },
      broken: (t) => {
        t['volumes'] = [{ name: 'data', host: { sourcePath: '/var/data' } }];
      },
      valid: (t) => {
        t['volumes'] = [{ name: 'data', host: {} }];
      },
      message:
        'volumes[0].host.sourcePath is set (the host path "/var/data"; HostVolumeProperties.sourcePath), which Fargate does not support',
    },
    {
      name: 'a Docker volume',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"dockerVolumeConfiguration": ' },
      broken: (t) => {
        t['volumes'] = [{ name: 'data', dockerVolumeConfiguration: { scope: 'task' } }];
      },
      valid: (t) => {
        t['volumes'] = [{ name: 'data' }];
      },
      message: 'volumes[0] is a Docker volume (dockerVolumeConfiguration)',
    },
    {
      name: 'ipcMode',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"ipcMode": ' },
      broken: (t) => {
        t['ipcMode'] = 'task';
      },
      valid: () => undefined,
      message: 'the task sets ipcMode, which Fargate does not support',
    },
    {
      name: 'pidMode host',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"pidMode": ' },
      broken: (t) => {
        t['pidMode'] = 'host';
      },
      valid: (t) => {
        t['pidMode'] = 'task';
      },
      message: 'the task sets pidMode "host"',
    },
    {
      name: 'placement constraints',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"placementConstraints": ' },
      broken: (t) => {
        t['placementConstraints'] = [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }];
      },
      valid: (t) => {
        t['placementConstraints'] = [];
      },
      message: 'the task has placementConstraints',
    },
    {
      name: 'devices',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"devices": ' },
      broken: (t) => {
        container(t).linuxParameters = { devices: [{ hostPath: '/dev/fuse' }] };
      },
      valid: (t) => {
        container(t).linuxParameters = { initProcessEnabled: true };
      },
      message: 'containerDefinitions[0].linuxParameters.devices is set',
    },
    {
      name: 'sharedMemorySize',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"sharedMemorySize": ' },
      broken: (t) => {
        container(t).linuxParameters = { sharedMemorySize: 64 };
      },
      valid: (t) => {
        container(t).linuxParameters = {};
      },
      message: 'linuxParameters.sharedMemorySize is set',
    },
    {
      name: 'an added capability other than SYS_PTRACE',
      rule: 'taskdef/fargate-unsupported',
      at: { at: '"NET_ADMIN"' },
      broken: (t) => {
        container(t).linuxParameters = { capabilities: { add: ['NET_ADMIN'] } };
      },
      valid: (t) => {
        container(t).linuxParameters = { capabilities: { add: ['SYS_PTRACE'], drop: ['NET_RAW'] } };
      },
      message: 'adds the capability NET_ADMIN; only SYS_PTRACE can be added',
    },
    {
      name: 'a GPU',
      rule: 'taskdef/fargate-unsupported',
      at: { after: '"type": ' },
      broken: (t) => {
        container(t).resourceRequirements = [{ type: 'GPU', value: '1' }];
      },
      valid: () => undefined,
      message: 'asks for a GPU',
    },
    {
      name: 'a log driver Fargate does not offer',
      rule: 'taskdef/fargate-log-driver',
      at: { after: '"logDriver": ' },
      broken: (t) => {
        container(t).logConfiguration = { logDriver: 'json-file' };
      },
      valid: (t) => {
        container(t).logConfiguration = {
          logDriver: 'splunk',
          options: { 'splunk-url': 'https://splunk.example.com' },
        };
      },
      message: 'logs with "json-file"; Fargate offers the log drivers awslogs, splunk or awsfirelens',
    },
    {
      name: 'hostname in an awsvpc task',
      rule: 'taskdef/awsvpc-unsupported',
      at: { after: '"hostname": ' },
      broken: (t) => {
        container(t).hostname = 'web';
      },
      valid: () => undefined,
      message: 'containerDefinitions[0].hostname is set, but networkMode is "awsvpc"',
    },
    {
      name: 'extraHosts in an awsvpc task',
      rule: 'taskdef/awsvpc-unsupported',
      at: { after: '"extraHosts": ' },
      broken: (t) => {
        container(t).extraHosts = [{ hostname: 'db', ipAddress: '10.0.0.5' }];
      },
      valid: () => undefined,
      message: 'containerDefinitions[0].extraHosts is set',
    },
  ]);
});

describe('log configuration', () => {
  const awslogs = (options: Mutable) => (t: Mutable) => {
    container(t).logConfiguration = { logDriver: 'awslogs', options };
  };
  const base = { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web' };
  runTable([
    {
      name: 'awslogs without a group',
      rule: 'taskdef/awslogs-options',
      at: { after: '"options": ' },
      broken: awslogs({ 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web' }),
      valid: awslogs(base),
      message: 'logs with awslogs without "awslogs-group" in its options',
    },
    {
      name: 'awslogs on Fargate without a stream prefix',
      rule: 'taskdef/awslogs-options',
      at: { after: '"options": ' },
      broken: awslogs({ 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1' }),
      valid: awslogs(base),
      message: 'without "awslogs-stream-prefix" in its options',
    },
    {
      name: 'awslogs-create-group that is not "true"',
      rule: 'taskdef/awslogs-options',
      at: { after: '"awslogs-create-group": ' },
      broken: awslogs({ ...base, 'awslogs-create-group': 'false' }),
      valid: awslogs({ ...base, 'awslogs-create-group': 'true' }),
      message: 'options["awslogs-create-group"] is "false"; it takes "true" (ECS refuses others',
    },
    {
      name: 'an unknown mode',
      rule: 'taskdef/awslogs-options',
      at: { after: '"mode": ' },
      broken: awslogs({ ...base, mode: 'nonblocking' }),
      valid: awslogs({ ...base, mode: 'non-blocking', 'max-buffer-size': '25m' }),
      message: 'options.mode is "nonblocking"; it takes "blocking" or "non-blocking"',
    },
    {
      name: 'a misspelt awslogs option',
      rule: 'taskdef/awslogs-options',
      severity: 'warning',
      at: { at: '"awslogs-stream-prefx"' },
      broken: awslogs({
        'awslogs-group': '/ecs/web',
        'awslogs-region': 'eu-west-1',
        'awslogs-stream-prefx': 'web',
        'awslogs-stream-prefix': 'web',
      }),
      valid: awslogs(base),
      message: '"awslogs-stream-prefx" is not an awslogs option; did you mean "awslogs-stream-prefix"?',
    },
    {
      name: 'awsfirelens without a log router',
      rule: 'taskdef/firelens',
      at: { after: '"logDriver": ' },
      broken: (t) => {
        container(t).logConfiguration = { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } };
      },
      valid: (t) => {
        container(t).logConfiguration = { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } };
        sidecar(t, {
          name: 'log_router',
          firelensConfiguration: { type: 'fluentbit' },
          logConfiguration: awslogsOf(base),
        });
      },
      message: 'logs with "awsfirelens", but no container of the task has a firelensConfiguration',
    },
    {
      name: 'an empty secretOptions valueFrom',
      rule: 'taskdef/secret-options',
      at: { after: '"valueFrom": ' },
      broken: (t) => {
        container(t).logConfiguration = {
          logDriver: 'splunk',
          options: { 'splunk-url': 'https://s' },
          secretOptions: [{ name: 'splunk-token', valueFrom: '' }],
        };
      },
      valid: (t) => {
        container(t).logConfiguration = {
          logDriver: 'splunk',
          options: { 'splunk-url': 'https://s' },
          secretOptions: [
            { name: 'splunk-token', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:splunk' },
          ],
        };
      },
      message: 'logConfiguration.secretOptions[0].valueFrom is empty',
    },
  ]);
});

function awslogsOf(options: Mutable): Mutable {
  return { logDriver: 'awslogs', options };
}

describe('roles', () => {
  runTable([
    {
      name: 'repositoryCredentials with an empty credentialsParameter',
      rule: 'taskdef/credentials-parameter',
      at: { after: '"credentialsParameter": ' },
      broken: (t) => {
        container(t).repositoryCredentials = { credentialsParameter: '' };
      },
      valid: (t) => {
        container(t).repositoryCredentials = {
          credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry',
        };
      },
      message: 'repositoryCredentials.credentialsParameter is empty',
    },
  ]);
});

describe('EFS volumes', () => {
  const efs = (configuration: Mutable) => (t: Mutable) => {
    t['volumes'] = [
      { name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', ...configuration } },
    ];
  };
  runTable([
    {
      name: 'an access point with a root directory',
      rule: 'taskdef/efs-volume',
      at: { after: '"rootDirectory": ' },
      broken: efs({
        rootDirectory: '/data',
        transitEncryption: 'ENABLED',
        authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' },
      }),
      valid: efs({
        rootDirectory: '/',
        transitEncryption: 'ENABLED',
        authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' },
      }),
      message: 'volumes[0].efsVolumeConfiguration.rootDirectory is "/data" with an access point',
    },
    {
      name: 'an access point without transit encryption',
      rule: 'taskdef/efs-volume',
      at: { after: '"accessPointId": ' },
      broken: efs({ authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }),
      valid: efs({ transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }),
      message: 'uses an access point (accessPointId) without "transitEncryption": "ENABLED"',
    },
    {
      name: 'IAM authorization without transit encryption',
      rule: 'taskdef/efs-volume',
      at: { after: '"iam": ' },
      broken: efs({ transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } }),
      valid: efs({ transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } }),
      message: 'uses IAM authorization (iam: ENABLED) without "transitEncryption": "ENABLED"',
    },
    {
      name: 'a transit encryption port without transit encryption',
      rule: 'taskdef/efs-volume',
      severity: 'warning',
      at: { after: '"transitEncryptionPort": ' },
      broken: efs({ transitEncryptionPort: 2049 }),
      valid: efs({ transitEncryption: 'ENABLED', transitEncryptionPort: 2049 }),
      message: 'transitEncryptionPort is set but transit encryption is off',
    },
  ]);
});

describe('placeholders that cannot fill into an image reference', () => {
  runTable([
    {
      name: 'a placeholder with a tag',
      rule: 'placeholder/partial-image',
      at: { after: '"image": ' },
      broken: (t) => {
        container(t).image = '<IMAGE1_NAME>:latest';
      },
      valid: (t) => {
        container(t).image = '<IMAGE1_NAME>';
      },
      message: 'has the image "<IMAGE1_NAME>:latest": CodeDeploy replaces <IMAGE1_NAME> with the whole image URI',
    },
    {
      name: 'a placeholder after a repository',
      rule: 'placeholder/partial-image',
      at: { after: '"image": ' },
      broken: (t) => {
        container(t).image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/<IMAGE1_NAME>';
      },
      valid: (t) => {
        container(t).image = '<IMAGE1_NAME>';
      },
      message:
        'so the result would be "123456789012.dkr.ecr.eu-west-1.amazonaws.com/123456789012.dkr.ecr.<region>.amazonaws.com/repo@sha256:…"',
    },
  ]);
});
