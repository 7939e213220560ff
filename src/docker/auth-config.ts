/**
 * The registry logins in the private Docker config, written the way `docker login` stores them in a config file:
 * `auths[host].auth` is base64 of `user:password`. Written directly, there is no `docker login` process and no
 * round trip before the build; the registry still checks the password, at the first pull or push that needs it.
 *
 * With an `auths` entry in the file, the Docker CLI (and buildx, which reads the same file) keeps to the file: it
 * looks for the platform's keychain helper only when the config holds no credentials at all (`ContainsAuth` in
 * docker/cli's config loader). So no password reaches a keychain, and deleting the private directory removes it.
 */

/** A login for one registry: its host (and port) as image references name it. */
export interface RegistryAuth {
  readonly registry: string;
  readonly username: string;
  readonly password: string;
}

/**
 * `settings` (the user's Docker settings, without credential stores) with an `auths` entry for each login, replacing
 * any the user's file had for the same host. `mask` receives each entry's value first.
 */
export function withRegistryAuths(
  settings: Readonly<Record<string, unknown>>,
  logins: readonly RegistryAuth[],
  mask: (secret: string) => void,
): Record<string, unknown> {
  const existing = settings['auths'];
  const auths: Record<string, unknown> = typeof existing === 'object' && existing !== null ? { ...existing } : {};
  for (const login of logins) {
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    mask(auth);
    auths[login.registry] = { auth };
  }
  return { ...settings, auths };
}
