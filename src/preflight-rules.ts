/**
 * The pure decisions of the pre-flight checks (see `preflight.ts`): which output paths collide
 * with the inputs or with each other, and which stages a Dockerfile declares.
 */

/** A path the run reads. */
export interface InputPath {
  /** The input that names it, e.g. `taskdef`. */
  readonly input: string;
  /** Absolute, symbolic links resolved. */
  readonly path: string;
}

/** The paths the run writes: absolute, symbolic links resolved. */
export interface OutputPaths {
  readonly outputDir: string;
  readonly artifact: string;
  readonly envFile: string;
}

export interface PathConflict {
  /** The output input at fault. */
  readonly input: string;
  readonly message: string;
  readonly fix: string;
}

/**
 * The first way the outputs would destroy an input or break the next run, if any: an output file
 * over an input, `output-dir` (replaced as a whole) holding an input or another output, two
 * outputs on one path.
 */
export function findPathConflict(outputs: OutputPaths, inputs: readonly InputPath[]): PathConflict | undefined {
  const files = [
    { input: 'artifact', path: outputs.artifact },
    { input: 'outputs-env-file', path: outputs.envFile },
  ];
  for (const file of files) {
    // Inside a directory input is fine (the zip beside the sources); on an input file is not.
    const input = inputs.find((candidate) => candidate.path === file.path);
    if (input !== undefined) {
      return {
        input: file.input,
        message: `'${file.path}' is the ${input.input} input; writing it would destroy what the build reads`,
        fix: `write the ${file.input} elsewhere, e.g. beside the output directory`,
      };
    }
  }
  const [artifact, envFile] = files as [(typeof files)[0], (typeof files)[0]];
  if (artifact.path === envFile.path) {
    return {
      input: 'outputs-env-file',
      message: `'${envFile.path}' is also the artifact zip`,
      fix: 'give the outputs env file a name of its own, e.g. ecs-bluegreen-build.env',
    };
  }
  for (const input of inputs) {
    if (input.path === outputs.outputDir || isInside(outputs.outputDir, input.path)) {
      return {
        input: 'output-dir',
        message: `'${outputs.outputDir}' ${input.path === outputs.outputDir ? 'is' : 'holds'} the ${input.input} input ('${input.path}'); the artifact directory is replaced on every run`,
        fix: 'use a directory of its own for the artifact, e.g. ecs-deploy',
      };
    }
  }
  for (const file of files) {
    if (file.path === outputs.outputDir || isInside(outputs.outputDir, file.path)) {
      return {
        input: file.input,
        message: `'${file.path}' is ${file.path === outputs.outputDir ? '' : 'inside '}the output directory '${outputs.outputDir}', which is replaced on every run`,
        fix: `put the ${file.input} beside the directory, e.g. ${outputs.outputDir.replace(/\/+$/, '')}.${file.input === 'artifact' ? 'zip' : 'env'}`,
      };
    }
  }
  return undefined;
}

/** Whether `path` lies strictly inside directory `dir` (both absolute and normalised). */
export function isInside(dir: string, path: string): boolean {
  return path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/**
 * The stage names a Dockerfile declares (`FROM image AS name`), lower-cased as Docker compares
 * them; line continuations, comments and the `escape` parser directive are honoured.
 */
export function dockerfileStages(text: string): string[] {
  const escape = /^#\s*escape\s*=\s*`/im.test(
    text
      .split(/\r?\n/)
      .slice(0, 5)
      .filter((line) => line.startsWith('#'))
      .join('\n'),
  )
    ? '`'
    : '\\';
  const stages: string[] = [];
  let instruction = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (line.startsWith('#')) continue; // comments, directives, and comment lines inside a continuation
    if (line.trimEnd().endsWith(escape)) {
      instruction += `${line.trimEnd().slice(0, -1)} `;
      continue;
    }
    instruction += line;
    const match = /^FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)\s*$/i.exec(instruction.trim());
    if (match) stages.push((match[1] as string).toLowerCase());
    instruction = '';
  }
  return stages;
}
