import type { CheckInput } from '../../../src/deploy-files/check';
import {
  checkAppspecText,
  checkTaskdef,
  expectFinding,
  positionOf,
  taskdefText,
  VALID_APPSPEC,
  withRule,
  type ExpectedFinding,
} from './fixtures';

/** VALID_APPSPEC with one piece of text replaced. */
function appspecWith(search: string, replacement: string): string {
  if (!VALID_APPSPEC.includes(search)) throw new Error(`the valid appspec has no ${JSON.stringify(search)}`);
  return VALID_APPSPEC.replace(search, replacement);
}

const PROPERTIES_END = '          ContainerPort: 80\n';

/** VALID_APPSPEC with more lines at the end of Properties (indented 8 spaces by the caller). */
function withProperties(lines: string): string {
  return appspecWith(PROPERTIES_END, `${PROPERTIES_END}${lines}`);
}

const FULL_APPSPEC = withProperties(`        PlatformVersion: "1.4.0"
        NetworkConfiguration:
          AwsvpcConfiguration:
            Subnets: ["subnet-0a1b2c", "subnet-3d4e5f"]
            SecurityGroups: ["sg-0a1b2c"]
            AssignPublicIp: DISABLED
        CapacityProviderStrategy:
          - CapacityProvider: FARGATE
            Base: 1
            Weight: 1
          - CapacityProvider: FARGATE_SPOT
            Weight: 3
Hooks:
  - BeforeInstall: arn:aws:lambda:eu-west-1:123456789012:function:before-install:live
  - AfterAllowTestTraffic: run-smoke-tests
`);

interface AppspecCase {
  readonly name: string;
  readonly text: string;
  readonly expected: ExpectedFinding;
  readonly path?: string;
  readonly input?: Partial<CheckInput>;
}

/** A case whose finding points at the `occurrence`-th `needle` of its text. */
function failing(
  name: string,
  text: string,
  rule: string,
  needle: string,
  message: string,
  options: { severity?: 'error' | 'warning'; path?: string; input?: Partial<CheckInput>; occurrence?: number } = {},
): AppspecCase {
  return {
    name,
    text,
    expected: {
      rule,
      severity: options.severity ?? 'error',
      at: positionOf(text, needle, options.occurrence),
      message,
    },
    ...(options.path !== undefined && { path: options.path }),
    ...(options.input !== undefined && { input: options.input }),
  };
}

const cases: AppspecCase[] = [
  failing(
    'YAML that does not parse',
    appspecWith('ContainerName: web', 'ContainerName: web: x'),
    'appspec/syntax',
    'web: x',
    'Nested mappings are not allowed in compact mappings',
  ),
  failing(
    'tabs for indentation',
    appspecWith('      Type:', '\tType:'),
    'appspec/syntax',
    '\tType',
    'Tabs are not allowed as indentation',
  ),
  failing('JSON with a trailing comma', '{\n  "version": 0.0,\n}\n', 'appspec/syntax', '}', 'trailing comma before }', {
    path: 'appspec.json',
  }),
  failing(
    'a duplicate key',
    appspecWith('version: 0.0\n', 'version: 0.0\nversion: 0.0\n'),
    'appspec/duplicate-key',
    'version',
    'duplicate key "version" (first at line 1)',
    { occurrence: 2 },
  ),
  failing(
    'version 1',
    appspecWith('version: 0.0', 'version: 1'),
    'appspec/version',
    '1',
    'version is the number 1; the only appspec version is 0.0',
  ),
  failing(
    'version 0 (not 0.0)',
    appspecWith('version: 0.0', 'version: 0'),
    'appspec/version',
    '0',
    'version is the number 0; the only appspec version is 0.0',
  ),
  failing(
    'no version',
    appspecWith('version: 0.0\n', ''),
    'appspec/missing-key',
    'Resources',
    'the top level has no "version", which CodeDeploy requires',
  ),
  failing(
    'a misspelt key',
    appspecWith('TaskDefinition:', 'TaskDefiniton:'),
    'appspec/unknown-key',
    'TaskDefiniton',
    'unknown key "TaskDefiniton" in Resources[0].TargetService.Properties; did you mean "TaskDefinition"?',
  ),
  failing(
    'Resources as a mapping',
    appspecWith('  - TargetService:', '  TargetService:'),
    'appspec/value-type',
    'TargetService',
    'Resources is an object; it must be a list with one TargetService',
  ),
  failing(
    'two resources',
    `${VALID_APPSPEC}  - TargetService:\n      Type: AWS::ECS::Service\n`,
    'appspec/resources',
    'TargetService',
    'Resources has 2 items; an ECS appspec has exactly one, the TargetService',
    { occurrence: 2 },
  ),
  failing(
    'a Lambda target',
    appspecWith('AWS::ECS::Service', 'AWS::Lambda::Function'),
    'appspec/service-type',
    'AWS::Lambda::Function',
    'Resources[0].TargetService.Type is the string "AWS::Lambda::Function"; an ECS deployment\'s target is "AWS::ECS::Service" (this is a Lambda appspec)',
  ),
  failing(
    'a wildcard TaskDefinition',
    appspecWith('<TASK_DEFINITION>', '"arn:aws:ecs:us-east-2:*:task-definition/app:*"'),
    'appspec/task-definition',
    '"arn',
    'has a wildcard; CodeDeploy needs one exact task definition',
  ),
  failing(
    'an ARN without revision',
    appspecWith('<TASK_DEFINITION>', 'arn:aws:ecs:eu-west-1:123456789012:task-definition/app'),
    'appspec/task-definition',
    'arn:',
    'has no revision (":<number>" after the family)',
  ),
  failing(
    'an ARN without account',
    appspecWith('<TASK_DEFINITION>', 'arn:aws:ecs:eu-west-1::task-definition/app:3'),
    'appspec/task-definition',
    'arn:',
    '"arn:aws:ecs:eu-west-1::task-definition/app:3" has no account ID',
  ),
  failing(
    'a family and revision',
    appspecWith('<TASK_DEFINITION>', 'app:3'),
    'appspec/task-definition',
    'app:3',
    '"app:3" is neither <TASK_DEFINITION> nor a full task definition ARN',
  ),
  failing(
    'the placeholder without brackets',
    appspecWith('<TASK_DEFINITION>', 'TASK_DEFINITION'),
    'appspec/task-definition',
    'TASK_DEFINITION',
    '"TASK_DEFINITION" is not the placeholder CodeDeploy replaces, which is exactly <TASK_DEFINITION>',
  ),
  failing(
    'a fixed ARN',
    appspecWith('<TASK_DEFINITION>', 'arn:aws:ecs:eu-west-1:123456789012:task-definition/app:6'),
    'appspec/fixed-task-definition',
    'arn:',
    'so a pipeline would deploy revision 6, not the new image',
    { severity: 'warning' },
  ),
  failing(
    'a fixed ARN in build mode',
    appspecWith('<TASK_DEFINITION>', 'arn:aws:ecs:eu-west-1:123456789012:task-definition/app:6'),
    'appspec/fixed-task-definition',
    'arn:',
    'TaskDefinition is the fixed ARN "arn:aws:ecs:eu-west-1:123456789012:task-definition/app:6"',
    { input: { requirePlaceholder: true } },
  ),
  failing(
    'a blank ContainerName',
    appspecWith('ContainerName: web', 'ContainerName: " "'),
    'appspec/container-name',
    '" "',
    'Resources[0].TargetService.Properties.LoadBalancerInfo.ContainerName is blank',
  ),
  failing(
    'a ContainerName with spaces',
    appspecWith('ContainerName: web', 'ContainerName: "[Your container Name]"'),
    'appspec/container-name',
    '"[',
    'ContainerName "[Your container Name]" is not a container name',
  ),
  failing(
    'a quoted ContainerPort',
    appspecWith('ContainerPort: 80', 'ContainerPort: "80"'),
    'appspec/container-port-type',
    '"80"',
    'Resources[0].TargetService.Properties.LoadBalancerInfo.ContainerPort is the string "80"; CodeDeploy needs a number',
  ),
  failing(
    'a ContainerPort out of range',
    appspecWith('ContainerPort: 80', 'ContainerPort: 70000'),
    'appspec/container-port',
    '70000',
    'ContainerPort is 70000; a port is a whole number from 1 to 65535',
  ),
  failing(
    'Subnets alone',
    withProperties(
      '        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: [subnet-0a1b2c]\n',
    ),
    'appspec/awsvpc-configuration',
    'Subnets',
    'AwsvpcConfiguration has Subnets but no SecurityGroups or AssignPublicIp; CodeDeploy takes all of Subnets, SecurityGroups and AssignPublicIp, or none',
  ),
  failing(
    'AssignPublicIp: yes',
    FULL_APPSPEC.replace('AssignPublicIp: DISABLED', 'AssignPublicIp: yes'),
    'appspec/assign-public-ip',
    'yes',
    'AssignPublicIp is the boolean yes; it must be ENABLED or DISABLED (YAML reads an unquoted yes/no/on/off as a boolean)',
  ),
  failing(
    'AssignPublicIp in lower case',
    FULL_APPSPEC.replace('AssignPublicIp: DISABLED', 'AssignPublicIp: disabled'),
    'appspec/assign-public-ip',
    'disabled',
    'AssignPublicIp is the string "disabled"; it must be ENABLED or DISABLED',
  ),
  failing(
    'an unquoted platform version',
    FULL_APPSPEC.replace('PlatformVersion: "1.4.0"', 'PlatformVersion: 1.4'),
    'appspec/platform-version',
    '1.4',
    'PlatformVersion is the number 1.4; a Fargate platform version is "LATEST" or a version such as "1.4.0"',
  ),
  failing(
    'two providers with a Base',
    FULL_APPSPEC.replace(
      '          - CapacityProvider: FARGATE_SPOT\n',
      '          - CapacityProvider: FARGATE_SPOT\n            Base: 42\n',
    ),
    'appspec/capacity-provider-strategy',
    '42',
    'CapacityProviderStrategy sets a Base above 0 on 2 providers; at most one provider may have a Base',
  ),
  failing(
    'no positive Weight',
    FULL_APPSPEC.replace('Weight: 1', 'Weight: 0').replace('Weight: 3', 'Weight: 0'),
    'appspec/capacity-provider-strategy',
    '- CapacityProvider',
    'no provider in Resources[0].TargetService.Properties.CapacityProviderStrategy has a Weight greater than 0',
  ),
  failing(
    'more than 16 subnets',
    FULL_APPSPEC.replace(
      '["subnet-0a1b2c", "subnet-3d4e5f"]',
      JSON.stringify(Array.from({ length: 17 }, (_, i) => `subnet-${i}`)),
    ),
    'appspec/awsvpc-configuration',
    '["subnet-0',
    'AwsvpcConfiguration.Subnets lists 17 ids; ECS takes at most 16',
  ),
  failing(
    'more than 5 security groups',
    FULL_APPSPEC.replace('["sg-0a1b2c"]', JSON.stringify(Array.from({ length: 6 }, (_, i) => `sg-${i}`))),
    'appspec/awsvpc-configuration',
    '["sg-0',
    'AwsvpcConfiguration.SecurityGroups lists 6 ids; ECS takes at most 5',
  ),
  failing(
    'a capacity provider listed twice',
    FULL_APPSPEC.replace('CapacityProvider: FARGATE_SPOT', 'CapacityProvider: FARGATE'),
    'appspec/capacity-provider-strategy',
    'FARGATE',
    'CapacityProviderStrategy[1].CapacityProvider "FARGATE" is also listed at line',
    { severity: 'warning', occurrence: 2 },
  ),
  failing(
    'a hook given twice',
    `${VALID_APPSPEC}Hooks:\n  - AfterInstall: a\n  - AfterInstall: b\n`,
    'appspec/hooks',
    'AfterInstall',
    'AfterInstall is also a hook at line',
    { severity: 'warning', occurrence: 2 },
  ),
  failing(
    'Hooks as a mapping',
    `${VALID_APPSPEC}Hooks:\n  BeforeInstall: before-install\n`,
    'appspec/hooks',
    'BeforeInstall',
    'Hooks is an object; it must be a list of single-key mappings',
  ),
  failing(
    'a misspelt hook',
    `${VALID_APPSPEC}Hooks:\n  - AfterInstal: after-install\n`,
    'appspec/hook-name',
    'AfterInstal',
    '"AfterInstal" is not an ECS lifecycle event; did you mean "AfterInstall"?',
  ),
  failing(
    'an EC2 hook',
    `${VALID_APPSPEC}Hooks:\n  - ApplicationStart: start\n`,
    'appspec/hook-name',
    'ApplicationStart',
    '"ApplicationStart" is not an ECS lifecycle event (it is one of EC2/on-premises deployments)',
  ),
  failing(
    'a blank hook function',
    `${VALID_APPSPEC}Hooks:\n  - AfterAllowTestTraffic: " "\n`,
    'appspec/hook-function',
    '" "',
    "the AfterAllowTestTraffic hook's function is blank",
  ),
  failing(
    'a hook function with a space',
    `${VALID_APPSPEC}Hooks:\n  - AfterAllowTestTraffic: smoke tests\n`,
    'appspec/hook-function',
    'smoke',
    'is "smoke tests", which is not a Lambda function name or ARN',
  ),
  failing(
    'an EC2 key',
    `version: 0.0\nos: linux\n${VALID_APPSPEC.slice('version: 0.0\n'.length)}`,
    'appspec/ec2-key',
    'os',
    '"os" belongs to EC2/on-premises appspecs',
    { severity: 'warning' },
  ),
];

test.each(cases)('$expected.rule: $name', ({ text, expected, path, input }) => {
  expectFinding(checkAppspecText(text, path, input), expected);
});

test.each([
  ['the minimal appspec', VALID_APPSPEC, 'appspec.yaml'],
  ['every optional part', FULL_APPSPEC, 'appspec.yml'],
  ['version "0.0" quoted', appspecWith('version: 0.0', 'version: "0.0"'), 'appspec.yaml'],
  ['a quoted placeholder', appspecWith('<TASK_DEFINITION>', '"<TASK_DEFINITION>"'), 'appspec.yaml'],
  [
    'Base: 0 beside a provider with a Base (the CodeDeploy user guide example)',
    FULL_APPSPEC.replace(
      '          - CapacityProvider: FARGATE_SPOT\n',
      '          - CapacityProvider: FARGATE_SPOT\n            Base: 0\n',
    ),
    'appspec.yml',
  ],
  [
    '16 subnets and 5 security groups',
    FULL_APPSPEC.replace(
      '["subnet-0a1b2c", "subnet-3d4e5f"]',
      JSON.stringify(Array.from({ length: 16 }, (_, i) => `subnet-${i}`)),
    ).replace('["sg-0a1b2c"]', JSON.stringify(Array.from({ length: 5 }, (_, i) => `sg-${i}`))),
    'appspec.yml',
  ],
  [
    'the JSON form',
    JSON.stringify({
      Resources: [
        {
          TargetService: {
            Type: 'AWS::ECS::Service',
            Properties: {
              TaskDefinition: '<TASK_DEFINITION>',
              LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 80 },
            },
          },
        },
      ],
    }).replace('{', '{"version": 0.0, '),
    'appspec.json',
  ],
])('%s has no findings', (_name, text, path) => {
  expect(checkAppspecText(text, path).findings).toEqual([]);
});

describe('against the task definition', () => {
  const check = (appspec: string) => checkTaskdef(taskdefText(), { appspec: { path: 'appspec.yaml', text: appspec } });

  test.each([
    {
      name: 'a ContainerName that is not a container',
      text: appspecWith('ContainerName: web', 'ContainerName: webb'),
      rule: 'appspec/unknown-container',
      needle: 'webb',
      message:
        'ContainerName "webb" is not a container of taskdef.json; its containers are "web" (port 80); did you mean "web"?',
    },
    {
      name: 'a port the container does not map',
      text: appspecWith('ContainerPort: 80', 'ContainerPort: 8080'),
      rule: 'appspec/container-port-not-mapped',
      needle: '8080',
      message: 'ContainerPort is 8080, but container "web" in taskdef.json maps containerPort 80',
    },
    {
      name: 'a port no container maps, with an unknown container',
      text: appspecWith('ContainerName: web', 'ContainerName: api').replace('ContainerPort: 80', 'ContainerPort: 8080'),
      rule: 'appspec/container-port-not-mapped',
      needle: '8080',
      message: 'ContainerPort is 8080, and no container of taskdef.json maps containerPort 8080',
    },
  ])('$rule: $name', ({ text, rule, needle, message }) => {
    const result = check(text);
    expectFinding(result, { rule, at: positionOf(text, needle), message });
    expect(result.findings.every((finding) => finding.file === 'appspec.yaml')).toBe(true);
  });

  test('a matching container and port pass', () => {
    expect(check(VALID_APPSPEC).findings).toEqual([]);
  });

  test.each(['appspec/unknown-container', 'appspec/container-port-not-mapped'])(
    '%s is not reported without a task definition',
    (rule) => {
      expect(withRule(checkAppspecText(appspecWith('ContainerName: web', 'ContainerName: api')), rule)).toEqual([]);
    },
  );
});
