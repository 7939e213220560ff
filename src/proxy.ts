/**
 * The proxy of the environment for every AWS call: `HTTPS_PROXY` for https endpoints, `HTTP_PROXY`
 * for http ones, `ALL_PROXY` for both, hosts in `NO_PROXY` reached directly; each in upper or lower
 * case (lower wins), as curl and the AWS CLI read them. The AWS SDK for JavaScript reads none of
 * them itself: behind a corporate proxy every call would time out.
 */
import * as http from 'node:http';
import * as https from 'node:https';
// First: the agents' `debug` must not see DEBUG as it loads (see debug-env.ts).
import { DEBUG } from './debug-env';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

if (DEBUG !== undefined) process.env['DEBUG'] = DEBUG;

const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy'];

/** What Node's ClientRequest calls on its agent; not in @types/node. */
type AddRequest = (request: http.ClientRequest, options: http.RequestOptions) => void;

/**
 * Agents that pick, per request, the proxy the environment names for its URL, or none: NO_PROXY
 * is a matter of the host, so one client may need both ways. The choice is made as the request is
 * added, before its head is written: a proxied http request carries the absolute URL in it.
 */
function environmentAgent<A extends http.Agent>(Base: new (options: http.AgentOptions) => A, secure: boolean): A {
  const agents = new Map<string, http.Agent>();
  const agent = new Base({ keepAlive: true });
  const direct = (agent as unknown as { addRequest: AddRequest }).addRequest.bind(agent);
  Object.assign(agent, {
    addRequest(request: http.ClientRequest, options: http.RequestOptions) {
      const port = options.port ? `:${options.port}` : '';
      // proxy-from-env reads process.env: the environment this process was given.
      const proxy = getProxyForUrl(`${secure ? 'https' : 'http'}://${request.host}${port}${request.path}`);
      if (proxy === '') return direct(request, options);
      let proxied = agents.get(proxy);
      if (proxied === undefined) {
        proxied = secure
          ? new HttpsProxyAgent(proxy, { keepAlive: true })
          : new HttpProxyAgent(proxy, { keepAlive: true });
        agents.set(proxy, proxied);
      }
      return (proxied as unknown as { addRequest: AddRequest }).addRequest(request, options);
    },
  });
  return agent;
}

/**
 * The `requestHandler` agents for an AWS SDK client: none (the SDK's own) when the environment
 * names no proxy, else agents that honour it.
 */
export function proxyAgents(env: Readonly<Record<string, string | undefined>> = process.env): {
  httpAgent?: http.Agent;
  httpsAgent?: https.Agent;
} {
  const named = PROXY_VARIABLES.some((name) => env[name] || env[name.toUpperCase()]);
  if (!named) return {};
  return { httpAgent: environmentAgent(http.Agent, false), httpsAgent: environmentAgent(https.Agent, true) };
}
