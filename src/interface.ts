/**
 * The interface users see: the commands, every input with its documentation, and renamed inputs.
 * `--help`, action.yml and the README are all written from this table (a unit test keeps them in
 * step); resolving inputs into a Config is `config.ts`'s job.
 */
import { UserError } from './errors';

export const COMMANDS = ['build', 'validate', 'render'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * How an input's text is read. `list`: one item per line or comma-separated; `pairs`: one
 * `KEY=VALUE` per line (values may hold commas); `boolean`: true/false.
 */
export type InputKind = 'string' | 'boolean' | 'list' | 'pairs';

export interface InputSpec {
  readonly name: string;
  readonly kind: InputKind;
  /** The default as action.yml declares it ('' when the default is computed). */
  readonly default: string;
  readonly description: string;
  /** The commands that read it. */
  readonly commands: readonly Command[];
  /** Placeholder for the value in `--help`. */
  readonly value?: string;
  /** The value holds secrets: messages about it never quote it. */
  readonly sensitive?: boolean;
}

const BUILD: readonly Command[] = ['build'];
const FILES: readonly Command[] = ['build', 'validate', 'render'];
const LIVE: readonly Command[] = ['build', 'validate'];

const TABLE = [
  {
    name: 'command',
    kind: 'string',
    default: 'build',
    commands: FILES,
    value: 'build|validate|render',
    description:
      'What to do: `build` (the whole Build stage), `validate` (check taskdef and appspec only: no AWS, no Docker) or `render` (print the files as ECS and CodeDeploy will use them).',
  },
  {
    name: 'repository',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'name',
    description:
      'ECR repository name, e.g. `team/service`, or its URI `<account>.dkr.ecr.<region>.amazonaws.com/team/service` (a registry of another account or region; FIPS and dual-stack hosts too, see ECR endpoints), or an ECR Public repository `public.ecr.aws/<alias>/<name>`. Required unless `image` is given.',
  },
  {
    name: 'registry-id',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'account',
    description:
      'The account id of the registry holding `repository`, when it is not the account of the credentials (a central ECR account). Default: the account of a repository URI, else that of the credentials.',
  },
  {
    name: 'login-registries',
    kind: 'list',
    default: '',
    commands: BUILD,
    value: 'account|host,…',
    description:
      'More ECR registries to log in to, for base images (`FROM`) in other accounts or pull-through caches: account ids (this region), registry hosts `<account>.dkr.ecr.<region>.amazonaws.com` (or their FIPS, dual-stack and China forms), or `public.ecr.aws` (ECR Public). The logins go into the same private Docker config.',
  },
  {
    name: 'region',
    kind: 'string',
    default: '',
    commands: LIVE,
    value: 'region',
    description:
      'AWS region of the repository (and of the service `live` checks). Default: `AWS_REGION`, then `AWS_DEFAULT_REGION`.',
  },
  {
    name: 'create-repository',
    kind: 'boolean',
    default: 'false',
    commands: BUILD,
    description: 'Create the repository when it does not exist (otherwise a missing repository is an error).',
  },
  {
    name: 'context',
    kind: 'string',
    default: '.',
    commands: BUILD,
    value: 'dir',
    description: 'Docker build context directory.',
  },
  {
    name: 'dockerfile',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'file',
    description: 'Dockerfile path. Default: `Dockerfile` in the context.',
  },
  {
    name: 'build-args',
    kind: 'pairs',
    default: '',
    commands: BUILD,
    value: 'KEY=VALUE',
    description: 'Build arguments, one `KEY=VALUE` per line.',
  },
  {
    name: 'target',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'stage',
    description: 'Build stage to stop at in a multi-stage Dockerfile.',
  },
  {
    name: 'platform',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'os/arch',
    description: 'Target platform, e.g. `linux/arm64` for Graviton tasks. One platform.',
  },
  {
    name: 'labels',
    kind: 'pairs',
    default: '',
    commands: BUILD,
    value: 'KEY=VALUE',
    description:
      'Image labels, one `KEY=VALUE` per line, added to the `org.opencontainers.image.*` labels (revision, source, created) set from the commit.',
  },
  {
    name: 'tags',
    kind: 'list',
    default: '{short_sha}',
    commands: BUILD,
    value: 'tag,…',
    description:
      'Image tags, one per line or comma-separated. Templates: `{sha}`, `{short_sha}`, `{build_number}`, `{branch}`. When the default finds no commit (a CodeBuild S3 source), it tags `build-{build_number}`.',
  },
  {
    name: 'cache',
    kind: 'boolean',
    default: 'true',
    commands: BUILD,
    description:
      'Use a registry layer cache (the `cache-tag` image in the same repository) so a fresh runner rebuilds unchanged layers in seconds.',
  },
  {
    name: 'cache-tag',
    kind: 'string',
    default: 'buildcache',
    commands: BUILD,
    value: 'tag',
    description: 'Tag of the layer cache image in the repository.',
  },
  {
    name: 'no-cache',
    kind: 'boolean',
    default: 'false',
    commands: BUILD,
    description: 'Build every step again: no local or registry cache is read (the registry cache is still updated).',
  },
  {
    name: 'pull',
    kind: 'boolean',
    default: 'false',
    commands: BUILD,
    description: 'Pull newer versions of the base images before building.',
  },
  {
    name: 'secrets',
    kind: 'pairs',
    default: '',
    commands: BUILD,
    value: 'id=value',
    sensitive: true,
    description:
      'Build secrets for `RUN --mount=type=secret,id=…`, one `id=value` per line. Masked; given to the builder in a private file, never on a command line or in the image.',
  },
  {
    name: 'secret-envs',
    kind: 'pairs',
    default: '',
    commands: BUILD,
    value: 'id=ENV_NAME',
    description:
      'Build secrets taken from environment variables, one `id=ENV_NAME` per line (the way to pass a secret on the CLI).',
  },
  {
    name: 'ssh',
    kind: 'list',
    default: '',
    commands: BUILD,
    value: 'default|id=path',
    description:
      'SSH agent sockets or keys for `RUN --mount=type=ssh`, one per line: `default` (the agent of `SSH_AUTH_SOCK`) or `id=path`.',
  },
  {
    name: 'builder',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'name',
    description:
      'The buildx builder to build on (`docker buildx ls`): another context, a remote BuildKit, a Kubernetes driver. Default: the current builder.',
  },
  {
    name: 'provenance',
    kind: 'string',
    default: 'false',
    commands: BUILD,
    value: 'false|true|mode=min|mode=max',
    description:
      'Provenance attestations (buildx). `false` keeps re-runs of a commit one image and ECR free of attestation manifests; `true`, `mode=min` or `mode=max` adds them (see Attestations).',
  },
  {
    name: 'image',
    kind: 'string',
    default: '',
    commands: ['build', 'render'],
    value: 'uri',
    description:
      'An image built elsewhere (`registry/repo:tag` or `…@sha256:…`): skip build and push, still write the artifact, pinned to its digest. `render` uses it as the image to fill in.',
  },
  {
    name: 'extra-images',
    kind: 'string',
    default: '',
    commands: FILES,
    value: 'yaml|@file',
    description:
      'More images for the same deployment, up to three (Image2 … Image4 of the CodeDeployToECS action): a YAML list of `{placeholder, repository, context, dockerfile, target, build-args, tags, image}` (only `placeholder` and `repository` or `image` required), or `@path` to a file holding it. Each is built, pushed and pinned like the first (the top-level inputs), in the same run, and gets an artifact directory and zip of its own holding its `imageDetail.json` (see Several images).',
  },
  {
    name: 'taskdef',
    kind: 'string',
    default: 'taskdef.json',
    commands: FILES,
    value: 'file',
    description: 'Task definition template (RegisterTaskDefinition JSON, with the image placeholder).',
  },
  {
    name: 'appspec',
    kind: 'string',
    default: '',
    commands: FILES,
    value: 'file',
    description: 'AppSpec file. Default: `appspec.yaml`, then `appspec.yml`, then `appspec.json`.',
  },
  {
    name: 'image-detail',
    kind: 'string',
    default: '',
    commands: ['validate'],
    value: 'file',
    description: 'An existing `imageDetail.json` to check (`validate` only).',
  },
  {
    name: 'pipeline',
    kind: 'string',
    default: '',
    commands: ['validate'],
    value: 'file',
    description:
      "A CodePipeline definition (`aws codepipeline get-pipeline` JSON) to check against the files: its `CodeDeployToECS` action's placeholders, template paths and artifacts, or its ECS deploy action's file, service and timeout (`validate` only).",
  },
  {
    name: 'deploy-target',
    kind: 'string',
    default: 'codedeploy',
    commands: ['build', 'validate'],
    value: 'codedeploy|ecs',
    description:
      'Where the artifact goes. `codedeploy`: CodeDeploy blue/green with the `CodeDeployToECS` action (task definition with placeholders, appspec, `imageDetail.json`). `ecs`: the standard ECS deploy action or `aws ecs update-service` (rolling, ECS blue/green, linear, canary): no appspec (giving one is an error), `imagedefinitions.json` at the artifact root, the task definition rendered with the pushed digests, `imageDetail.json`.',
  },
  {
    name: 'service-definition',
    kind: 'string',
    default: '',
    commands: ['build', 'validate'],
    value: 'file',
    description:
      'The ECS service, as the `--cli-input-json` of `aws ecs create-service` or `update-service`, or the output of `aws ecs describe-services`: checked against the `CreateService` model and the `service/…` rules, with the task definition, the appspec and the pipeline.',
  },
  {
    name: 'live',
    kind: 'boolean',
    default: 'false',
    commands: LIVE,
    description:
      "Check the AWS account the deployment will meet, read-only, before anything is pushed: the service, its load balancer, the CodeDeploy application and deployment group, the task's roles, log groups and secrets (`validate --live`; in `build` after the file checks). A check the credentials may not make is a warning naming the IAM permission.",
  },
  {
    name: 'cluster',
    kind: 'string',
    default: '',
    commands: LIVE,
    value: 'name',
    description:
      "The ECS cluster of the service `live` checks: a name or an ARN. Default: the service definition's `cluster`.",
  },
  {
    name: 'service',
    kind: 'string',
    default: '',
    commands: LIVE,
    value: 'name',
    description: "The ECS service `live` checks: a name or an ARN. Default: the service definition's `serviceName`.",
  },
  {
    name: 'codedeploy-application',
    kind: 'string',
    default: '',
    commands: LIVE,
    value: 'name',
    description:
      'The CodeDeploy application `live` checks. Default: `AppECS-<cluster>-<service>`, as the ECS console names it.',
  },
  {
    name: 'codedeploy-deployment-group',
    kind: 'string',
    default: '',
    commands: LIVE,
    value: 'name',
    description:
      'The CodeDeploy deployment group `live` checks. Default: `DgpECS-<cluster>-<service>`, as the ECS console names it.',
  },
  {
    name: 'image-placeholder',
    kind: 'string',
    default: 'IMAGE1_NAME',
    commands: FILES,
    value: 'name',
    description:
      'The placeholder name as the CodeDeployToECS action\'s `Image1ContainerName` holds it, without angle brackets; `taskdef.json` holds it with them: `"image": "<IMAGE1_NAME>"`.',
  },
  {
    name: 'other-placeholders',
    kind: 'list',
    default: '',
    commands: FILES,
    value: 'name,…',
    description:
      'Placeholders the pipeline fills from image artifacts this run does not make (`Image2ContainerName` … `Image4ContainerName`: an image built by another pipeline or an ECR source action), without angle brackets. For images this run builds, use `extra-images`, which supersedes this.',
  },
  {
    name: 'render-taskdef',
    kind: 'boolean',
    default: 'false',
    commands: FILES,
    description:
      'Write the task definition with the pushed image in place of the placeholder (for pipelines with no `Image1` mapping).',
  },
  {
    name: 'container-name',
    kind: 'string',
    default: '',
    commands: FILES,
    value: 'name',
    description:
      'Put the image into this container, whatever its `image` holds (implies `render-taskdef`); also the name in `imagedefinitions.json`.',
  },
  {
    name: 'task-definition-arn',
    kind: 'string',
    default: '',
    commands: ['render'],
    value: 'arn',
    description: 'ARN to put in place of `<TASK_DEFINITION>` when rendering the appspec (`render` only).',
  },
  {
    name: 'output-dir',
    kind: 'string',
    default: 'ecs-deploy',
    commands: BUILD,
    value: 'dir',
    description:
      'Directory the artifact files are written to, replaced as a whole on each run: it must be new, empty, or one this tool wrote (its `.ecs-bluegreen-build.json` lists the files), and hold no input.',
  },
  {
    name: 'artifact',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'file',
    description: 'Path of the artifact zip. Default: `<output-dir>.zip`.',
  },
  {
    name: 's3-bucket',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'bucket',
    description: 'Upload the zip to this S3 bucket (versioned, for a CodePipeline S3 source).',
  },
  {
    name: 's3-key',
    kind: 'string',
    default: '',
    commands: BUILD,
    value: 'key',
    description:
      'Object key of the upload; templates as in `tags`. Default: `<repository>/<zip file name>`, e.g. `team/web/ecs-deploy.zip`.',
  },
  {
    name: 'outputs-env-file',
    kind: 'string',
    default: 'ecs-bluegreen-build.env',
    commands: BUILD,
    value: 'file',
    description:
      'CodeBuild: file of `export NAME=value` lines with the outputs, for the buildspec to source (formerly `env-file`).',
  },
  {
    name: 'response-timeout',
    kind: 'string',
    default: '4',
    commands: LIVE,
    value: 'seconds',
    description:
      'How long an AWS call (ECR, S3, and the checks of `live`), or the Docker daemon, may go without answering before the run fails naming it. Raise it on slow networks.',
  },
  {
    name: 'push-timeout',
    kind: 'string',
    default: '120',
    commands: BUILD,
    value: 'seconds',
    description:
      'How long a `docker push` may go without progress (a layer done, a line printed) before it is stopped and reported.',
  },
] as const satisfies readonly InputSpec[];

type Entry = (typeof TABLE)[number];
/** The name of an input: a name outside the table is a compile error where it is read. */
export type InputName = Entry['name'];
/** The inputs read as `kind`. */
export type InputOfKind<K extends InputKind> = Extract<Entry, { readonly kind: K }>['name'];
/** The inputs with a declared default, which the reader applies when they are not given. */
export type DefaultedInput = Exclude<Entry, { readonly default: '' }>['name'];

/** Every input, in the order `--help` and the README list them. */
export const INPUTS: readonly (InputSpec & { readonly name: InputName })[] = TABLE;

/**
 * Inputs that were renamed, with why the old name cannot be kept on a command line: there, Node
 * sees the arguments first. The action's inputs reach the tool through the environment, not argv.
 */
export const RENAMED_INPUTS: Readonly<Record<string, { readonly name: string; readonly why: string }>> = {
  'env-file': {
    name: 'outputs-env-file',
    why: 'Node 20 takes --env-file for itself wherever it appears (nodejs/node#54232): it exits with "not found" before the tool starts when the file does not exist yet, and loads the file into the tool\'s environment when it does',
  },
};

const SPECS = new Map<string, InputSpec>(INPUTS.map((spec) => [spec.name, spec]));

/** Looks an input up by name; a name that is not in the table is a bug. */
export function inputSpec(name: string): InputSpec {
  const spec = SPECS.get(name);
  if (spec === undefined) throw new Error(`no input named ${name}`);
  return spec;
}

/** Inputs as a host read them: text by input name; '' or absent means not given. */
export type RawInputs = Readonly<Record<string, string | undefined>>;

/** Reads a raw command name (CLI positional or the `command` input). */
export function parseCommand(text: string | undefined): Command {
  const value = (text ?? '').trim() || 'build';
  if ((COMMANDS as readonly string[]).includes(value)) return value as Command;
  throw new UserError(`'${value}' is not a command`, { input: 'command' }, `use one of ${COMMANDS.join(', ')}`);
}
