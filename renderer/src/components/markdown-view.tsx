import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import type { DecisionContent } from '../../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import type { TemplateId } from '../../../shared/domain/template';
import { markdownBody } from './markdown-body';

// Links in a decision lead out of the app: open them apart from it, never in its window.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

interface MarkdownViewProps {
  number: number;
  template: TemplateId;
  content: DecisionContent;
  /** "body" leaves out the title and metadata lines, for pages that show those themselves. */
  part?: 'whole' | 'body';
}

/** A decision's Markdown, rendered and sanitised: the one way decision text reaches the DOM. */
export function MarkdownView({ number, template, content, part = 'whole' }: MarkdownViewProps) {
  const html = useMemo(() => {
    const markdown = renderDecisionMarkdown(number, template, content);
    const source = part === 'body' ? markdownBody(markdown) : markdown;
    return DOMPurify.sanitize(marked.parse(source, { async: false }));
  }, [number, template, content, part]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
