/**
 * Faults on loopback, for the e2e suites: endpoints that accept a connection and never answer,
 * and proxies in front of the stack's services that record every call, answer some with errors,
 * or drop a reply after the service acted on it. Every server and socket is closed after the test
 * file (the servers never hold a run longer than the tool's own timeouts).
 */
import {
  createServer as createHttpServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const servers: (Server | NetServer)[] = [];
const sockets = new Set<Socket>();
const dirs: string[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function track(server: Server | NetServer): void {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
}

async function listen(server: Server | NetServer, where: number | string = 0): Promise<void> {
  track(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if (typeof where === 'string') server.listen(where, resolve);
    else server.listen(where, '127.0.0.1', resolve);
  });
}

/** An HTTP endpoint that accepts connections and never answers: `http://127.0.0.1:<port>`. */
export async function silentEndpoint(): Promise<string> {
  const server = createNetServer(() => undefined);
  await listen(server);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** A unix socket that accepts connections and never answers, as a Docker daemon that hangs: `unix://…`. */
export async function silentUnixSocket(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ebb-silent-'));
  dirs.push(dir);
  const path = join(dir, 'docker.sock');
  await listen(
    createNetServer(() => undefined),
    path,
  );
  return `unix://${path}`;
}

/** One request as a proxy saw it. */
export interface Call {
  readonly method: string;
  readonly url: string;
  /** The AWS JSON operation (`X-Amz-Target`'s last part), if any. */
  readonly operation?: string;
}

export interface ProxyFaults {
  /** Answers a request itself instead of forwarding it (return a status), or holds it unanswered ('silent'). */
  readonly answer?: (call: Call, index: number) => number | 'silent' | undefined;
  /** Forwards the request, then closes the connection without passing the reply on. */
  readonly dropReply?: (call: Call, index: number) => boolean;
  /** Forwards the request, then never passes the reply on: the service acted, the client hears nothing. */
  readonly silentReply?: (call: Call, index: number) => boolean;
  /** Forwards the request only after this many milliseconds (a slow link): the call stays in flight meanwhile. */
  readonly delay?: (call: Call, index: number) => number;
  /** Rewrites a forwarded reply's body (e.g. the registry address ECR hands out). */
  readonly rewrite?: (body: string) => string;
}

export interface Proxy {
  /** `127.0.0.1:<port>` */
  readonly host: string;
  readonly url: string;
  readonly calls: Call[];
}

/**
 * A proxy on loopback in front of `target` (`http://127.0.0.1:<port>`) that records every call and
 * applies `faults`. Requests go on unchanged, `Host` included: SigV4 signatures still verify, and
 * the registry's `Location` URLs point back at the proxy.
 */
export async function faultProxy(target: string, faults: ProxyFaults = {}): Promise<Proxy> {
  const calls: Call[] = [];
  const upstream = new URL(target);
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const targetHeader = req.headers['x-amz-target'];
    const operation = typeof targetHeader === 'string' ? targetHeader.split('.').pop() : undefined;
    const call: Call = { method: req.method ?? 'GET', url: req.url ?? '/', ...(operation && { operation }) };
    const index = calls.push(call) - 1;
    const answer = faults.answer?.(call, index);
    if (answer === 'silent') return;
    if (answer !== undefined) {
      req.resume();
      res
        .writeHead(answer, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `injected ${answer}` }] }));
      return;
    }
    const forward = () => {
      const forwarded = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (reply) => {
          if (faults.silentReply?.(call, index)) {
            reply.resume();
            return;
          }
          if (faults.dropReply?.(call, index)) {
            // The service has acted (its reply is here); the client's connection is reset instead.
            reply.resume();
            req.socket.destroy();
            return;
          }
          if (faults.rewrite === undefined) {
            res.writeHead(reply.statusCode ?? 502, reply.headers);
            reply.pipe(res);
            return;
          }
          const chunks: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => chunks.push(chunk));
          reply.on('end', () => {
            const body = Buffer.from(faults.rewrite!(Buffer.concat(chunks).toString('utf8')));
            const { 'transfer-encoding': _chunked, ...headers } = reply.headers;
            res.writeHead(reply.statusCode ?? 502, { ...headers, 'content-length': String(body.length) }).end(body);
          });
        },
      );
      forwarded.on('error', () => res.socket?.destroy());
      req.pipe(forwarded);
    };
    const delay = faults.delay?.(call, index) ?? 0;
    if (delay > 0) setTimeout(forward, delay);
    else forward();
  });
  await listen(server);
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return { host, url: `http://${host}`, calls };
}

/**
 * An HTTPS proxy on loopback that records the target of each `CONNECT` and refuses it (403): where a client's TLS
 * calls would go, the endpoint the SDK resolved, with no traffic beyond loopback (nothing is ever forwarded).
 */
export async function refusingConnectProxy(): Promise<{ readonly url: string; readonly targets: string[] }> {
  const targets: string[] = [];
  const server = createHttpServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    targets.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  await listen(server);
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, targets };
}
