// @ts-check
/**
 * The certificates of the engines' TLS listeners, made by `openssl` when the stack starts: a CA of this stack, a server
 * certificate for 127.0.0.1 and a client certificate, as Docker's "Protect the Docker daemon socket" recipe makes them.
 * They live in `.stack/tls/` (never committed) and are made anew with every start of the services, so no key outlives
 * the stack that trusts it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './layout.mjs';
import { run } from './processes.mjs';

/**
 * Where the certificates are. `clientDir` holds `ca.pem`, `cert.pem` and `key.pem`, the names a Docker client reads from
 * `DOCKER_CERT_PATH`; the server's are beside it.
 * @typedef {object} TlsFiles
 * @property {string} clientDir DOCKER_CERT_PATH
 * @property {string} ca
 * @property {string} serverCert
 * @property {string} serverKey
 */

/** @returns {TlsFiles} */
export function tlsFiles() {
  return {
    clientDir: join(paths.tls, 'client'),
    ca: join(paths.tls, 'client', 'ca.pem'),
    serverCert: join(paths.tls, 'server-cert.pem'),
    serverKey: join(paths.tls, 'server-key.pem'),
  };
}

/**
 * Makes a CA, a server certificate (subjectAltName IP:127.0.0.1, serverAuth) and a client certificate (clientAuth),
 * replacing any earlier ones. Keys are EC P-256, mode 0600; valid 30 days (a stack is restarted long before).
 * @returns {Promise<TlsFiles>}
 */
export async function makeTlsCertificates() {
  const files = tlsFiles();
  rmSync(paths.tls, { recursive: true, force: true });
  mkdirSync(files.clientDir, { recursive: true, mode: 0o700 });
  const dir = paths.tls;
  const caKey = join(dir, 'ca-key.pem');
  const clientKey = join(files.clientDir, 'key.pem');
  const clientCert = join(files.clientDir, 'cert.pem');
  const openssl = (/** @type {string[]} */ args) => run('openssl', args);
  const newKey = (/** @type {string} */ file) =>
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file]);
  await Promise.all([newKey(caKey), newKey(files.serverKey), newKey(clientKey)]);
  await openssl([
    'req',
    '-new',
    '-x509',
    '-key',
    caKey,
    '-days',
    '30',
    '-subj',
    '/CN=ecs-bluegreen-build stack CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-out',
    files.ca,
  ]);
  /**
   * @param {string} key
   * @param {string} subject
   * @param {string} extensions
   * @param {string} out
   */
  const sign = async (key, subject, extensions, out) => {
    const csr = `${out}.csr`;
    const ext = `${out}.ext`;
    writeFileSync(ext, extensions);
    await openssl(['req', '-new', '-key', key, '-subj', subject, '-out', csr]);
    await openssl([
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      files.ca,
      '-CAkey',
      caKey,
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      ext,
      '-out',
      out,
    ]);
    rmSync(csr);
    rmSync(ext);
  };
  await sign(
    files.serverKey,
    '/CN=127.0.0.1',
    'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
    files.serverCert,
  );
  await sign(clientKey, '/CN=client', 'extendedKeyUsage=clientAuth\n', clientCert);
  // The CA's key signs nothing more: without it, no other certificate can join this stack's trust.
  rmSync(caKey);
  rmSync(join(files.clientDir, 'ca.srl'), { force: true });
  return files;
}
