import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './search-query';

describe('toFtsQuery', () => {
  it('quotes every word and lets the last one match as a prefix', () => {
    expect(toFtsQuery('use postg')).toBe('"use" "postg"*');
  });

  it('turns FTS syntax in the text into plain words', () => {
    expect(toFtsQuery('"a" AND (b* OR -c) NEAR:d ^e')).toBe('"a" "AND" "b" "OR" "c" "NEAR" "d" "e"*');
  });

  it('keeps letters beyond ASCII together', () => {
    expect(toFtsQuery('Café Ünïcode 東京')).toBe('"Café" "Ünïcode" "東京"*');
  });

  it('gives null when there is no word to search for', () => {
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery('  - * " ( ) ')).toBeNull();
  });
});
