/**
 * The CodeBuild host: a terminal with CodeBuild's environment. Source information comes from
 * `CODEBUILD_*` variables; outputs also go to an env file, because a child process cannot set
 * the buildspec shell's variables.
 */
import { readGitSource, webAddress, withGitFallback } from '../git';
import type { SourceInfo } from '../tags';
import { runCommand } from '../command';
import { CliHost } from './cli';

const COMMIT = /^[0-9a-f]{40}$/;

export class CodeBuildHost extends CliHost {
  /** What is known about the commit being built: CodeBuild's variables first, then git in the source directory. */
  protected override async source(): Promise<SourceInfo> {
    const env = this.env;
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
    const source = withGitFallback(ci, await readGitSource(runCommand, env['CODEBUILD_SRC_DIR'] ?? '.'));
    if (source.sha !== undefined) return source;
    const noCommit = `no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is ${resolved ? `'${resolved}', not a commit id` : 'not set'} (an S3 source, or a source CodeBuild resolves no commit for) and ${env['CODEBUILD_SRC_DIR'] ?? 'the working directory'} is not a git checkout`;
    return { ...source, noCommit };
  }

  /** In CodeBuild the env file is always written: it is how the buildspec gets the outputs. */
  protected override get writesEnvFile(): boolean {
    return true;
  }
}
