import { useMemo } from 'react';
import type { DecisionContent } from '../../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import type { TemplateId } from '../../../shared/domain/template';
import { markdownBody } from './markdown-body';
import { markdownToSafeHtml } from './markdown-html';

interface MarkdownViewProps {
  /** Null for a new decision that gets its number when it is saved. */
  number: number | null;
  template: TemplateId;
  content: DecisionContent;
  /** "body" leaves out the title and metadata lines, for pages that show those themselves. */
  part?: 'whole' | 'body';
  /** The level of the heading the view is shown under: the document's own headings go below it. */
  headingsBelow?: number;
}

/** A decision's Markdown, rendered and sanitised: the one way decision text reaches the DOM. */
export function MarkdownView({ number, template, content, part = 'whole', headingsBelow = 0 }: MarkdownViewProps) {
  const html = useMemo(() => {
    const markdown = renderDecisionMarkdown(number, template, content);
    const source = part === 'body' ? markdownBody(markdown) : markdown;
    return markdownToSafeHtml(source, headingsBelow);
  }, [number, template, content, part, headingsBelow]);
  return <div className={headingsBelow > 0 ? `markdown markdown-below-${headingsBelow}` : 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
