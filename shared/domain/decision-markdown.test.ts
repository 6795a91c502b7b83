import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from './decision';
import { renderDecisionMarkdown } from './decision-markdown';

describe('the Markdown view of a decision', () => {
  it('says "No status" and "No date" for values the record does not give, never "null"', () => {
    const text = renderDecisionMarkdown(1, 'nygard', { ...emptyDecisionContent('Bare', '2024-03-01'), status: null, date: null });
    expect(text).toContain('* Status: No status\n* Date: No date\n');
    expect(text).not.toContain('null');
  });

  it('says where a date the record does not state comes from, when asked (cairn show), and nothing for its own', () => {
    const content = { ...emptyDecisionContent('Dated', '2020-01-02'), status: null };
    expect(renderDecisionMarkdown(1, 'nygard', content, 'git')).toContain('* Date: 2020-01-02 (from git history)\n');
    expect(renderDecisionMarkdown(1, 'nygard', content, 'file')).toContain('* Date: 2020-01-02\n');
    expect(renderDecisionMarkdown(1, 'nygard', content)).toContain('* Date: 2020-01-02\n');
  });
});
