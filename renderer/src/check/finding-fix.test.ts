import { describe, expect, it } from 'vitest';
import { findingCountWords, findingFix } from './finding-fix';

describe('findingFix', () => {
  it('sends an empty or missing section to the editor and a passed review date to the review', () => {
    expect(findingFix({ message: 'the required section "Consequences" is missing' })).toBe('edit');
    expect(findingFix({ message: 'the required section "Decision Outcome" is empty' })).toBe('edit');
    expect(findingFix({ message: 'the review date 2026-01-01 has passed' })).toBe('review');
  });

  it('offers nothing where the fix is a choice', () => {
    expect(findingFix({ message: 'superseded, but no record is named as its successor ("Superseded by …")' })).toBeNull();
    expect(findingFix({ message: 'number 0007 is also used by 0007-b.md' })).toBeNull();
  });
});

describe('findingCountWords', () => {
  it('counts errors and warnings in words', () => {
    expect(findingCountWords([])).toBe('no findings');
    expect(findingCountWords([{ severity: 'error' }])).toBe('1 error');
    expect(findingCountWords([{ severity: 'error' }, { severity: 'error' }, { severity: 'warning' }])).toBe('2 errors and 1 warning');
    expect(findingCountWords([{ severity: 'warning' }, { severity: 'warning' }])).toBe('2 warnings');
  });
});
