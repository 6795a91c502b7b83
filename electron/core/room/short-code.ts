import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read off a projected screen (no I, L, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SHORT_CODE_LENGTH = 6;

/** A fresh short code: 31^6 ≈ 887 million, guessed at most a few hundred times before it expires. */
export function newShortCode(): string {
  return Array.from({ length: SHORT_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
