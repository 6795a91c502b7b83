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
  const presented = bearerToken(authorization);
  return presented !== null && sameSecret(presented, token);
}

/** The token of an `Authorization: Bearer …` header; null without one. */
export function bearerToken(authorization: string | undefined): string | null {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? null;
}

/** Whether a presented secret is the expected one, in constant time (both hashed first, so neither length nor content leaks). */
export function sameSecret(presented: string, expected: string): boolean {
  return timingSafeEqual(secretDigest(presented), secretDigest(expected));
}

/** A secret's SHA-256: what a store of tokens keeps instead of the tokens. */
export function secretDigest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
