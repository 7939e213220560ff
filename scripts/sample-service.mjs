// @ts-check
/**
 * The sample service as the demo, the bench and the end-to-end tests build it: a git checkout of
 * examples/sample-service (so `{short_sha}` has a commit to name), with Debian's static busybox
 * in its build context (nothing is pulled from Docker Hub).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sample = fileURLToPath(new URL('../examples/sample-service', import.meta.url));

/**
 * Copies the sample service into `dir` (a checkout already there is updated) and commits it.
 * @param {string} dir
 * @param {{ date?: string }} [options] a fixed commit time, for a reproducible `created` label
 * @returns {string} the commit
 */
export function stageSampleService(dir, { date } = {}) {
  mkdirSync(dir, { recursive: true });
  cpSync(sample, dir, { recursive: true });
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  const env = { ...process.env, ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) };
  /** @param {string[]} args */
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();
  if (!existsSync(join(dir, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  if (git('status', '--porcelain') !== '') {
    git('-c', 'user.name=sample', '-c', 'user.email=sample@example.com', 'commit', '-q', '-m', 'sample service');
  }
  return git('rev-parse', 'HEAD');
}
