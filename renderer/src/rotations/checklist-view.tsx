import { markdownToSafeHtml } from '../components/markdown-html';
import { useMemo } from 'react';

/** A role's checklist, written in Markdown, rendered and sanitised before it reaches the DOM. */
export function ChecklistView({ markdown }: { markdown: string }) {
  const html = useMemo(() => markdownToSafeHtml(markdown), [markdown]);
  return <div className="markdown checklist" dangerouslySetInnerHTML={{ __html: html }} />;
}
