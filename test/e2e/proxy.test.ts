/**
 * Behind a proxy: HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either case) for every AWS call, through a
 * proxy on loopback that forwards what it is sent and records each request it carries.
 */
import { once } from 'node:events';
import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import {
  createBucket,
  createRepository,
  filesContaining,
  getObject,
  runTool,
  sampleWorkspace,
  stack,
  unique,
} from './harness';

interface Carried {
  readonly method: string;
  /** `host:port` the request went to. */
  readonly target: string;
  readonly path: string;
  /** ECR's operation, from X-Amz-Target. */
  readonly operation?: string;
  /** The Proxy-Authorization header, where the tool sent one. */
  readonly authorization?: string;
}

/** A forwarding proxy: absolute-form requests for http targets, CONNECT tunnels for https ones. */
async function startProxy(): Promise<{ url: string; carried: Carried[]; close: () => Promise<void> }> {
  const carried: Carried[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '');
    const operation =
      String(request.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() || undefined;
    const authorization = request.headers['proxy-authorization'];
    carried.push({
      method: request.method ?? '',
      target: url.host,
      path: url.pathname,
      ...(operation && { operation }),
      ...(authorization && { authorization }),
    });
    const upstream = http.request(url, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
    carried.push({ method: 'CONNECT', target: request.url ?? '', path: '' });
    const [host, port] = (request.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    // A tunnel ends when either side ends.
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    carried,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const ecrHost = new URL(stack.ecrEndpoint).host;
const s3Host = new URL(stack.s3Endpoint).host;

test('http_proxy (lower case) carries every ECR and S3 call of a build; NO_PROXY sends them direct', async () => {
  const proxy = await startProxy();
  try {
    const workspace = sampleWorkspace();
    const repository = unique('proxy/web');
    const bucket = unique('artifacts');
    await createRepository(repository);
    await createBucket(bucket);
    const build = await runTool(['build', '--repository', repository, '--s3-bucket', bucket, '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { http_proxy: proxy.url },
    });
    expect(build.code).toBe(0);
    // Every request went to the stack's ECR or S3 endpoint, and every call the build makes is among them.
    expect(proxy.carried.length).toBeGreaterThan(0);
    expect(new Set(proxy.carried.map((r) => r.target))).toEqual(new Set([ecrHost, s3Host]));
    const operations = [...new Set(proxy.carried.filter((r) => r.target === ecrHost).map((r) => r.operation))].sort();
    expect(operations).toEqual(['BatchGetImage', 'DescribeImages', 'DescribeRepositories', 'GetAuthorizationToken']);
    expect(proxy.carried).toContainEqual({
      method: 'PUT',
      target: s3Host,
      path: `/${bucket}/${repository}/ecs-deploy.zip`,
    });
    expect((await getObject(bucket, `${repository}/ecs-deploy.zip`)).body.length).toBeGreaterThan(0);

    // The loopback hosts in NO_PROXY: the same build, nothing through the proxy.
    const before = proxy.carried.length;
    const direct = await runTool(['build', '--repository', repository, '--s3-bucket', bucket], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { HTTP_PROXY: proxy.url, no_proxy: 'localhost,127.0.0.1' },
    });
    expect(direct.code).toBe(0);
    expect(proxy.carried.length).toBe(before);
  } finally {
    await proxy.close();
  }
});

test('HTTPS_PROXY tunnels calls to an https endpoint (CONNECT), unless NO_PROXY names it', async () => {
  const proxy = await startProxy();
  // An "https endpoint" that closes each connection: the call fails after the tunnel is made.
  const closer = net.createServer((socket) => socket.destroy());
  closer.listen(0, '127.0.0.1');
  await once(closer, 'listening');
  const endpoint = `127.0.0.1:${(closer.address() as AddressInfo).port}`;
  try {
    const workspace = sampleWorkspace();
    const env = { AWS_ENDPOINT_URL_ECR: `https://${endpoint}`, HTTPS_PROXY: proxy.url, AWS_MAX_ATTEMPTS: '1' };
    const run = await runTool(['build', '--repository', 'proxy/https'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env,
    });
    expect(run.code).toBe(1);
    expect(proxy.carried.filter((r) => r.method === 'CONNECT').map((r) => r.target)).toContain(endpoint);

    const before = proxy.carried.length;
    const direct = await runTool(['build', '--repository', 'proxy/https'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { ...env, NO_PROXY: '127.0.0.1' },
    });
    expect(direct.code).toBe(1);
    expect(proxy.carried.length).toBe(before);
  } finally {
    closer.close();
    await proxy.close();
  }
});

test("DEBUG=* switches on no bundled debug module: the proxy's password is printed nowhere, the proxy still used", async () => {
  const proxy = await startProxy();
  const password = `pw-${randomBytes(12).toString('hex')}`;
  try {
    const workspace = sampleWorkspace();
    const repository = unique('proxy/debug');
    const bucket = unique('artifacts');
    await createRepository(repository);
    await createBucket(bucket);
    const run = await runTool(['build', '--repository', repository, '--s3-bucket', bucket], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { http_proxy: proxy.url.replace('http://', `http://ebb-proxy:${password}@`), DEBUG: '*' },
    });
    expect(run.code).toBe(0);
    // The credentials were in play: every request through the proxy carried them.
    const basic = `Basic ${Buffer.from(`ebb-proxy:${password}`).toString('base64')}`;
    expect(proxy.carried.length).toBeGreaterThan(0);
    expect(new Set(proxy.carried.map((r) => r.authorization))).toEqual(new Set([basic]));
    // The debug package prints "<namespace> <message>" lines (http-proxy-agent, agent-base, …) to stderr.
    const output = run.stdout + run.stderr;
    expect(output).not.toContain(password);
    expect(output).not.toContain(basic);
    expect(output).not.toMatch(/proxy-agent|agent-base/);
    expect(filesContaining(workspace.dir, password)).toEqual([]);
    expect(filesContaining(workspace.tmp, password)).toEqual([]);
  } finally {
    await proxy.close();
  }
});
