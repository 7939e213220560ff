/**
 * What each CI says of the commit being built, one reader per CI: its variables first, then git in the checkout it
 * names (`withGitFallback`). A host is handed the reader of the CI it runs in (`detectHost`).
 */
import { runCommand } from '../command';
import { readGitCommit, webAddress, withGitFallback } from '../git';
import type { CommitInfo } from '../tags';

type Env = Readonly<Record<string, string | undefined>>;

/** Reads what is known about the commit being built from a CI's environment. */
export type CommitReader = (env: Env) => Promise<CommitInfo>;

/** A terminal: git in the working directory. */
export const readLocalCommit: CommitReader = () => readGitCommit(runCommand, '.');

/** GitHub Actions: the workflow's variables, then git in GITHUB_WORKSPACE. */
export const readGitHubCommit: CommitReader = async (env) => {
  // A pull request builds GITHUB_SHA (the merge commit) of GITHUB_HEAD_REF (its branch).
  const branch = env['GITHUB_HEAD_REF'] || (env['GITHUB_REF_TYPE'] === 'branch' ? env['GITHUB_REF_NAME'] : undefined);
  const url =
    env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY']
      ? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}`
      : undefined;
  const ci = {
    ...(env['GITHUB_SHA'] && { sha: env['GITHUB_SHA'] }),
    ...(env['GITHUB_RUN_NUMBER'] && { buildNumber: env['GITHUB_RUN_NUMBER'] }),
    ...(branch && { branch }),
    ...(url && { url }),
  };
  return withGitFallback(ci, await readGitCommit(runCommand, env['GITHUB_WORKSPACE'] ?? '.'));
};

const COMMIT = /^[0-9a-f]{40}$/;

/** CodeBuild: the CODEBUILD_* variables, then git in CODEBUILD_SRC_DIR; says why when no commit is known. */
export const readCodeBuildCommit: CommitReader = async (env) => {
  // Unset for an S3 source; an S3 version id or branch name in CODEBUILD_SOURCE_VERSION is no commit.
  const resolved = env['CODEBUILD_RESOLVED_SOURCE_VERSION'];
  const branch = env['CODEBUILD_WEBHOOK_HEAD_REF']?.replace(/^refs\/heads\//, '');
  // An S3 source's s3:// address is no web address; webAddress leaves it out.
  const url = env['CODEBUILD_SOURCE_REPO_URL'] && webAddress(env['CODEBUILD_SOURCE_REPO_URL']);
  const ci = {
    ...(resolved && COMMIT.test(resolved) && { sha: resolved }),
    ...(env['CODEBUILD_BUILD_NUMBER'] && { buildNumber: env['CODEBUILD_BUILD_NUMBER'] }),
    ...(branch && { branch }),
    ...(url && { url }),
  };
  const commit = withGitFallback(ci, await readGitCommit(runCommand, env['CODEBUILD_SRC_DIR'] ?? '.'));
  if (commit.sha !== undefined) return commit;
  const why = resolved ? `'${resolved}', not a commit id` : 'not set';
  const where = env['CODEBUILD_SRC_DIR'] ?? 'the working directory';
  const noCommit = `no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is ${why} (an S3 source, or a source CodeBuild resolves no commit for) and ${where} is not a git checkout`;
  return { ...commit, noCommit };
};
