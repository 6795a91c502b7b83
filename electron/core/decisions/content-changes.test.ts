import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from '../../../shared/domain/decision';
import { describeChanges } from './content-changes';

const base = emptyDecisionContent('Title', '2025-01-01');

describe('describeChanges', () => {
  it('is null when nothing changed, whatever order the keys come in', () => {
    const reordered = { ...base, options: [{ cons: [], pros: ['p'], description: '', name: 'A' }] };
    const original = { ...base, options: [{ name: 'A', description: '', pros: ['p'], cons: [] }] };
    expect(describeChanges(original, reordered)).toBeNull();
  });

  it('names a status change and the edited fields in the order a decision shows them', () => {
    expect(describeChanges(base, { ...base, status: 'accepted' })).toBe('Status: proposed → accepted');
    expect(describeChanges(base, { ...base, context: 'c' })).toBe('Edited context');
    expect(describeChanges(base, { ...base, options: [{ name: 'A', description: '', pros: [], cons: [] }], context: 'c' })).toBe(
      'Edited context and options',
    );
    expect(describeChanges(base, { ...base, moreInformation: 'm', title: 'T', tags: ['x'], status: 'rejected' })).toBe(
      'Status: proposed → rejected; edited title, tags and more information',
    );
  });
});
