/**
 * What the config wing produces: one readonly Config per command. Types only.
 */
import type { DeployTarget, ImagePlacement } from '../deploy-files/check';
import type { ImageReference } from '../deploy-files/image-uri';
import type { BuildSettings, ImageSpec } from '../images';
import type { EcrEndpointVariant, PrivateRegistryHost } from '../ecr/registry-hosts';
import type { CommitInfo } from '../tags';

/** The environment variables config reads (region defaults). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The deployment files and how the image gets into them. */
export interface FilesConfig {
  readonly taskdef: string;
  /** Candidates in order; the first that exists is the appspec. One entry when the input was given. */
  readonly appspec: readonly string[];
  readonly imagePlaceholder: string;
  /** Placeholders other image artifacts of the pipeline fill (Image2 … Image4), built elsewhere. */
  readonly otherPlaceholders: readonly string[];
  /** Placeholders of the images `extra-images` adds: each must be in the task definition. */
  readonly extraPlaceholders: readonly string[];
  /** Set when the tool substitutes the image itself (always with deploy-target ecs). */
  readonly render?: ImagePlacement;
  /** Where the files named inside it must stay once their links are followed (`workspaceOf`). */
  readonly workspace: string;
  /** `codedeploy` (CodeDeployToECS: with an appspec) or `ecs` (the ECS deploy action: no appspec, `appspec` empty). */
  readonly deployTarget: DeployTarget;
  /** The service definition file to check, when given. */
  readonly serviceDefinition?: string;
}

/** An ECR registry: an account's registry in a region. */
export interface EcrRegistry {
  readonly registryId: string;
  readonly region: string;
  /** A FIPS or dual-stack host as given: logged in to under that host, through ECR's endpoint of the same variant. */
  readonly host?: PrivateRegistryHost;
}

export interface BuildConfig {
  readonly command: 'build';
  readonly region: string;
  /** The images of the run: Image1 (the top-level inputs) first, then those of `extra-images`. */
  readonly images: readonly [ImageSpec, ...ImageSpec[]];
  /** The build settings of the run, the same for every image it builds. */
  readonly build: BuildSettings;
  /** Registries logged in to besides the repositories', for base images. */
  readonly loginRegistries: readonly EcrRegistry[];
  /** `public.ecr.aws` is in login-registries: logged in to through ECR Public's API. */
  readonly loginPublic: boolean;
  /** The endpoint variant of Image1's registry host (FIPS, dual-stack), for the run's ECR client; absent: standard. */
  readonly ecrEndpoint?: EcrEndpointVariant;
  readonly createRepository: boolean;
  readonly files: FilesConfig;
  readonly outputDir: string;
  readonly artifact: string;
  readonly s3?: { readonly bucket: string; readonly key: string };
  readonly envFile: string;
  readonly limits: Limits;
  readonly commit: CommitInfo;
  /** What the user should know about a default this build fell back to (shown as warnings). */
  readonly notices: readonly string[];
  /** The environment the build runs Docker in (DOCKER_HOST, the Docker config, RUNNER_TEMP, SSH_AUTH_SOCK). */
  readonly env: Environment;
  /** The account checks of `live`, after the file checks and before the first push. */
  readonly live?: LiveConfig;
}

/** How long outside systems may stay silent. */
export interface Limits {
  /** An ECR or S3 call, or the Docker daemon, without an answer. */
  readonly responseTimeoutMs: number;
  /** A `docker push` without progress. */
  readonly pushTimeoutMs: number;
}

export interface ValidateConfig {
  readonly command: 'validate';
  readonly files: FilesConfig;
  readonly imageDetail?: string;
  readonly pipeline?: string;
  /** The account checks of `--live`. */
  readonly live?: LiveConfig;
}

export interface RenderConfig {
  readonly command: 'render';
  readonly files: FilesConfig;
  readonly image: ImageReference;
  readonly imageUri: string;
  /** The prebuilt images of `extra-images`, by placeholder, filled in too. */
  readonly extraImages: readonly { readonly placeholder: string; readonly uri: string }[];
  readonly taskDefinitionArn?: string;
}

export type Config = BuildConfig | ValidateConfig | RenderConfig;

/** What the live checks read, and how long each call may take. */
export interface LiveConfig {
  /** The `deploy-target`: which kind of blue/green the account is checked for. */
  readonly target: DeployTarget;
  readonly region: string;
  /** A name or an ARN, as given; when not given, the service definition's (see `liveNames`). */
  readonly cluster?: string;
  readonly service?: string;
  /** With `codedeploy` only: the names given (the defaults follow the cluster and service, see `liveNames`). */
  readonly codedeploy?: { readonly application?: string; readonly deploymentGroup?: string };
  readonly responseTimeoutMs: number;
}
