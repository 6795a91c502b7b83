/**
 * The names this host answers to. A page on another site that a DNS-rebinding attack points at
 * 127.0.0.1 still sends its own name in Host, so anything else is refused.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return isListedHost(hostHeader, listenerHosts('127.0.0.1', port));
}

/**
 * Browsers send Origin on cross-site requests (and on every POST). A request from another origin is
 * refused even with the token, which a foreign page should never have anyway; no Origin (curl, the
 * CLI, same-origin GETs) is fine because the token still guards every API call.
 */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  return isListedOrigin(originHeader, listenerHosts('127.0.0.1', port));
}

/**
 * The Host values of a listener bound to one address: that address and port only (a room on the
 * local network answers to its LAN address, not to a name someone's DNS points at it), and
 * `localhost` too on the loopback address.
 */
export function listenerHosts(address: string, port: number): string[] {
  return address === '127.0.0.1' ? [`127.0.0.1:${port}`, `localhost:${port}`] : [`${address}:${port}`];
}

export function isListedHost(hostHeader: string | undefined, hosts: readonly string[]): boolean {
  if (!hostHeader) return false;
  return hosts.includes(hostHeader.toLowerCase());
}

/** No Origin passes (see isAllowedOrigin); a present one must be one of the listener's own. */
export function isListedOrigin(originHeader: string | undefined, hosts: readonly string[]): boolean {
  if (originHeader === undefined) return true;
  return hosts.some((host) => originHeader.toLowerCase() === `http://${host}`);
}
