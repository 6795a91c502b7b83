import { describe, expect, it } from 'vitest';
import { matchGroup } from './match-group';

describe('matchGroup', () => {
  it('gives the text a group matched, an empty match included', () => {
    const match = /^(\d+)-(\w*)$/.exec('12-');
    expect(match && matchGroup(match, 1)).toBe('12');
    expect(match && matchGroup(match, 2)).toBe('');
  });

  it('fails loudly on a group that did not take part', () => {
    const match = /^(a)|(b)$/.exec('a');
    expect(() => match && matchGroup(match, 2)).toThrow('Group 2 of a match of "a" did not take part in the match');
  });
});
