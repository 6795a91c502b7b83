import { networkInterfaces } from 'node:os';
import type { NetworkAddress } from '../../../shared/room/room';

/**
 * The machine's IPv4 addresses, the local network's first (the room's default) and loopback last.
 * IPv6 is left out: a phone types or scans an IPv4 address far more reliably, and link-local IPv6
 * needs a zone the browser cannot carry in a link.
 */
export function listNetworkAddresses(): NetworkAddress[] {
  const found: NetworkAddress[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4') found.push({ interface: name, address: entry.address, internal: entry.internal });
    }
  }
  if (!found.some((a) => a.address === '127.0.0.1')) found.push({ interface: 'lo', address: '127.0.0.1', internal: true });
  return found.sort((a, b) => Number(a.internal) - Number(b.internal));
}
