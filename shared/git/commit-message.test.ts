import { describe, expect, it } from 'vitest';
import { commitMessage, type CommittedDecision } from './commit-message';

const decision = (over: Partial<CommittedDecision>): CommittedDecision => ({
  number: 42,
  title: 'Use PostgreSQL',
  status: 'accepted',
  previousStatus: 'proposed',
  added: false,
  deleted: false,
  supersededBy: [],
  ...over,
});

describe('commitMessage', () => {
  it('names a new status and a supersession, one clause per decision', () => {
    const message = commitMessage([decision({}), decision({ number: 11, title: 'Use MySQL', status: 'superseded', previousStatus: 'accepted', supersededBy: [42] })]);
    expect(message).toBe('ADR 0042 Use PostgreSQL: accepted; ADR 0011 superseded by 0042');
  });

  it('says added, edited and removed where the status says nothing new', () => {
    expect(commitMessage([decision({ added: true, status: 'proposed', previousStatus: null })])).toBe('ADR 0042 Use PostgreSQL: added (proposed)');
    expect(commitMessage([decision({ added: true, status: null, previousStatus: null })])).toBe('ADR 0042 Use PostgreSQL: added');
    expect(commitMessage([decision({ previousStatus: 'Accepted' })])).toBe('ADR 0042 Use PostgreSQL: edited');
    expect(commitMessage([decision({ deleted: true })])).toBe('ADR 0042 Use PostgreSQL: removed');
  });

  it('calls an edit of a decision superseded before an edit, and is empty for nothing', () => {
    expect(commitMessage([decision({ status: 'superseded', previousStatus: 'superseded', supersededBy: [43] })])).toBe('ADR 0042 Use PostgreSQL: edited');
    expect(commitMessage([])).toBe('');
  });
});
