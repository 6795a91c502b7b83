import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from './decision';
import { renderDecisionMarkdown } from './decision-markdown';

describe('the Markdown view of a decision', () => {
  it('says "No status" and "No date" for values the record does not give, never "null"', () => {
    const text = renderDecisionMarkdown(1, 'nygard', { ...emptyDecisionContent('Bare', '2024-03-01'), status: null, date: null });
    expect(text).toContain('* Status: No status\n* Date: No date\n');
    expect(text).not.toContain('null');
  });
});
