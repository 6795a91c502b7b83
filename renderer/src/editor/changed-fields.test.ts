import { describe, expect, it } from 'vitest';
import { emptyDecisionContent, type DecisionContent } from '../../../shared/domain/decision';
import { changedFields } from './changed-fields';
import { contentFromDraft, draftFromContent } from './decision-draft';

function saved(): DecisionContent {
  return {
    ...emptyDecisionContent('Use PostgreSQL', '2024-03-01'),
    decisionMakers: ['Ana', 'Ben'],
    tags: ['database'],
    options: [{ name: 'PostgreSQL', description: 'Relational', pros: ['mature'], cons: [] }],
    chosenOption: 'PostgreSQL',
  };
}

describe('changedFields', () => {
  it('is empty when the form was not touched', () => {
    const content = saved();
    expect(changedFields(content, contentFromDraft(draftFromContent(content)))).toEqual({});
  });

  it('holds only the fields that differ', () => {
    const draft = { ...draftFromContent(saved()), status: 'accepted', context: 'We need a database.' };
    expect(changedFields(saved(), contentFromDraft(draft))).toEqual({ status: 'accepted', context: 'We need a database.' });
  });

  it('ignores reformatting of a list that names the same people', () => {
    const draft = { ...draftFromContent(saved()), decisionMakers: 'Ana ,Ben,' };
    expect(changedFields(saved(), contentFromDraft(draft))).toEqual({});
  });

  it('sends the whole options list when one option gains a pro', () => {
    const draft = draftFromContent(saved());
    const options = draft.options.map((o) => ({ ...o, pros: 'mature\nwell known' }));
    expect(changedFields(saved(), contentFromDraft({ ...draft, options }))).toEqual({
      options: [{ name: 'PostgreSQL', description: 'Relational', pros: ['mature', 'well known'], cons: [] }],
    });
  });

  it('turns a cleared review date and chosen option into null', () => {
    const content = { ...saved(), reviewBy: '2025-01-01' };
    const draft = { ...draftFromContent(content), reviewBy: '', chosenOption: '' };
    expect(changedFields(content, contentFromDraft(draft))).toEqual({ reviewBy: null, chosenOption: null });
  });
});
