import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { nestedHeadings } from './nested-headings';

const render = (markdown: string, below: number) => new Marked(nestedHeadings(below)).parse(markdown, { async: false });

describe('nestedHeadings', () => {
  it('moves every heading below the panel heading it sits under', () => {
    expect(render('# 0001 Use PostgreSQL\n\n## Context\n\ntext', 2)).toBe('<h3>0001 Use PostgreSQL</h3>\n<h4>Context</h4>\n<p>text</p>\n');
  });

  it('stops at h6', () => {
    expect(render('#### Deep\n\n###### Deepest', 2)).toBe('<h6>Deep</h6>\n<h6>Deepest</h6>\n');
  });

  it('leaves the shared parser alone', () => {
    render('# Title', 2);
    expect(new Marked().parse('# Title', { async: false })).toBe('<h1>Title</h1>\n');
  });
});
