/**
 * The checks of single values: ECR repository names and URIs, account ids, regions, platforms, S3 buckets and keys,
 * image references, build secrets, SSH sources, buildx builder names, provenance, cache tags. Each takes the value
 * and the subject it came from, and returns it checked or throws a UserError naming the input and the fix. Pure.
 */
import { parseImageUri, type ImageReference } from '../deploy-files/image-uri';
import { UserError, type Subject } from '../errors';
import { entryMessage } from '../images';
import { fillTemplate, renderTag, type CommitInfo } from '../tags';
import {
  isStandardRegistryHost,
  NOT_AN_ECR_HOST,
  parseEcrRegistryHost,
  type PrivateRegistryHost,
  type PublicRegistryHost,
} from '../ecr/registry-hosts';
import type { EcrRegistry, Environment } from './types';

/** ECR repository names: 2–256 characters, lowercase path components separated by `/`. */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

const ACCOUNT_ID = /^\d{12}$/;

/**
 * ECR Public's registry aliases (RegistryAlias in ECR Public's API reference): 2–50 characters, a lowercase letter
 * first, then lowercase letters and digits with . _ - between them.
 */
const PUBLIC_ALIAS = /^[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** ECR Public's repository names are shorter than private ECR's: at most 205 characters (CreateRepository). */
const PUBLIC_REPOSITORY_MAX = 205;

/** The repository an input names: its name, and where its URI put it. */
export interface RepositoryInput {
  readonly name: string;
  readonly registryId?: string;
  readonly region?: string;
  /** A FIPS or dual-stack host, kept: Docker pushes there, and ECR's API is called through the same variant. */
  readonly host?: PrivateRegistryHost;
  /** An ECR Public repository, `public.ecr.aws/<alias>/<name>`: its registry's alias. */
  readonly publicAlias?: string;
}

/**
 * A repository name, or a repository URI split into its registry and name: an ECR URI of any form, or an ECR Public
 * one (`public.ecr.aws/<alias>/<name>`).
 * @param subject the input it came from; `entry` leads the messages about an entry of extra-images
 */
export function parseRepositoryInput(text: string, subject: Subject, entry?: string): RepositoryInput {
  const slash = text.indexOf('/');
  if (slash > 0 && /[.:]/.test(text.slice(0, slash))) {
    const given = text.slice(0, slash);
    const host = parseEcrRegistryHost(given);
    if ('problem' in host) {
      throw new UserError(
        entryMessage(entry, `'${given.slice(0, 100)}' is not an ECR registry${because(host.problem)}`),
        subject,
        'pass the repository name (team/service), its ECR URI <account>.dkr.ecr.<region>.amazonaws.com/team/service (or its FIPS, dual-stack or China form), or an ECR Public URI public.ecr.aws/<alias>/<name>',
      );
    }
    if (host.kind === 'public') return parsePublicRepository(text.slice(slash + 1), subject, entry);
    const name = text.slice(slash + 1);
    checkRepository(name, subject, entry);
    return {
      name,
      registryId: host.registryId,
      region: host.region,
      ...(!isStandardRegistryHost(host) && { host }),
    };
  }
  checkRepository(text, subject, entry);
  return { name: text };
}

/** `<alias>/<name>` of an ECR Public URI (what follows `public.ecr.aws/`). */
function parsePublicRepository(path: string, subject: Subject, entry: string | undefined): RepositoryInput {
  const slash = path.indexOf('/');
  const alias = slash < 0 ? '' : path.slice(0, slash);
  const name = slash < 0 ? path : path.slice(slash + 1);
  const uri = `public.ecr.aws/${path.slice(0, 120)}`;
  const fix =
    'write public.ecr.aws/<alias>/<name>: the alias of your public registry (aws ecr-public describe-registries shows it), then the repository name';
  if (alias === '' || name === '') {
    throw new UserError(entryMessage(entry, `'${uri}' names no registry alias and repository`), subject, fix);
  }
  if (alias.length > 50 || !PUBLIC_ALIAS.test(alias)) {
    throw new UserError(
      entryMessage(entry, `'${alias.slice(0, 60)}' in '${uri}' is not an ECR Public registry alias`),
      subject,
      'an alias is 2–50 lowercase letters, digits and . _ - between them, starting with a letter; ' + fix,
    );
  }
  checkRepository(name, subject, entry);
  if (name.length > PUBLIC_REPOSITORY_MAX) {
    throw new UserError(
      entryMessage(entry, `'${name.slice(0, 100)}…' is ${name.length} characters long`),
      subject,
      `ECR Public repository names are at most ${PUBLIC_REPOSITORY_MAX} characters: shorten it`,
    );
  }
  return { name, publicAlias: alias };
}

export function resolveRegistryId(given: string | undefined, fromUri: string | undefined): string | undefined {
  if (given !== undefined && !ACCOUNT_ID.test(given)) {
    throw new UserError(
      `'${given}' is not an AWS account id`,
      { input: 'registry-id' },
      'use the 12 digits of the account that owns the registry',
    );
  }
  if (given !== undefined && fromUri !== undefined && given !== fromUri) {
    throw new UserError(
      `'${given}' is not the account of the repository URI (${fromUri})`,
      { input: 'registry-id' },
      'remove registry-id (the URI says it), or fix the URI',
    );
  }
  return given ?? fromUri;
}

/**
 * A `login-registries` entry: an account id (this region), an ECR registry host of any form (a FIPS or dual-stack one
 * is logged in to under that host), or `public.ecr.aws` (ECR Public's API).
 */
export function parseLoginRegistry(entry: string, region: string): EcrRegistry | PublicRegistryHost {
  if (ACCOUNT_ID.test(entry)) return { registryId: entry, region };
  const host = parseEcrRegistryHost(entry);
  if (!('problem' in host)) {
    if (host.kind === 'public') return host;
    return {
      registryId: host.registryId,
      region: host.region,
      ...(!isStandardRegistryHost(host) && { host }),
    };
  }
  throw new UserError(
    `'${entry.slice(0, 100)}' is not an ECR registry${because(host.problem)}`,
    { input: 'login-registries' },
    'give account ids (123456789012), ECR registry hosts (123456789012.dkr.ecr.eu-west-1.amazonaws.com, or their FIPS, dual-stack or China forms) or public.ecr.aws; other registries need a docker login of their own',
  );
}

/** Why a host is not ECR's, when it looks like one (an ECR form in the wrong partition, say). */
function because(problem: string): string {
  return problem === NOT_AN_ECR_HOST ? '' : ` (${problem})`;
}

export function checkRepository(name: string, subject: Subject, entry: string | undefined): void {
  if (name.length < 2 || name.length > 256 || !REPOSITORY.test(name)) {
    throw new UserError(
      entryMessage(entry, `'${name}' is not a valid ECR repository name`),
      subject,
      'use 2–256 lowercase letters, digits and . _ - between them, with / between path parts (team/service); no registry host or tag',
    );
  }
}

export function parseImageInput(uri: string, subject: Subject = { input: 'image' }, entry?: string): ImageReference {
  const parsed = parseImageUri(uri);
  if ('error' in parsed) {
    throw new UserError(
      entryMessage(entry, `'${uri}' is not an image reference: ${parsed.error}`),
      subject,
      'use registry/repository:tag or registry/repository@sha256:<64 hex digits>',
    );
  }
  return parsed;
}

/**
 * The object key: the template filled, or `<repository>/<zip name>`, so that services sharing an
 * artifact bucket do not overwrite each other's zip.
 */
export function resolveS3Key(
  template: string | undefined,
  repository: string | undefined,
  artifact: string,
  commit: CommitInfo,
): string {
  const zipName = artifact.split('/').pop() ?? artifact;
  if (template === undefined) return repository === undefined ? zipName : `${repository}/${zipName}`;
  // Keys take the same templates as tags, but may hold `/` and other characters tags may not.
  const filled = fillTemplate(template, commit);
  if ('problem' in filled) throw new UserError(`'${template}': ${filled.problem}`, { input: 's3-key' });
  const key = normalizeS3Key(filled.text);
  if ('problem' in key)
    throw new UserError(
      `'${template}' ${key.problem}`,
      { input: 's3-key' },
      'use 1–1024 bytes of path parts separated by /, e.g. service/artifact.zip',
    );
  return key.key;
}

/**
 * An object key as S3's console and CodePipeline's S3 source show it: no leading or repeated
 * `/`. `.` and `..` parts are refused rather than resolved: S3 keeps them literally, so the
 * object would not be where the key seems to point, and a pipeline watching the resolved key
 * would never start.
 */
export function normalizeS3Key(text: string): { key: string } | { problem: string } {
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return { problem: 'holds a control character or a backslash' };
  const parts = text.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '.' || part === '..'))
    return { problem: 'has a . or .. path part, which S3 keeps literally' };
  if (parts.length === 0 || text.endsWith('/')) return { problem: 'names no object (it is empty or ends with /)' };
  const key = parts.join('/');
  if (Buffer.byteLength(key) > 1024) return { problem: 'is longer than 1024 bytes' };
  return { key };
}

/** A secret id as BuildKit takes it in `--secret id=…` and `RUN --mount=type=secret,id=…`. */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function resolveSecrets(
  given: readonly (readonly [string, string])[],
  fromEnv: readonly (readonly [string, string])[],
  env: Environment,
): [string, string][] {
  const secrets = new Map<string, string>();
  const add = (input: 'secrets' | 'secret-envs', id: string, value: string) => {
    // Not quoted: what stands before the first = of a line that is no id=value is often the
    // secret itself (a pasted token ending in =).
    if (!SECRET_ID.test(id))
      throw new UserError(
        `a line does not start with a secret id (what comes before its first = is not one; not shown, it may be the secret)`,
        { input },
        'write id=value, the id of letters, digits, _ . and -, as in RUN --mount=type=secret,id=<id>',
      );
    if (secrets.has(id))
      throw new UserError(
        `secret '${id}' is given twice`,
        { input },
        'give each id once, in secrets or in secret-envs',
      );
    secrets.set(id, value);
  };
  for (const [id, value] of given) add('secrets', id, value);
  for (const [id, name] of fromEnv) {
    const variable = name.trim();
    // Not quoted: `npm=$NPM_TOKEN` puts the token itself where the name belongs.
    if (!ENV_NAME.test(variable))
      throw new UserError(
        `secret '${id}': what follows = is not an environment variable name (not shown: it may be the secret's value)`,
        { input: 'secret-envs' },
        "write id=ENV_NAME with the variable's name, e.g. npm=NPM_TOKEN, not its value ($NPM_TOKEN)",
      );
    const value = env[variable];
    // Not quoted either: npm's and GitHub's tokens (npm_…, ghp_…) are letters, digits and _, the form of a name, so
    // `npm=$NPM_TOKEN` gets here with the token as the unset variable's name.
    if (value === undefined || value === '') {
      throw new UserError(
        `secret '${id}': the environment variable named after its = is not set or empty (not shown: it may be the secret's value)`,
        { input: 'secret-envs' },
        "set the variable in the step's environment, or remove the line; write id=ENV_NAME with the variable's name, e.g. npm=NPM_TOKEN, not its value ($NPM_TOKEN)",
      );
    }
    add('secret-envs', id, value);
  }
  return [...secrets];
}

const SSH = /^(?:default|[A-Za-z0-9_.-]+=[^,=]+)$/;

export function checkSsh(value: string): string {
  if (value === 'default' || SSH.test(value)) return value;
  throw new UserError(
    `'${value}' is not an SSH agent or key`,
    { input: 'ssh' },
    'write default (the agent of SSH_AUTH_SOCK) or id=path, one per line',
  );
}

const BUILDER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function checkBuilderName(name: string): string {
  if (BUILDER_NAME.test(name)) return name;
  throw new UserError(
    `'${name}' is not a buildx builder name`,
    { input: 'builder' },
    'use a name from docker buildx ls',
  );
}

const PROVENANCE = ['false', 'true', 'mode=min', 'mode=max'];

export function checkProvenance(value: string): string {
  if (PROVENANCE.includes(value)) return value;
  throw new UserError(
    `'${value}' is not a provenance setting`,
    { input: 'provenance' },
    `use one of ${PROVENANCE.join(', ')}`,
  );
}

export function checkCacheTag(tag: string): string {
  const rendered = renderTag(tag, {});
  if ('problem' in rendered) throw new UserError(`'${tag}': ${rendered.problem}`, { input: 'cache-tag' });
  return rendered.tag;
}

/** The run's region: given, or from the environment. */
export function checkRegion(region: string | undefined): string {
  if (region === undefined) {
    throw new UserError(
      'is required: no region given and neither AWS_REGION nor AWS_DEFAULT_REGION is set',
      { input: 'region' },
      'pass the region of the repository, e.g. eu-west-1',
    );
  }
  if (!REGION.test(region)) {
    throw new UserError(`'${region}' is not an AWS region name`, { input: 'region' }, 'use a code such as us-east-1');
  }
  return region;
}

/** One build platform, `os/arch[/variant]`. */
export function checkPlatform(platform: string): string {
  if (PLATFORM.test(platform)) return platform;
  const several = platform.includes(',');
  throw new UserError(
    `'${platform}' is not ${several ? 'one platform' : 'a platform'}`,
    { input: 'platform' },
    several
      ? 'build one platform per run (ECS runs one architecture per task definition): linux/amd64 or linux/arm64'
      : 'use os/arch, e.g. linux/amd64 or linux/arm64',
  );
}

/** The artifact directory: never the working directory, which each run would replace. */
export function checkOutputDir(outputDir: string): string {
  if (!['.', './', ''].includes(outputDir.trim())) return outputDir;
  throw new UserError(
    `'${outputDir}' is the working directory; the artifact directory is replaced on each run`,
    { input: 'output-dir' },
    'use a directory of its own, e.g. ecs-deploy',
  );
}

/** An S3 bucket name. */
export function checkBucket(bucket: string): string {
  if (S3_BUCKET.test(bucket)) return bucket;
  throw new UserError(
    `'${bucket}' is not a valid S3 bucket name`,
    { input: 's3-bucket' },
    'use 3–63 lowercase letters, digits, dots and hyphens, without s3:// or a path',
  );
}
