/**
 * What git knows about the checkout: the fallback source information when the CI environment
 * does not say (a laptop, or a CodeBuild S3 source).
 */
import type { CommandRunner } from './command';
import type { CommitInfo } from './tags';

/**
 * Reads commit id, commit time, branch and remote web address of the checkout at `dir`.
 * Anything git cannot tell (not a checkout, git missing, detached HEAD) is left out.
 */
export async function readGitCommit(run: CommandRunner, dir: string): Promise<CommitInfo> {
  const git = async (...args: string[]) => {
    try {
      const result = await run('git', ['-C', dir, ...args]);
      return result.exitCode === 0 ? result.stdout.trim() : '';
    } catch {
      return ''; // git is not installed: source information is optional
    }
  };
  const [commit, branch, remote] = await Promise.all([
    git('log', '-1', '--format=%H %cI'),
    git('symbolic-ref', '--quiet', '--short', 'HEAD'),
    git('config', '--get', 'remote.origin.url'),
  ]);
  const [sha, commitTime] = commit.split(' ');
  const url = remote ? webAddress(remote) : undefined;
  return {
    ...(sha && { sha }),
    ...(commitTime && { commitTime }),
    ...(branch && { branch }),
    ...(url && { url }),
  };
}

/**
 * The browsable address of a git remote, without credentials: `git@github.com:o/r.git` and
 * `https://user:token@github.com/o/r.git` both give `https://github.com/o/r`.
 */
export function webAddress(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
    const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '');
    return `https://${url.hostname}${path}`;
  } catch {
    return undefined;
  }
}

/**
 * A CI host's source information, with git filling what the CI environment does not say. Git's
 * commit time is taken only when git's commit is the one being built.
 */
export function withGitFallback(ci: CommitInfo, git: CommitInfo): CommitInfo {
  const sha = ci.sha ?? git.sha;
  const branch = ci.branch ?? git.branch;
  const url = ci.url ?? git.url;
  return {
    ...(sha && { sha }),
    ...(git.commitTime && git.sha === sha && { commitTime: git.commitTime }),
    ...(ci.buildNumber && { buildNumber: ci.buildNumber }),
    ...(branch && { branch }),
    ...(url && { url }),
  };
}
