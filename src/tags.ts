/**
 * Tag templates: `{short_sha}`, `v1-{build_number}`… filled from the host's source information.
 * Pure: the host collects the values (GitHub and CodeBuild environment, git), this only renders.
 */

/** What the host knows about the commit being built. Every field is optional: a laptop may have no git. */
export interface CommitInfo {
  /** Full commit id. */
  readonly sha?: string;
  /** CI build or run number. */
  readonly buildNumber?: string;
  /** Branch name, without `refs/heads/`. */
  readonly branch?: string;
  /** Web address of the source repository, for the `org.opencontainers.image.source` label. */
  readonly url?: string;
  /** Commit time, ISO 8601: the `created` label, so a re-run of a commit builds the same image. */
  readonly commitTime?: string;
  /**
   * Why no commit is known, in the host's own words (the variable it lacked), when `sha` is
   * absent: a message that says "run in CodeBuild" to a CodeBuild build helps nobody.
   */
  readonly noCommit?: string;
}

type Variable = (commit: CommitInfo) => string | undefined;

const VARIABLES: Readonly<Record<string, Variable>> = {
  sha: (s) => s.sha,
  short_sha: (s) => s.sha?.slice(0, 7),
  build_number: (s) => s.buildNumber,
  branch: (s) => (s.branch === undefined ? undefined : sanitizeTag(s.branch)),
};

/** The names a template may use, for messages and help. */
export const TAG_VARIABLES = Object.keys(VARIABLES).map((name) => `{${name}}`);

/** Docker's tag grammar: 128 characters of `[A-Za-z0-9_.-]`, not starting with `.` or `-`. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Why `tag` is not a valid Docker tag, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag.length > 128) return `is ${tag.length} characters long; a tag has at most 128`;
  if (!TAG.test(tag)) return 'may only contain letters, digits, _ . - and may not start with . or -';
  return undefined;
}

/** Turns a branch name such as `feature/Login` into tag text (`feature-Login`). */
function sanitizeTag(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

/** Outcome of filling a template: the text, or why it cannot be filled. */
export type Filled = { readonly text: string } | { readonly problem: string };

/**
 * Fills the `{variable}`s of a template (a tag, an S3 key) from the source information.
 * @example fillTemplate('web/{short_sha}.zip', { sha: '0123456789' }) // { text: 'web/0123456.zip' }
 */
export function fillTemplate(template: string, commit: CommitInfo): Filled {
  let problem: string | undefined;
  const text = template.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    const variable = VARIABLES[name];
    if (variable === undefined) {
      problem ??= `${whole} is not a known template; use one of ${TAG_VARIABLES.join(', ')}`;
      return whole;
    }
    const value = variable(commit);
    if (value === undefined || value === '') {
      problem ??= `${whole} has no value here: ${missingValueHint(name, commit)}`;
      return whole;
    }
    return value;
  });
  return problem === undefined ? { text } : { problem };
}

/** Outcome of rendering one tag template: the tag, or why it cannot be rendered. */
export type RenderedTag = { readonly tag: string } | { readonly problem: string };

/**
 * Fills a tag template and checks the result is a valid Docker tag.
 * @example renderTag('v1-{short_sha}', { sha: '0123456789' }) // { tag: 'v1-0123456' }
 */
export function renderTag(template: string, commit: CommitInfo): RenderedTag {
  const filled = fillTemplate(template, commit);
  if ('problem' in filled) return filled;
  const invalid = tagProblem(filled.text);
  return invalid === undefined ? { tag: filled.text } : { problem: `'${filled.text}' ${invalid}` };
}

function missingValueHint(name: string, commit: CommitInfo): string {
  switch (name) {
    case 'build_number':
      return 'no CI build number is known (GitHub sets GITHUB_RUN_NUMBER, CodeBuild sets CODEBUILD_BUILD_NUMBER)';
    case 'branch':
      return 'no branch is known (detached HEAD, or a source without one)';
    default:
      return commit.noCommit ?? 'no commit is known (run inside a git checkout, or in GitHub Actions or CodeBuild)';
  }
}
