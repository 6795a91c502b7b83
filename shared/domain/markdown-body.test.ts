import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from './decision';
import { renderDecisionMarkdown } from './decision-markdown';
import { markdownBody } from './markdown-body';

describe('markdownBody', () => {
  it('leaves out the title and metadata the page shows itself', () => {
    const content = { ...emptyDecisionContent('Use PostgreSQL', '2024-03-01'), context: 'We need a database.' };
    const body = markdownBody(renderDecisionMarkdown(1, 'madr4', content));
    expect(body.startsWith('## Context and Problem Statement')).toBe(true);
    expect(body).not.toContain('Use PostgreSQL');
    expect(body).toContain('We need a database.');
  });

  it('is empty for a decision with nothing written yet', () => {
    expect(markdownBody(renderDecisionMarkdown(1, 'nygard', emptyDecisionContent('New', '2024-03-01')))).toBe('');
  });
});
