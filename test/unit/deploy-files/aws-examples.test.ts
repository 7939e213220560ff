/**
 * Files shaped like the examples of the AWS documentation that the rules rely on: each must pass (no error; only the
 * warnings named). Written for these tests from the documented fields and values, not copied.
 */
import { checkDeployFiles } from '../../../src/deploy-files/check';

const check = (input: { taskdef?: object; appspec?: string }) =>
  checkDeployFiles({
    imagePlaceholder: 'IMAGE1_NAME',
    ...(input.taskdef !== undefined && {
      taskdef: { path: 'taskdef.json', text: JSON.stringify(input.taskdef, null, 2) },
    }),
    ...(input.appspec !== undefined && { appspec: { path: 'appspec.yaml', text: input.appspec } }),
  });

const rules = (result: ReturnType<typeof check>) =>
  result.findings.map((finding) => `${finding.severity} ${finding.rule}`);

const execution = 'arn:aws:iam::111122223333:role/ecsTaskExecutionRole';
const awslogs = (prefix: string) => ({
  logDriver: 'awslogs',
  options: {
    'awslogs-group': '/ecs/fargate-task-definition',
    'awslogs-region': 'us-east-1',
    'awslogs-stream-prefix': prefix,
    'awslogs-create-group': 'true',
  },
});

test.each([
  {
    name: 'the CodeDeploy user guide ECS appspec (fixed ARN, hooks, network configuration, capacity providers with Base 0)',
    appspec: `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111222333444:task-definition/my-task-definition-family-name:1"
        LoadBalancerInfo:
          ContainerName: "SampleApplicationName"
          ContainerPort: 80
        PlatformVersion: "LATEST"
        NetworkConfiguration:
          AwsvpcConfiguration:
            Subnets: ["subnet-1234abcd","subnet-5678abcd"]
            SecurityGroups: ["sg-12345678"]
            AssignPublicIp: "ENABLED"
        CapacityProviderStrategy:
          - Base: 1
            CapacityProvider: "FARGATE_SPOT"
            Weight: 2
          - Base: 0
            CapacityProvider: "FARGATE"
            Weight: 1
Hooks:
  - BeforeInstall: "LambdaFunctionToValidateBeforeInstall"
  - AfterInstall: "LambdaFunctionToValidateAfterInstall"
  - AfterAllowTestTraffic: "LambdaFunctionToValidateAfterTestTrafficStarts"
  - BeforeAllowTraffic: "LambdaFunctionToValidateBeforeAllowingProductionTraffic"
  - AfterAllowTraffic: "LambdaFunctionToValidateAfterAllowingProductionTraffic"
`,
    expected: ['warning appspec/fixed-task-definition'],
  },
  {
    name: 'the same with Base 0 on every provider',
    appspec: `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo: { ContainerName: web, ContainerPort: 80 }
        CapacityProviderStrategy:
          - { Base: 0, CapacityProvider: FARGATE_SPOT, Weight: 1 }
          - { Base: 0, CapacityProvider: FARGATE, Weight: 1 }
`,
    expected: [],
  },
  {
    name: 'the ECS developer guide Fargate web server (awslogs, a task execution role)',
    taskdef: {
      family: 'webserver',
      executionRoleArn: execution,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      runtimePlatform: { operatingSystemFamily: 'LINUX' },
      containerDefinitions: [
        {
          name: 'fargate-app',
          image: '<IMAGE1_NAME>',
          essential: true,
          entryPoint: ['sh', '-c'],
          command: ['httpd-foreground'],
          portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
          logConfiguration: awslogs('ecs'),
        },
      ],
    },
    expected: [],
  },
  {
    name: 'the ECS developer guide container dependency example (HEALTHY, COMPLETE of a non-essential container)',
    taskdef: {
      family: 'dependencies',
      executionRoleArn: execution,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        { name: 'init', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: false, command: ['true'] },
        {
          name: 'db',
          image: 'public.ecr.aws/docker/library/postgres:16',
          essential: true,
          healthCheck: { command: ['CMD-SHELL', 'pg_isready'], interval: 5, timeout: 2, retries: 10, startPeriod: 0 },
        },
        {
          name: 'app',
          image: '<IMAGE1_NAME>',
          essential: true,
          portMappings: [{ containerPort: 8080 }],
          dependsOn: [
            { containerName: 'init', condition: 'COMPLETE' },
            { containerName: 'db', condition: 'HEALTHY' },
          ],
          stopTimeout: 120,
        },
      ],
    },
    expected: [],
  },
  {
    name: 'the ECS developer guide EFS example (access point, IAM, transit encryption)',
    taskdef: {
      family: 'efs-tutorial',
      executionRoleArn: execution,
      taskRoleArn: 'arn:aws:iam::111122223333:role/ecsTaskRole',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      ephemeralStorage: { sizeInGiB: 21 },
      containerDefinitions: [
        {
          name: 'container-using-efs',
          image: '<IMAGE1_NAME>',
          essential: true,
          mountPoints: [{ sourceVolume: 'myEfsVolume', containerPath: '/mount/efs', readOnly: true }],
        },
      ],
      volumes: [
        {
          name: 'myEfsVolume',
          efsVolumeConfiguration: {
            fileSystemId: 'fs-1234',
            rootDirectory: '/',
            transitEncryption: 'ENABLED',
            transitEncryptionPort: 2999,
            authorizationConfig: { accessPointId: 'fsap-1234', iam: 'ENABLED' },
          },
        },
      ],
    },
    expected: [],
  },
  {
    name: 'the ECS developer guide FireLens example (a fluentbit log router, awsfirelens, secretOptions)',
    taskdef: {
      family: 'firelens-example-cloudwatch',
      executionRoleArn: execution,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        {
          name: 'log_router',
          image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
          essential: true,
          firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
          logConfiguration: awslogs('firelens'),
          memoryReservation: 50,
        },
        {
          name: 'app',
          image: '<IMAGE1_NAME>',
          essential: true,
          portMappings: [{ containerPort: 80 }],
          logConfiguration: {
            logDriver: 'awsfirelens',
            options: { Name: 'cloudwatch', region: 'us-east-1', log_group_name: 'firelens', log_stream_prefix: 'app-' },
            secretOptions: [
              { name: 'apikey', valueFrom: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:apikey' },
            ],
          },
          ulimits: [{ name: 'nofile', softLimit: 65535, hardLimit: 1048576 }],
        },
      ],
    },
    expected: [],
  },
  {
    name: 'an EC2 bridge task with links, dynamic host ports and container memory (ECS developer guide, bridge mode)',
    taskdef: {
      family: 'wordpress',
      networkMode: 'bridge',
      containerDefinitions: [
        {
          name: 'wordpress',
          image: '<IMAGE1_NAME>',
          essential: true,
          memory: 500,
          cpu: 10,
          links: ['mysql'],
          portMappings: [{ containerPort: 80, hostPort: 0 }],
          healthCheck: {
            command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
            interval: 300,
            timeout: 60,
            retries: 1,
          },
        },
        {
          name: 'mysql',
          image: 'public.ecr.aws/docker/library/mysql:8',
          essential: true,
          memory: 500,
          cpu: 10,
          memoryReservation: 400,
          environment: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'password' }],
          ulimits: [{ name: 'core', softLimit: 0, hardLimit: 0 }],
        },
      ],
    },
    expected: ['warning taskdef/execution-role'],
  },
])('$name', ({ taskdef, appspec, expected }) => {
  expect(
    rules(check({ ...(taskdef !== undefined && { taskdef }), ...(appspec !== undefined && { appspec }) })),
  ).toEqual(expected);
});
