/**
 * The job's outputs, and the pure formats hosts report them in. Output names live here and in
 * action.yml only; a unit test keeps the two in step.
 */

export interface OutputSpec {
  readonly name: string;
  /** Variable name in the CodeBuild env file (`AWS_`-free: CodeBuild cannot export those). */
  readonly variable: string;
  readonly description: string;
  /** The value is JSON text: `--json` embeds it as a value, not as a string. */
  readonly json?: true;
}

export const OUTPUTS = [
  {
    name: 'image-uri',
    variable: 'IMAGE_URI',
    description: 'The image, pinned to its digest: `registry/repository@sha256:…`.',
  },
  { name: 'image-digest', variable: 'IMAGE_DIGEST', description: 'The image digest, `sha256:…`.' },
  { name: 'image-tags', variable: 'IMAGE_TAGS', description: 'The tags pushed, comma-separated.' },
  {
    name: 'artifact-dir',
    variable: 'ARTIFACT_DIR',
    description: 'Absolute path of the directory holding the artifact files.',
  },
  { name: 'artifact-zip', variable: 'ARTIFACT_ZIP', description: 'Absolute path of the artifact zip.' },
  { name: 'artifact-sha256', variable: 'ARTIFACT_SHA256', description: 'SHA-256 of the zip, hex.' },
  {
    name: 's3-uri',
    variable: 'S3_URI',
    description: 'Where the zip was uploaded: `s3://bucket/key` (empty without `s3-bucket`).',
  },
  {
    name: 's3-version-id',
    variable: 'S3_VERSION_ID',
    description: 'Version id of the uploaded object (empty on an unversioned bucket).',
  },
  {
    name: 'images',
    variable: 'IMAGES',
    json: true,
    description:
      'Every image of the run, as JSON keyed by placeholder (`IMAGE1_NAME`, `IMAGE2_NAME`, …): each with `uri` (digest-pinned), `digest`, `tags`, `artifact-dir`, `artifact-zip`, `artifact-sha256` and, when uploaded, `s3-uri` (and `s3-version-id` on a versioned bucket).',
  },
] as const satisfies readonly OutputSpec[];

export type OutputName = (typeof OUTPUTS)[number]['name'];

/** Output values by name; an absent output is reported as ''. */
export type Outputs = Readonly<Partial<Record<OutputName, string>>>;

/** Every output with its value, in table order ('' for absent ones). */
export function outputEntries(outputs: Outputs): [OutputName, string][] {
  return OUTPUTS.map(({ name }) => [name, outputs[name] ?? '']);
}

/** Outputs as one JSON object, keyed by output name (the CLI's `--json`). */
export function outputsJson(outputs: Outputs): string {
  const values = OUTPUTS.map((spec) => {
    const value = outputs[spec.name] ?? '';
    return [spec.name, 'json' in spec && value !== '' ? (JSON.parse(value) as unknown) : value];
  });
  return `${JSON.stringify(Object.fromEntries(values), null, 2)}\n`;
}

/**
 * Outputs as `export NAME='value'` lines for a shell to source (the CodeBuild env file).
 * Values are single-quoted, so nothing in them is expanded.
 */
export function outputsEnvFile(outputs: Outputs): string {
  return OUTPUTS.map(({ name, variable }) => `export ${variable}=${shellQuote(outputs[name] ?? '')}\n`).join('');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
