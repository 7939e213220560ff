/**
 * `validate --pipeline`: the CodeDeployToECS action of a pipeline definition against the task definition and appspec.
 * One correct definition (with and without get-pipeline's top-level "pipeline" wrapper), then each mistake.
 */
import { checkDeployFiles, type CheckResult } from '../../../src/deploy-files/check';
import {
  expectFinding,
  firstContainer,
  positionAfter,
  positionOf,
  taskdefText,
  VALID_APPSPEC,
  type ExpectedFinding,
} from './fixtures';

type Mutable = Record<string, any>;

/** A Source → Build → Deploy pipeline as `aws codepipeline get-pipeline` prints it. */
function pipeline(): Mutable {
  return {
    pipeline: {
      name: 'web',
      roleArn: 'arn:aws:iam::123456789012:role/codepipeline',
      artifactStore: { type: 'S3', location: 'codepipeline-eu-west-1-123456789012' },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'Source',
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
              runOrder: 1,
              configuration: { FullRepositoryId: 'team/web', BranchName: 'main' },
              outputArtifacts: [{ name: 'SourceArtifact' }],
              inputArtifacts: [],
            },
          ],
        },
        {
          name: 'Build',
          actions: [
            {
              name: 'Build',
              actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
              runOrder: 1,
              configuration: { ProjectName: 'web' },
              inputArtifacts: [{ name: 'SourceArtifact' }],
              outputArtifacts: [{ name: 'BuildArtifact' }],
            },
          ],
        },
        {
          name: 'Deploy',
          actions: [
            {
              name: 'Deploy',
              actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeployToECS', version: '1' },
              runOrder: 1,
              configuration: {
                ApplicationName: 'web',
                DeploymentGroupName: 'web-dg',
                TaskDefinitionTemplateArtifact: 'BuildArtifact',
                TaskDefinitionTemplatePath: 'taskdef.json',
                AppSpecTemplateArtifact: 'BuildArtifact',
                AppSpecTemplatePath: 'appspec.yaml',
                Image1ArtifactName: 'BuildArtifact',
                Image1ContainerName: 'IMAGE1_NAME',
              },
              inputArtifacts: [{ name: 'BuildArtifact' }],
              outputArtifacts: [],
            },
          ],
        },
      ],
      version: 3,
    },
    metadata: { pipelineArn: 'arn:aws:codepipeline:eu-west-1:123456789012:web' },
  };
}

const deployAction = (p: Mutable): Mutable => p['pipeline'].stages[2].actions[0];
const configuration = (p: Mutable): Mutable => deployAction(p).configuration;

function check(pipelineText: string, taskdef = taskdefText(), appspecPath = 'appspec.yaml'): CheckResult {
  return checkDeployFiles({
    imagePlaceholder: 'IMAGE1_NAME',
    taskdef: { path: 'service/taskdef.json', text: taskdef },
    appspec: { path: `service/${appspecPath}`, text: VALID_APPSPEC },
    pipeline: { path: 'pipeline.json', text: pipelineText },
  });
}

const text = (change: (p: Mutable) => void = () => undefined): string => {
  const definition = pipeline();
  change(definition);
  return JSON.stringify(definition, null, 2);
};

test('a correct pipeline definition has no findings, with or without the "pipeline" wrapper', () => {
  expect(check(text()).findings).toEqual([]);
  expect(check(JSON.stringify(pipeline()['pipeline'], null, 2)).findings).toEqual([]);
  const defaults = text((p) => {
    delete configuration(p).TaskDefinitionTemplatePath;
    delete configuration(p).AppSpecTemplatePath;
  });
  expect(check(defaults).findings).toEqual([]);
});

interface PipelineCase {
  readonly name: string;
  readonly pipeline: string;
  readonly taskdef?: string;
  readonly appspecPath?: string;
  readonly expected: (pipelineText: string) => ExpectedFinding;
  /** Rules that rightly report the same mistake from another side. */
  readonly also?: readonly string[];
}

const CASES: readonly PipelineCase[] = [
  {
    name: 'Image1ContainerName with angle brackets',
    pipeline: text((p) => {
      configuration(p).Image1ContainerName = '<IMAGE1_NAME>';
    }),
    expected: (t) => ({
      rule: 'pipeline/container-name-brackets',
      at: positionAfter(t, '"Image1ContainerName": '),
      message: 'Image1ContainerName is "<IMAGE1_NAME>" with angle brackets',
    }),
  },
  {
    name: 'Image1ContainerName that is no placeholder of the task definition',
    pipeline: text((p) => {
      configuration(p).Image1ContainerName = 'IMAGE_NAME';
    }),
    expected: (t) => ({
      rule: 'pipeline/unknown-placeholder',
      at: positionAfter(t, '"Image1ContainerName": '),
      message:
        'Image1ContainerName is "IMAGE_NAME", but no container image in the task definition holds <IMAGE_NAME>; its placeholders are <IMAGE1_NAME>; did you mean "IMAGE1_NAME"?',
    }),
    also: ['pipeline/unmapped-placeholder'],
  },
  {
    name: 'the placeholder without brackets in the task definition (the swap)',
    pipeline: text(),
    taskdef: taskdefText((t) => {
      firstContainer(t)['image'] = 'IMAGE1_NAME';
    }),
    expected: (t) => ({
      rule: 'pipeline/unknown-placeholder',
      at: positionAfter(t, '"Image1ContainerName": '),
      message: 'has the image "IMAGE1_NAME" without angle brackets: CodeDeploy replaces only "<IMAGE1_NAME>"',
    }),
  },
  {
    name: 'a placeholder of the task definition that the action does not fill',
    pipeline: text(),
    taskdef: taskdefText((t) => {
      t['containerDefinitions'].push({ name: 'proxy', image: '<IMAGE2_NAME>', essential: false });
    }),
    expected: (t) => ({
      rule: 'pipeline/unmapped-placeholder',
      at: positionAfter(t, '"configuration": ', 3),
      message:
        'the task definition\'s placeholder <IMAGE2_NAME> is filled by no Image<N>ContainerName of action "Deploy"',
    }),
  },
  {
    name: 'TaskDefinitionTemplatePath that is not the file in the artifact',
    pipeline: text((p) => {
      configuration(p).TaskDefinitionTemplatePath = 'taskdef-prod.json';
    }),
    expected: (t) => ({
      rule: 'pipeline/template-path',
      at: positionAfter(t, '"TaskDefinitionTemplatePath": '),
      message: 'TaskDefinitionTemplatePath is "taskdef-prod.json", but the artifact holds "taskdef.json"',
    }),
  },
  {
    name: 'AppSpecTemplatePath left at its default for an appspec.yml',
    pipeline: text((p) => {
      delete configuration(p).AppSpecTemplatePath;
    }),
    appspecPath: 'appspec.yml',
    expected: (t) => ({
      rule: 'pipeline/template-path',
      at: positionAfter(t, '"configuration": ', 3),
      message:
        'AppSpecTemplatePath is not set, so CodeDeployToECS reads "appspec.yaml" from the artifact, but the artifact holds "appspec.yml"',
    }),
  },
  {
    name: 'Image1ArtifactName that is not an input artifact of the action',
    pipeline: text((p) => {
      configuration(p).Image1ArtifactName = 'ImageArtifact';
    }),
    expected: (t) => ({
      rule: 'pipeline/artifact-reference',
      at: positionAfter(t, '"Image1ArtifactName": '),
      message:
        'Image1ArtifactName "ImageArtifact" is not an input artifact of action "Deploy"; its inputArtifacts are "BuildArtifact"',
    }),
  },
  {
    name: 'a template artifact that no action outputs',
    pipeline: text((p) => {
      configuration(p).AppSpecTemplateArtifact = 'ConfigArtifact';
      deployAction(p).inputArtifacts.push({ name: 'ConfigArtifact' });
    }),
    expected: (t) => ({
      rule: 'pipeline/artifact-reference',
      at: positionAfter(t, '"AppSpecTemplateArtifact": '),
      message: 'AppSpecTemplateArtifact "ConfigArtifact" is the output artifact of no action in the pipeline',
    }),
  },
  {
    name: 'an artifact made by an action that runs after the deploy action',
    pipeline: text((p) => {
      p['pipeline'].stages[2].actions.push({
        name: 'Render',
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        runOrder: 2,
        configuration: { ProjectName: 'render' },
        inputArtifacts: [{ name: 'BuildArtifact' }],
        outputArtifacts: [{ name: 'RenderedArtifact' }],
      });
      configuration(p).TaskDefinitionTemplateArtifact = 'RenderedArtifact';
      deployAction(p).inputArtifacts.push({ name: 'RenderedArtifact' });
    }),
    expected: (t) => ({
      rule: 'pipeline/artifact-reference',
      at: positionAfter(t, '"TaskDefinitionTemplateArtifact": '),
      message:
        'TaskDefinitionTemplateArtifact "RenderedArtifact" is the output of action "Render", which does not run before action "Deploy"',
    }),
  },
  {
    name: 'an artifact name with a space',
    pipeline: text((p) => {
      p['pipeline'].stages[0].actions[0].outputArtifacts = [{ name: 'Source Artifact' }];
    }),
    expected: (t) => ({
      rule: 'pipeline/artifact-name',
      at: positionOf(t, '"Source Artifact"'),
      message: 'artifact name "Source Artifact" is not valid: artifact names are 1 to 100 letters, digits, "_" and "-"',
    }),
  },
  {
    name: 'an artifact name over 100 characters',
    pipeline: text((p) => {
      p['pipeline'].stages[0].actions[0].outputArtifacts = [{ name: 'A'.repeat(101) }];
    }),
    expected: (t) => ({
      rule: 'pipeline/artifact-name',
      at: positionOf(t, `"${'A'.repeat(101)}"`),
      message: 'is not valid',
    }),
  },
  {
    name: 'a configuration without DeploymentGroupName',
    pipeline: text((p) => {
      delete configuration(p).DeploymentGroupName;
    }),
    expected: (t) => ({
      rule: 'pipeline/configuration',
      at: positionAfter(t, '"configuration": ', 3),
      message: 'action "Deploy" has no DeploymentGroupName in its configuration',
    }),
  },
  {
    name: 'Image2ArtifactName without Image2ContainerName',
    pipeline: text((p) => {
      configuration(p).Image2ArtifactName = 'BuildArtifact';
    }),
    expected: (t) => ({
      rule: 'pipeline/image-mapping',
      at: positionAfter(t, '"Image2ArtifactName": '),
      message: 'sets Image2ArtifactName without Image2ContainerName',
    }),
  },
  {
    name: 'a pipeline without a CodeDeployToECS action',
    pipeline: text((p) => {
      p['pipeline'].stages.pop();
    }),
    expected: (t) => ({
      rule: 'pipeline/no-deploy-action',
      severity: 'warning',
      at: positionAfter(t, '"stages": '),
      message: 'the pipeline has no CodeDeployToECS action',
    }),
  },
  {
    name: 'a file that is no pipeline definition',
    pipeline: JSON.stringify({ name: 'web' }),
    expected: () => ({ rule: 'pipeline/structure', at: { line: 1, column: 1 }, message: 'the file has no "stages"' }),
  },
];

test.each(CASES)('$name', (pipelineCase) => {
  const result = check(pipelineCase.pipeline, pipelineCase.taskdef, pipelineCase.appspecPath);
  const finding = expectFinding(result, pipelineCase.expected(pipelineCase.pipeline));
  expect(finding.file).toBe('pipeline.json');
  const others = result.findings.filter((other) => other.file === 'pipeline.json' && other !== finding);
  expect(others.map((other) => other.rule)).toEqual(pipelineCase.also ?? []);
});
