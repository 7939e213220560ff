// @ts-check
/**
 * A front on loopback before moto's server: it logs every request by service and operation (the e2e suite's proof
 * that `--live` never writes), and answers itself the calls moto 5.2.1 does not answer as AWS documents them:
 *
 * - CodeDeploy `GetDeploymentConfig` (moto: 500, not implemented): the predefined ECS configurations, as the
 *   CodeDeploy user guide lists them, and `DeploymentConfigDoesNotExistException` for any other name.
 * - CodeDeploy's timestamps (`createTime` of GetApplication, among others): moto writes ISO 8601 strings where the
 *   API model (and AWS) has epoch seconds, which the AWS SDK for JavaScript refuses to read ("Expected real number");
 *   the front turns them into numbers.
 *
 * Everything else goes to moto unchanged, but for the operations a test denies (`denied`): those are answered as AWS
 * answers a caller without the permission — AccessDenied(Exception), in the protocol's own form.
 *
 * The server runs in a worker thread of its own: a caller that blocks its own thread (a bench timing the tool with
 * spawnSync) would otherwise starve the front, which then never answers — the tool waiting out its response timeout
 * on whichever call came first. The log and the denied operations cross between the threads through message ports,
 * both read synchronously (receiveMessageOnPort): a call the front answered is in `calls` as soon as its answer is,
 * and an operation denied before a request is sent is denied to that request.
 */
import { createServer, request } from 'node:http';
import { URLSearchParams } from 'node:url';
import {
  MessageChannel,
  Worker,
  isMainThread,
  parentPort,
  receiveMessageOnPort,
  workerData,
} from 'node:worker_threads';

/** The deployment configurations every account has for ECS (CodeDeploy user guide, "Deployment configurations"). */
const PREDEFINED_ECS_CONFIGS = {
  'CodeDeployDefault.ECSAllAtOnce': { type: 'AllAtOnce' },
  'CodeDeployDefault.ECSLinear10PercentEvery1Minutes': {
    type: 'TimeBasedLinear',
    timeBasedLinear: { linearPercentage: 10, linearInterval: 1 },
  },
  'CodeDeployDefault.ECSLinear10PercentEvery3Minutes': {
    type: 'TimeBasedLinear',
    timeBasedLinear: { linearPercentage: 10, linearInterval: 3 },
  },
  'CodeDeployDefault.ECSCanary10Percent5Minutes': {
    type: 'TimeBasedCanary',
    timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 },
  },
  'CodeDeployDefault.ECSCanary10Percent15Minutes': {
    type: 'TimeBasedCanary',
    timeBasedCanary: { canaryPercentage: 10, canaryInterval: 15 },
  },
};

/**
 * One request as the front saw it.
 * @typedef {{ service: string, operation: string, method: string }} MotoCall
 */

/**
 * The operation of a request: `X-Amz-Target`'s (JSON protocols), the form's `Action` (query protocols: ELB, IAM,
 * EC2), or the method and path (REST: Lambda).
 * @param {import('node:http').IncomingMessage} req
 * @param {Buffer} body
 * @returns {MotoCall}
 */
function describeCall(req, body) {
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(String(req.headers.authorization ?? ''));
  const service = scope?.[1] ?? 'unknown';
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string')
    return { service, operation: target.split('.').pop() ?? target, method: req.method ?? '' };
  const action = new URLSearchParams(body.toString('utf8')).get('Action');
  if (action) return { service, operation: action, method: req.method ?? '' };
  return { service, operation: `${req.method} ${(req.url ?? '/').split('?')[0]}`, method: req.method ?? '' };
}

/**
 * @param {MotoCall} call
 * @param {Buffer} body
 * @returns {{ status: number, body: unknown } | undefined}
 */
function answerItself(call, body) {
  if (call.operation !== 'GetDeploymentConfig') return undefined;
  const name = /** @type {{ deploymentConfigName?: string }} */ (JSON.parse(body.toString('utf8') || '{}'))
    .deploymentConfigName;
  const routing =
    name === undefined ? undefined : PREDEFINED_ECS_CONFIGS[/** @type {keyof typeof PREDEFINED_ECS_CONFIGS} */ (name)];
  if (routing === undefined) {
    return {
      status: 400,
      body: {
        __type: 'DeploymentConfigDoesNotExistException',
        message: `The deployment configuration ${name} does not exist with the user or AWS account.`,
      },
    };
  }
  return {
    status: 200,
    body: {
      deploymentConfigInfo: {
        deploymentConfigId: name,
        deploymentConfigName: name,
        computePlatform: 'ECS',
        trafficRoutingConfig: routing,
        createTime: 1_600_000_000,
      },
    },
  };
}

/**
 * Answers as AWS does a call the credentials may not make: JSON protocols with `__type`, query protocols (IAM, ELB)
 * with an XML ErrorResponse, REST (Lambda) with `x-amzn-ErrorType`.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {MotoCall} call
 */
function deny(req, res, call) {
  const message = `User: arn:aws:sts::123456789012:assumed-role/build/ci is not authorized to perform: ${call.service}:${call.operation}`;
  if (typeof req.headers['x-amz-target'] === 'string') {
    res
      .writeHead(400, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify({ __type: 'AccessDeniedException', message }));
  } else if (call.operation.includes(' ')) {
    res
      .writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' })
      .end(JSON.stringify({ Message: message }));
  } else {
    res
      .writeHead(403, { 'content-type': 'text/xml' })
      .end(
        `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${message}</Message></Error><RequestId>0</RequestId></ErrorResponse>`,
      );
  }
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/;

/**
 * Every `…Time` value that is an ISO 8601 string, as epoch seconds (in place).
 * @param {unknown} value
 */
function epochTimes(value) {
  if (Array.isArray(value)) value.forEach(epochTimes);
  else if (typeof value === 'object' && value !== null) {
    const record = /** @type {Record<string, unknown>} */ (value);
    for (const [key, item] of Object.entries(record)) {
      if (/Time$/.test(key) && typeof item === 'string' && ISO_TIME.test(item)) record[key] = Date.parse(item) / 1000;
      else epochTimes(item);
    }
  }
}

/**
 * The front's server, in the worker: every call posted to `log` before it is answered; `control` brings the operations
 * to deny, drained before each request is decided.
 * @param {string} motoEndpoint
 * @param {import('node:worker_threads').MessagePort} log
 * @param {import('node:worker_threads').MessagePort} control
 * @returns {Promise<string>} the front's endpoint
 */
async function serveFront(motoEndpoint, log, control) {
  const upstream = new URL(motoEndpoint);
  /** @type {Set<string>} */
  let denied = new Set();
  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const call = describeCall(req, body);
      log.postMessage(call);
      for (let message; (message = receiveMessageOnPort(control));) denied = new Set(message.message);
      if (denied.has(call.operation)) {
        deny(req, res, call);
        return;
      }
      const answer = answerItself(call, body);
      if (answer !== undefined) {
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(answer.body));
        return;
      }
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (reply) => {
          if (call.service !== 'codedeploy') {
            res.writeHead(reply.statusCode ?? 502, reply.headers);
            reply.pipe(res);
            return;
          }
          /** @type {Buffer[]} */
          const parts = [];
          reply.on('data', (part) => parts.push(part));
          reply.on('end', () => {
            let text = Buffer.concat(parts).toString('utf8');
            try {
              const parsed = JSON.parse(text);
              epochTimes(parsed);
              text = JSON.stringify(parsed);
            } catch {
              // not JSON: passed on as it is
            }
            const { 'transfer-encoding': _chunked, 'content-length': _length, ...headers } = reply.headers;
            res
              .writeHead(reply.statusCode ?? 502, { ...headers, 'content-length': String(Buffer.byteLength(text)) })
              .end(text);
          });
        },
      );
      forwarded.on('error', () => res.socket?.destroy());
      forwarded.end(body);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${port}`;
}

/**
 * Starts the front before `motoEndpoint`, in a worker thread.
 * @param {string} motoEndpoint `http://127.0.0.1:<port>`
 * @returns {Promise<{ endpoint: string, calls: MotoCall[], denied: Set<string>, stop: () => Promise<void> }>} `calls`:
 *   every request so far, oldest first (a test may empty it); `denied`: the operations answered with AccessDenied
 */
export async function startMotoFront(motoEndpoint) {
  const log = new MessageChannel();
  const control = new MessageChannel();
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { motoFront: { motoEndpoint, log: log.port2, control: control.port2 } },
    transferList: [log.port2, control.port2],
  });
  const endpoint = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the moto front's worker exited ${code} before it listened`)));
  });
  /** @type {MotoCall[]} */
  const calls = [];
  /**
   * The operations to deny; each change is sent to the worker whole.
   * @extends {Set<string>}
   */
  class DeniedOperations extends Set {
    /**
     * @override
     * @param {string} operation
     */
    add(operation) {
      super.add(operation);
      control.port1.postMessage([...this]);
      return this;
    }
    /**
     * @override
     * @param {string} operation
     */
    delete(operation) {
      const had = super.delete(operation);
      control.port1.postMessage([...this]);
      return had;
    }
    /** @override */
    clear() {
      super.clear();
      control.port1.postMessage([]);
    }
  }
  return {
    endpoint: /** @type {string} */ (endpoint),
    get calls() {
      for (let message; (message = receiveMessageOnPort(log.port1));) calls.push(message.message);
      return calls;
    },
    denied: new DeniedOperations(),
    stop: async () => {
      log.port1.close();
      control.port1.close();
      await worker.terminate();
    },
  };
}

if (!isMainThread && workerData?.motoFront) {
  const { motoEndpoint, log, control } = workerData.motoFront;
  serveFront(motoEndpoint, log, control).then((endpoint) => parentPort?.postMessage(endpoint));
}
