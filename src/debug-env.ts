/**
 * The proxy agents (http-proxy-agent, https-proxy-agent, agent-base) log through the `debug`
 * package, which switches itself on from `DEBUG` when it loads and then writes to stderr directly,
 * past the host's redaction: `DEBUG=*` printed the proxy URL with its password and every request's
 * headers. Imported before the agents (proxy.ts), this module takes `DEBUG` out of the environment
 * for the time they load; proxy.ts puts it back, for the programs the run starts.
 */

/** `DEBUG` as the process was given it. */
export const DEBUG = process.env['DEBUG'];
delete process.env['DEBUG'];
