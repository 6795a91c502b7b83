import { describe, expect, it } from 'vitest';
import { repositoryOperation } from './repository-operation';

describe('repositoryOperation', () => {
  it('names a rebase from either of its folders before a merge, and nothing when neither is there', () => {
    expect(repositoryOperation({ mergeHead: false, rebaseMerge: false, rebaseApply: false })).toBe('none');
    expect(repositoryOperation({ mergeHead: true, rebaseMerge: false, rebaseApply: false })).toBe('merge');
    expect(repositoryOperation({ mergeHead: true, rebaseMerge: true, rebaseApply: false })).toBe('rebase');
    expect(repositoryOperation({ mergeHead: false, rebaseMerge: false, rebaseApply: true })).toBe('rebase');
  });
});
