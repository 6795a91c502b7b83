import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-run secret: 32 random bytes, URL-safe. */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented `Authorization` header with the expected token in constant time. Both sides
 * are hashed first so that neither the length nor the content of the secret leaks through timing.
 */
export function isAuthorized(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
