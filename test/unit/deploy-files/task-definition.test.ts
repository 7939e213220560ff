import {
  checkTaskdef,
  expectFinding,
  firstContainer,
  positionAfter,
  positionOf,
  taskdefText,
  VALID_TASKDEF,
  withRule,
  type ExpectedFinding,
} from './fixtures';

interface FailingCase {
  readonly name: string;
  readonly text: string;
  readonly expected: ExpectedFinding;
}

/** Builds a case whose position is found in its own text. */
function failing(
  name: string,
  text: string,
  rule: string,
  at: (text: string) => { line: number; column: number },
  message: string,
  severity: 'error' | 'warning' = 'error',
): FailingCase {
  return { name, text, expected: { rule, severity, at: at(text), message } };
}

const START = () => ({ line: 1, column: 1 });

describe('a valid task definition', () => {
  test('has no findings and is written unchanged', () => {
    const text = taskdefText();
    const result = checkTaskdef(text);
    expect(result.findings).toEqual([]);
    expect(result.taskDefinition).toEqual(VALID_TASKDEF);
    expect(result.removedFields).toEqual([]);
    expect(result.imageContainers).toEqual(['web']);
  });
});

describe('the RegisterTaskDefinition model', () => {
  const cases: FailingCase[] = [
    failing(
      'JSON with a comment',
      taskdefText().replace('"family"', '// the service\n  "family"'),
      'taskdef/syntax',
      (text) => positionOf(text, '//'),
      'comments are not allowed in JSON',
    ),
    failing(
      'a key given twice',
      taskdefText().replace('"cpu": "256",', '"cpu": "256",\n  "cpu": "512",'),
      'taskdef/duplicate-key',
      (text) => positionOf(text, '"cpu"', 2),
      'duplicate key "cpu" (first at line 8); readers disagree on which one counts',
    ),
    failing(
      'a misspelt nested key',
      taskdefText((t) => {
        firstContainer(t)['portMappings'] = [{ containerPort: 80, hostport: 80 }];
      }),
      'taskdef/unknown-key',
      (text) => positionOf(text, '"hostport"'),
      'unknown key "hostport" in containerDefinitions[0].portMappings[0]; did you mean "hostPort"?',
    ),
    failing(
      'a container key at the top level',
      taskdefText((t) => {
        t['memoryReservation'] = 512;
      }),
      'taskdef/unknown-key',
      (text) => positionOf(text, '"memoryReservation"'),
      '"memoryReservation" is not a key at the top level of the task definition; it belongs in containerDefinitions[]',
    ),
    failing(
      'a port mapping key in a container',
      taskdefText((t) => {
        firstContainer(t)['containerPort'] = 80;
      }),
      'taskdef/unknown-key',
      (text) => positionOf(text, '"containerPort"', 2),
      'it belongs in containerDefinitions[].portMappings[]',
    ),
    failing(
      'an unknown key with nothing close',
      taskdefText((t) => {
        t['deploymentNotes'] = 'x';
      }),
      'taskdef/unknown-key',
      (text) => positionOf(text, '"deploymentNotes"'),
      'unknown key "deploymentNotes" at the top level of the task definition; RegisterTaskDefinition rejects unknown keys',
    ),
    failing(
      'a number where the API takes a string',
      taskdefText((t) => {
        t['cpu'] = 256;
      }),
      'taskdef/value-type',
      (text) => positionAfter(text, '"cpu": '),
      'cpu is the number 256; the ECS API takes a string here (the AWS CLI rejects this; whether CodeDeploy converts it is unverified',
    ),
    failing(
      'a quoted port',
      taskdefText((t) => {
        firstContainer(t)['portMappings'] = [{ containerPort: '80' }];
      }),
      'taskdef/value-type',
      (text) => positionAfter(text, '"containerPort": '),
      'containerDefinitions[0].portMappings[0].containerPort is the string "80"; the ECS API takes a number here',
    ),
    failing(
      'a quoted boolean',
      taskdefText((t) => {
        firstContainer(t)['essential'] = 'true';
      }),
      'taskdef/value-type',
      (text) => positionAfter(text, '"essential": '),
      'containerDefinitions[0].essential is the string "true"; the ECS API takes true or false here',
    ),
    failing(
      'an object where the API takes a list',
      taskdefText((t) => {
        firstContainer(t)['portMappings'] = { containerPort: 80 };
      }),
      'taskdef/value-type',
      (text) => positionAfter(text, '"portMappings": '),
      'containerDefinitions[0].portMappings is an object; the ECS API takes a list of objects here',
    ),
    failing(
      'null',
      taskdefText((t) => {
        t['taskRoleArn'] = null;
      }),
      'taskdef/value-type',
      (text) => positionAfter(text, '"taskRoleArn": '),
      'taskRoleArn is null; the ECS API takes a string here',
    ),
    failing(
      'a boolean map value',
      taskdefText((t) => {
        firstContainer(t)['logConfiguration']['options']['awslogs-create-group'] = true;
      }),
      'taskdef/value-type',
      (text) => positionAfter(text, '"awslogs-create-group": '),
      'containerDefinitions[0].logConfiguration.options["awslogs-create-group"] is the boolean true; the ECS API takes a string here',
    ),
    failing(
      'a list at the top level',
      '[]',
      'taskdef/value-type',
      START,
      'the top level is a list; the ECS API takes an object here',
    ),
    failing(
      'an enumeration value in the wrong case',
      taskdefText((t) => {
        t['requiresCompatibilities'] = ['fargate'];
      }),
      'taskdef/enum-value',
      (text) => positionOf(text, '"fargate"'),
      'requiresCompatibilities[0] is "fargate"; ECS accepts one of "EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES"; did you mean "FARGATE"?',
    ),
    failing(
      'a misspelt enumeration value',
      taskdefText((t) => {
        firstContainer(t)['logConfiguration']['logDriver'] = 'awslog';
      }),
      'taskdef/enum-value',
      (text) => positionAfter(text, '"logDriver": '),
      'containerDefinitions[0].logConfiguration.logDriver is "awslog"; ECS accepts one of',
    ),
    failing(
      'no family',
      taskdefText((t) => {
        delete t['family'];
      }),
      'taskdef/missing-required',
      START,
      'the task definition has no "family", which RegisterTaskDefinition requires',
    ),
    failing(
      'a log configuration without its driver',
      taskdefText((t) => {
        firstContainer(t)['logConfiguration'] = { options: {} };
      }),
      'taskdef/missing-required',
      (text) => positionAfter(text, '"logConfiguration": '),
      'containerDefinitions[0].logConfiguration has no "logDriver", which RegisterTaskDefinition requires',
    ),
  ];

  test.each(cases)('$name', ({ text, expected }) => {
    expectFinding(checkTaskdef(text), expected);
  });

  test.each([
    ['taskdef/unknown-key', { hostPort: 80 }],
    ['taskdef/value-type', { containerPort: 8080 }],
  ])('%s: a well-formed port mapping passes', (rule, mapping) => {
    const text = taskdefText((t) => {
      firstContainer(t)['portMappings'] = [{ containerPort: 80, ...mapping }];
    });
    expect(withRule(checkTaskdef(text), rule)).toEqual([]);
  });

  test.each([
    ['taskdef/enum-value', (t: Record<string, unknown>) => void (t['requiresCompatibilities'] = ['EC2', 'FARGATE'])],
    ['taskdef/missing-required', (t: Record<string, unknown>) => void (t['tags'] = [{ key: 'team', value: 'web' }])],
  ])('%s: valid values pass', (rule, change) => {
    expect(withRule(checkTaskdef(taskdefText(change)), rule)).toEqual([]);
  });
});

describe('task definition rules', () => {
  const cases: FailingCase[] = [
    failing(
      'a Describe-only field',
      taskdefText((t) => {
        t['revision'] = 3;
      }),
      'taskdef/describe-only-field',
      (text) => positionOf(text, '"revision"'),
      '"revision" is a field that DescribeTaskDefinition returns and RegisterTaskDefinition rejects',
      'warning',
    ),
    failing(
      'a family with a space',
      taskdefText((t) => {
        t['family'] = 'web app';
      }),
      'taskdef/family-name',
      (text) => positionAfter(text, '"family": '),
      'family "web app" is not a valid name: " " is not allowed',
    ),
    failing(
      'a family that is too long',
      taskdefText((t) => {
        t['family'] = 'f'.repeat(256);
      }),
      'taskdef/family-name',
      (text) => positionAfter(text, '"family": '),
      'it is 256 characters long, over the limit of 255',
    ),
    failing(
      'no containers',
      taskdefText((t) => {
        t['containerDefinitions'] = [];
      }),
      'taskdef/no-containers',
      (text) => positionAfter(text, '"containerDefinitions": '),
      'containerDefinitions is empty; a task definition needs at least one container',
    ),
    failing(
      'a container without a name',
      taskdefText((t) => {
        delete firstContainer(t)['name'];
      }),
      'taskdef/container-name',
      (text) => positionOf(text, '{', 2),
      'containerDefinitions[0] has no "name"',
    ),
    failing(
      'a container name with a slash',
      taskdefText((t) => {
        firstContainer(t)['name'] = 'web/app';
      }),
      'taskdef/container-name',
      (text) => positionAfter(text, '"name": '),
      'containerDefinitions[0].name "web/app" is not a valid container name: "/" is not allowed',
    ),
    failing(
      'two containers with one name',
      taskdefText((t) => {
        t['containerDefinitions'].push({ name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', essential: false });
      }),
      'taskdef/duplicate-container-name',
      (text) => positionAfter(text, '"name": ', 2),
      'containerDefinitions[1].name "web" is also the name of containerDefinitions[0] (line 12)',
    ),
    failing(
      'an empty image',
      taskdefText((t) => {
        firstContainer(t)['image'] = ' ';
      }),
      'taskdef/empty-image',
      (text) => positionAfter(text, '"image": '),
      'containerDefinitions[0] ("web") has an empty "image"',
    ),
    failing(
      'no image',
      taskdefText((t) => {
        delete firstContainer(t)['image'];
      }),
      'taskdef/empty-image',
      (text) => positionOf(text, '{', 2),
      'containerDefinitions[0] ("web") has no "image"',
    ),
    failing(
      'Fargate with bridge networking',
      taskdefText((t) => {
        t['networkMode'] = 'bridge';
      }),
      'taskdef/fargate-network-mode',
      (text) => positionAfter(text, '"networkMode": '),
      'networkMode is "bridge", but requiresCompatibilities includes "FARGATE", which only runs "awsvpc"',
    ),
    failing(
      'Fargate without a network mode',
      taskdefText((t) => {
        delete t['networkMode'];
      }),
      'taskdef/fargate-network-mode',
      (text) => positionOf(text, '"FARGATE"'),
      'networkMode is not set (ECS would use "bridge")',
    ),
    failing(
      'Fargate without cpu',
      taskdefText((t) => {
        delete t['cpu'];
      }),
      'taskdef/fargate-cpu-memory',
      (text) => positionOf(text, '"FARGATE"'),
      'requiresCompatibilities includes "FARGATE", which needs a task-level "cpu"',
    ),
    failing(
      'Fargate without memory',
      taskdefText((t) => {
        delete t['memory'];
      }),
      'taskdef/fargate-cpu-memory',
      (text) => positionOf(text, '"FARGATE"'),
      'requiresCompatibilities includes "FARGATE", which needs a task-level "memory"',
    ),
    failing(
      'a memory size cpu 256 does not offer',
      taskdefText((t) => {
        t['memory'] = '4096';
      }),
      'taskdef/fargate-cpu-memory',
      (text) => positionAfter(text, '"memory": '),
      'Fargate has no task size with cpu 256 and memory 4096 MiB; with cpu 256 the memory is 512, 1024 or 2048 MiB',
    ),
    failing(
      'an 8 vCPU task with memory off its 4 GB steps',
      taskdefText((t) => {
        t['cpu'] = '8 vCPU';
        t['memory'] = '18432';
      }),
      'taskdef/fargate-cpu-memory',
      (text) => positionAfter(text, '"memory": '),
      'with cpu 8192 the memory is 16384 to 61440 in steps of 4096 MiB',
    ),
    failing(
      'a cpu value Fargate lacks',
      taskdefText((t) => {
        t['cpu'] = '300';
      }),
      'taskdef/fargate-cpu-memory',
      (text) => positionAfter(text, '"cpu": '),
      'Fargate has no task size with cpu 300; it offers cpu 256, 512, 1024, 2048, 4096, 8192 or 16384',
    ),
    failing(
      'an unreadable cpu',
      taskdefText((t) => {
        t['cpu'] = 'quarter';
      }),
      'taskdef/fargate-cpu-memory',
      (text) => positionAfter(text, '"cpu": '),
      'cpu "quarter" is not a CPU size',
    ),
    failing(
      'an EC2 container without memory',
      taskdefText((t) => {
        t['requiresCompatibilities'] = ['EC2'];
        t['networkMode'] = 'bridge';
        delete t['cpu'];
        delete t['memory'];
      }),
      'taskdef/container-memory',
      (text) => positionOf(text, '{', 2),
      'containerDefinitions[0] ("web") sets neither "memory" nor "memoryReservation", and the task sets no "memory"',
    ),
    failing(
      'an awsvpc host port that differs',
      taskdefText((t) => {
        firstContainer(t)['portMappings'] = [{ containerPort: 80, hostPort: 8080 }];
      }),
      'taskdef/awsvpc-host-port',
      (text) => positionAfter(text, '"hostPort": '),
      'containerDefinitions[0].portMappings[0].hostPort is 8080 but containerPort is 80; with networkMode "awsvpc"',
    ),
  ];

  test.each(cases)('$name', ({ text, expected }) => {
    expectFinding(checkTaskdef(text), expected);
  });

  const passing: [string, string, (t: Record<string, any>) => void][] = [
    ['taskdef/family-name', 'a family of letters, digits, - and _', (t) => void (t['family'] = 'Web_App-2')],
    [
      'taskdef/container-name',
      'a container name of 255 characters',
      (t) => void (firstContainer(t)['name'] = 'c'.repeat(255)),
    ],
    [
      'taskdef/duplicate-container-name',
      'two containers with their own names',
      (t) =>
        void t['containerDefinitions'].push({ name: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1' }),
    ],
    ['taskdef/no-containers', 'one container', () => undefined],
    ['taskdef/empty-image', 'a literal image', (t) => void (firstContainer(t)['image'] = 'nginx:1.27')],
    [
      'taskdef/fargate-network-mode',
      'EC2 with bridge',
      (t) => {
        t['requiresCompatibilities'] = ['EC2'];
        t['networkMode'] = 'bridge';
      },
    ],
    [
      'taskdef/fargate-cpu-memory',
      '"1 vCPU" and "2 GB"',
      (t) => {
        t['cpu'] = '1 vCPU';
        t['memory'] = '2 GB';
      },
    ],
    [
      'taskdef/fargate-cpu-memory',
      '"0.25 vcpu" and "0.5GB"',
      (t) => {
        t['cpu'] = '0.25 vcpu';
        t['memory'] = '0.5GB';
      },
    ],
    [
      'taskdef/fargate-cpu-memory',
      '16 vCPU with 120 GB',
      (t) => {
        t['cpu'] = '16384';
        t['memory'] = '122880';
      },
    ],
    [
      'taskdef/fargate-cpu-memory',
      'no Fargate, no size',
      (t) => {
        t['requiresCompatibilities'] = ['EC2'];
        delete t['cpu'];
      },
    ],
    [
      'taskdef/container-memory',
      'an EC2 container with a memory reservation',
      (t) => {
        t['requiresCompatibilities'] = ['EC2'];
        t['networkMode'] = 'bridge';
        delete t['cpu'];
        delete t['memory'];
        firstContainer(t)['memoryReservation'] = 256;
      },
    ],
    [
      'taskdef/awsvpc-host-port',
      'an equal host port',
      (t) => {
        firstContainer(t)['portMappings'] = [{ containerPort: 80, hostPort: 80 }];
      },
    ],
    [
      'taskdef/awsvpc-host-port',
      'a different host port in bridge mode',
      (t) => {
        t['requiresCompatibilities'] = ['EC2'];
        t['networkMode'] = 'bridge';
        firstContainer(t)['portMappings'] = [{ containerPort: 80, hostPort: 8080 }];
      },
    ],
  ];

  test.each(passing)('%s passes: %s', (rule, _name, change) => {
    expect(withRule(checkTaskdef(taskdefText(change)), rule)).toEqual([]);
  });
});

describe('Describe-only fields', () => {
  test('are removed from the task definition that is written, each with a warning', () => {
    const text = taskdefText((t) => {
      t['taskDefinitionArn'] = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-app:3';
      t['revision'] = 3;
      t['status'] = 'ACTIVE';
      t['registeredAt'] = '2024-01-01T00:00:00.000Z';
    });
    const result = checkTaskdef(text);
    expect(result.removedFields).toEqual(['taskDefinitionArn', 'revision', 'status', 'registeredAt']);
    expect(result.taskDefinition).toEqual(VALID_TASKDEF);
    expect(withRule(result, 'taskdef/describe-only-field').map((finding) => finding.severity)).toEqual([
      'warning',
      'warning',
      'warning',
      'warning',
    ]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe('taskdef/execution-role', () => {
  const withoutRole = taskdefText((t) => {
    delete t['executionRoleArn'];
    firstContainer(t)['secrets'] = [
      { name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/db' },
    ];
  });

  test.each([
    [
      'the image this build pushes to ECR',
      positionAfter(withoutRole, '"image": '),
      'pulls its image from a private ECR repository',
    ],
    ['awslogs', positionAfter(withoutRole, '"logDriver": '), 'sends its logs with the awslogs driver'],
    [
      'secrets',
      positionAfter(withoutRole, '"secrets": '),
      'reads secrets (Secrets Manager or SSM Parameter Store, or registry credentials)',
    ],
  ])('on Fargate, rejects %s without executionRoleArn', (_reason, at, message) => {
    const findings = withRule(checkTaskdef(withoutRole), 'taskdef/execution-role');
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line: at.line,
        column: at.column,
        message: expect.stringContaining(
          `containerDefinitions[0] ("web") ${message}, which needs a task execution role`,
        ),
      }),
    );
  });

  test('rejects a private ECR image written out, on Fargate', () => {
    const text = taskdefText((t) => {
      delete t['executionRoleArn'];
      delete firstContainer(t)['logConfiguration'];
      firstContainer(t)['image'] = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1';
    });
    expectFinding(checkTaskdef(text, { render: { container: 'web' } }), {
      rule: 'taskdef/execution-role',
      at: positionAfter(text, '"image": '),
      message: 'pulls its image from a private ECR repository',
    });
  });

  test('on EC2, only warns about ECR and awslogs (the instance role may do it), and still rejects secrets', () => {
    const ec2 = taskdefText((t) => {
      delete t['executionRoleArn'];
      delete t['requiresCompatibilities'];
      firstContainer(t)['secrets'] = [
        { name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/db' },
      ];
    });
    const findings = withRule(checkTaskdef(ec2), 'taskdef/execution-role');
    expect(findings.map((finding) => [finding.severity, finding.line, finding.column])).toEqual([
      ['warning', positionAfter(ec2, '"image": ').line, positionAfter(ec2, '"image": ').column],
      ['warning', positionAfter(ec2, '"logDriver": ').line, positionAfter(ec2, '"logDriver": ').column],
      ['error', positionAfter(ec2, '"secrets": ').line, positionAfter(ec2, '"secrets": ').column],
    ]);
  });

  test('is quiet with an execution role, or without anything that needs one', () => {
    expect(withRule(checkTaskdef(taskdefText()), 'taskdef/execution-role')).toEqual([]);
    const publicImage = taskdefText((t) => {
      delete t['executionRoleArn'];
      delete firstContainer(t)['logConfiguration'];
      firstContainer(t)['image'] = 'public.ecr.aws/nginx/nginx:1.27';
    });
    expect(withRule(checkTaskdef(publicImage, { imagePlaceholder: 'IMAGE1_NAME' }), 'taskdef/execution-role')).toEqual(
      [],
    );
  });
});
