// @ts-check
/**
 * Docker 26 + buildx + containerd from Debian trixie, for the modern engines of the stack. Installed once per
 * machine into a shared cache outside any clone, reused by every clone: trixie's packages are downloaded with a
 * private apt sources list and private lists/archives directories (the system's apt configuration is left as it
 * is) and unpacked with `dpkg -x` into a prefix. Bookworm's runc stays in use: trixie's needs a newer glibc.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLock } from './lock.mjs';
import { findCommand, run } from './processes.mjs';

/** What the prefix is made of. */
export const TRIXIE_PACKAGES = ['docker.io', 'docker-cli', 'docker-buildx', 'containerd'];

/**
 * The machine's cache of engines: `EBB_ENGINE_CACHE`, else `/var/cache/ecs-bluegreen-build` (the stack runs as root).
 * @param {NodeJS.ProcessEnv} [env]
 */
export function engineCacheDir(env = process.env) {
  return env['EBB_ENGINE_CACHE'] || '/var/cache/ecs-bluegreen-build';
}

/**
 * @typedef {object} TrixieEngine
 * @property {string} prefix where the packages are unpacked (`usr/bin/docker`, `usr/sbin/dockerd`, …)
 * @property {Record<string, string>} versions package → Debian version
 */

/**
 * The installed prefix; installs it first when the cache has none (two callers at once: one installs, the other
 * waits for it and reuses it).
 * @param {(line: string) => void} log
 * @returns {Promise<TrixieEngine>}
 */
export async function ensureTrixieEngine(log) {
  const cache = engineCacheDir();
  const prefix = join(cache, 'trixie');
  const manifest = join(prefix, 'installed.json');
  const installed = () => ({ prefix, versions: JSON.parse(readFileSync(manifest, 'utf8')).versions });
  if (existsSync(manifest)) return installed();
  mkdirSync(cache, { recursive: true });
  return withLock(
    join(cache, 'trixie.lock'),
    async () => {
      if (existsSync(manifest)) return installed();
      await install(cache, prefix, log);
      return installed();
    },
    { what: 'another clone installing the trixie engine' },
  );
}

/**
 * Downloads and unpacks into a work directory, then renames it into place: the prefix exists only complete.
 * @param {string} cache
 * @param {string} prefix
 * @param {(line: string) => void} log
 */
async function install(cache, prefix, log) {
  if (!findCommand('apt-get') || !findCommand('dpkg'))
    throw new Error('Installing Docker 26 from Debian trixie needs apt-get and dpkg (a Debian machine).');
  const work = join(cache, `trixie.tmp-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const dirs = {
    lists: join(work, 'lists'),
    archives: join(work, 'archives'),
    debs: join(work, 'debs'),
    unpacked: join(work, 'prefix'),
  };
  for (const dir of [join(dirs.lists, 'partial'), join(dirs.archives, 'partial'), dirs.debs, dirs.unpacked])
    mkdirSync(dir, { recursive: true });
  const mirror = debianMirror();
  const sourcesList = join(work, 'sources.list');
  writeFileSync(sourcesList, `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror} trixie main\n`);
  const options = [
    '-o',
    `Dir::Etc::sourcelist=${sourcesList}`,
    '-o',
    'Dir::Etc::sourceparts=-',
    '-o',
    `Dir::State::Lists=${dirs.lists}`,
    '-o',
    `Dir::Cache::Archives=${dirs.archives}`,
    '-o',
    `Dir::Cache=${join(work, 'cache')}`,
    '-o',
    'APT::Sandbox::User=root',
  ];
  try {
    log(`installing ${TRIXIE_PACKAGES.join(', ')} from Debian trixie (${mirror}) into ${prefix}`);
    await run('apt-get', [...options, 'update'], { timeoutMs: 300_000 });
    await run(
      'sh',
      ['-c', `cd "$1" && shift && exec apt-get "$@"`, 'sh', dirs.debs, ...options, 'download', ...TRIXIE_PACKAGES],
      { timeoutMs: 600_000 },
    );
    /** @type {Record<string, string>} */
    const versions = {};
    for (const deb of readdirSync(dirs.debs).filter((name) => name.endsWith('.deb'))) {
      const [name = '', version = ''] = (
        await run('dpkg-deb', ['--show', '--showformat', '${Package} ${Version}', join(dirs.debs, deb)])
      ).split(' ');
      versions[name] = version;
      await run('dpkg', ['-x', join(dirs.debs, deb), dirs.unpacked], { timeoutMs: 120_000 });
    }
    const missing = TRIXIE_PACKAGES.filter((name) => !versions[name]);
    if (missing.length > 0) throw new Error(`apt-get download did not fetch ${missing.join(', ')}`);
    // A binary that cannot run on this machine's glibc fails here, not when a daemon starts.
    await run(join(dirs.unpacked, 'usr/sbin/dockerd'), ['--version']);
    await run(join(dirs.unpacked, 'usr/libexec/docker/cli-plugins/docker-buildx'), ['version']);
    writeFileSync(join(dirs.unpacked, 'installed.json'), `${JSON.stringify({ mirror, versions }, null, 2)}\n`);
    rmSync(prefix, { recursive: true, force: true });
    renameSync(dirs.unpacked, prefix);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The Debian mirror the system's apt already uses. */
function debianMirror() {
  const files = [
    '/etc/apt/sources.list',
    ...listDir('/etc/apt/sources.list.d').map((name) => join('/etc/apt/sources.list.d', name)),
  ];
  return mirrorFromSources(files.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8')));
}

/**
 * The URI of the first bookworm main source in apt sources files (one-line `deb [options] URI bookworm main`, or deb822
 * `URIs:` with `Suites: bookworm …`; bookworm-security and bookworm-updates alone do not count), else deb.debian.org.
 * @param {string[]} texts the files' contents, in apt's order
 */
export function mirrorFromSources(texts) {
  for (const text of texts) {
    const line = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m.exec(text)?.[1];
    if (line) return line;
    for (const stanza of text.split(/\n\s*\n/)) {
      const uri = /^URIs:\s*(\S+)/m.exec(stanza)?.[1];
      if (uri && /^Suites:(.*\s)?bookworm(\s|$)/m.test(stanza) && /^Types:(.*\s)?deb(\s|$)/m.test(stanza)) return uri;
    }
  }
  return 'http://deb.debian.org/debian';
}

/** @param {string} dir */
function listDir(dir) {
  return existsSync(dir) ? readdirSync(dir) : [];
}
