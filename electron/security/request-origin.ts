/**
 * The names this host answers to. A page on another site that a DNS-rebinding attack points at
 * 127.0.0.1 still sends its own name in Host, so anything else is refused.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return allowedHosts(port).includes(hostHeader.toLowerCase());
}

/**
 * Browsers send Origin on cross-site requests (and on every POST). A request from another origin is
 * refused even with the token, which a foreign page should never have anyway; no Origin (curl, the
 * CLI, same-origin GETs) is fine because the token still guards every API call.
 */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return allowedHosts(port).some((host) => originHeader.toLowerCase() === `http://${host}`);
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}
