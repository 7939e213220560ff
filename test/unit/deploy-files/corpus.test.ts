/**
 * Real ECS blue/green files from public repositories (../shared/corpus/real-world, verdicts in its README): the OK
 * ones must pass, each BROKEN one must fail with the rule that names its mistake. The corpus is read where it lies
 * (test/corpus-location.mjs); jest.config.js runs this suite only where the corpus is, or where CI requires it, and
 * then a missing directory fails it. The unit suites carry their own fixtures for the same mistakes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeployFiles, type CheckInput, type CheckResult } from '../../../src/deploy-files/check';
import { corpusDirectory } from '../../corpus-location.mjs';

beforeAll(() => {
  if (!existsSync(corpusDirectory)) {
    throw new Error(
      `the real-world corpus ${corpusDirectory} is missing, and this run requires it ` +
        '(ECS_BLUEGREEN_BUILD_CORPUS_REQUIRED=1): put the corpus there, or point ECS_BLUEGREEN_BUILD_CORPUS at it',
    );
  }
});

/** Files in the corpus that are not deployment files of this module's kind. */
const NOT_CHECKED = [
  'README.md',
  // A buildspec; the artifact it should produce is this tool's job, not a file to validate.
  'Abdelali12-codes__aws_ecs_codepipeline__buildspec.yaml',
];

interface CorpusCase {
  readonly name: string;
  readonly taskdef?: string;
  readonly appspec?: string;
  readonly input?: Partial<CheckInput>;
  /** Every rule that reports an error, exactly. */
  readonly errors: readonly string[];
  /** Rules that must report a warning (others may too). */
  readonly warnings?: readonly string[];
}

const CASES: readonly CorpusCase[] = [
  {
    name: 'aws-containers workshop (OK, pattern B: image rendered by sed)',
    taskdef: 'aws-containers__ecs-workshop-blue-green-deployments__taskdef.json',
    appspec: 'aws-containers__ecs-workshop-blue-green-deployments__appspec.yaml',
    errors: [],
    warnings: ['placeholder/missing'],
  },
  {
    name: 'aws-containers workshop taskdef in a build that must deploy its image',
    taskdef: 'aws-containers__ecs-workshop-blue-green-deployments__taskdef.json',
    input: { requirePlaceholder: true },
    errors: ['placeholder/missing'],
  },
  {
    name: 'AbdulrahmanSamir (OK, pattern A: <IMAGE1_NAME>)',
    taskdef: 'AbdulrahmanSamir__nodejs-BG-ECS__taskdef.json',
    appspec: 'AbdulrahmanSamir__nodejs-BG-ECS__appspec.yaml',
    errors: [],
  },
  {
    name: 'Abdelali12 (BROKEN: ContainerName is not the taskdef container; hard-coded image)',
    taskdef: 'Abdelali12-codes__aws_ecs_codepipeline__taskdef.json',
    appspec: 'Abdelali12-codes__aws_ecs_codepipeline__appspec.yaml',
    errors: ['appspec/unknown-container'],
    warnings: ['placeholder/missing'],
  },
  {
    name: 'Abdelali12 in a build (the hard-coded image would never be replaced)',
    taskdef: 'Abdelali12-codes__aws_ecs_codepipeline__taskdef.json',
    appspec: 'Abdelali12-codes__aws_ecs_codepipeline__appspec.yaml',
    input: { requirePlaceholder: true },
    errors: ['appspec/unknown-container', 'placeholder/missing'],
  },
  {
    name: 'AleksandarCvjetic (BROKEN: DescribeTaskDefinition dump; ContainerName/Port not in the taskdef)',
    taskdef: 'AleksandarCvjetic__aws-ecs-pipeline-with-blue-green-deployment__taskdef.json',
    appspec: 'AleksandarCvjetic__aws-ecs-pipeline-with-blue-green-deployment__appspec.yaml',
    errors: ['appspec/container-port-not-mapped', 'appspec/unknown-container'],
    warnings: ['placeholder/missing', 'taskdef/describe-only-field'],
  },
  {
    name: '5hry (BROKEN: string ContainerPort, ARN without revision; <IMAGE_NAME> vs IMAGE1_NAME)',
    taskdef: '5hry__e-commerce-web-bluegreen-deploy__taskdef.json',
    appspec: '5hry__e-commerce-web-bluegreen-deploy__appspec.yaml',
    errors: ['appspec/container-port-type', 'appspec/task-definition', 'placeholder/mismatch'],
  },
  {
    name: '5hry taskdef with Image1ContainerName=IMAGE_NAME (fine)',
    taskdef: '5hry__e-commerce-web-bluegreen-deploy__taskdef.json',
    input: { imagePlaceholder: 'IMAGE_NAME' },
    errors: [],
  },
  {
    name: 'Andrew-Chen-Wang YAML (BROKEN: EC2 keys, wildcard TaskDefinition ARN)',
    appspec: 'Andrew-Chen-Wang__cookiecutter-django-ecs-github__appspec.yaml',
    errors: ['appspec/task-definition'],
    warnings: ['appspec/ec2-key'],
  },
  {
    name: 'Andrew-Chen-Wang JSON (BROKEN: the same in JSON)',
    appspec: 'Andrew-Chen-Wang__cookiecutter-django-ecs-github__appspec.json',
    errors: ['appspec/task-definition'],
    warnings: ['appspec/ec2-key'],
  },
  {
    name: 'issue 76 (the working form: a full ARN with revision; a pipeline would deploy that fixed revision)',
    appspec: 'aws-actions__amazon-ecs-deploy-task-definition__issue-76__appspec.yaml',
    errors: [],
    warnings: ['appspec/fixed-task-definition'],
  },
  {
    name: 'appspec assistant template, YAML (placeholder values)',
    appspec: 'aws-samples__aws-codedeploy-appspec-assistant__ecs-default-appspec-template-uncommented.yml',
    errors: [
      'appspec/assign-public-ip',
      'appspec/container-name',
      'appspec/platform-version',
      'appspec/task-definition',
    ],
  },
  {
    name: 'appspec assistant template, JSON (placeholder values)',
    appspec: 'aws-samples__aws-codedeploy-appspec-assistant__ecs-default-appspec-template-advanced.json',
    errors: [
      'appspec/assign-public-ip',
      'appspec/container-name',
      'appspec/platform-version',
      'appspec/task-definition',
    ],
  },
  {
    name: 'aws-samples IaC template (BROKEN as-is: blank ContainerName, ContainerPort and hook)',
    appspec: 'aws-samples__ecs-blue-green-deployment-with-codedeploy__iac__code-deploy__appspec.yml',
    errors: ['appspec/container-name', 'appspec/container-port-type', 'appspec/hook-function'],
  },
];

function readCorpusFile(name: string): { path: string; text: string } {
  return { path: name, text: readFileSync(join(corpusDirectory, name), 'utf8') };
}

function check(corpusCase: CorpusCase): CheckResult {
  return checkDeployFiles({
    imagePlaceholder: 'IMAGE1_NAME',
    ...(corpusCase.taskdef !== undefined && { taskdef: readCorpusFile(corpusCase.taskdef) }),
    ...(corpusCase.appspec !== undefined && { appspec: readCorpusFile(corpusCase.appspec) }),
    ...corpusCase.input,
  });
}

const rulesOf = (result: CheckResult, severity: 'error' | 'warning'): string[] =>
  [
    ...new Set(result.findings.filter((finding) => finding.severity === severity).map((finding) => finding.rule)),
  ].sort();

test('every corpus file is covered by a case', () => {
  const files = readdirSync(corpusDirectory).filter((name) => !NOT_CHECKED.includes(name));
  const covered = new Set(CASES.flatMap((corpusCase) => [corpusCase.taskdef, corpusCase.appspec]));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((name) => !covered.has(name))).toEqual([]);
});

test.each(CASES)('$name', (corpusCase) => {
  const result = check(corpusCase);
  expect(rulesOf(result, 'error')).toEqual([...corpusCase.errors].sort());
  for (const rule of corpusCase.warnings ?? []) expect(rulesOf(result, 'warning')).toContain(rule);
});

test('the Describe-only fields of the AleksandarCvjetic dump are removed from the task definition', () => {
  const result = check({
    name: 'dump',
    taskdef: 'AleksandarCvjetic__aws-ecs-pipeline-with-blue-green-deployment__taskdef.json',
    errors: [],
  });
  expect(result.removedFields).toEqual([
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
  ]);
  for (const field of result.removedFields) expect(result.taskDefinition).not.toHaveProperty(field);
  expect(result.taskDefinition).toHaveProperty('family', 'project51-bg-deploy-td');
});
