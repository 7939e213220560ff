/** proxy-from-env 2 ships no types: the one function this tool calls. */
declare module 'proxy-from-env' {
  /** The proxy URL the environment names for `url`, or '' for a direct connection. */
  export function getProxyForUrl(url: string): string;
}
