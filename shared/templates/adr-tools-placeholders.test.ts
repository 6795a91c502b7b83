import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillAdrToolsPlaceholders } from './adr-tools-placeholders';

const EXPECTED = path.resolve(__dirname, '../../../shared/corpus/adr-tools-expected/tests/project-specific-template.expected');

/** The template adr-tools' own test writes, and the record `adr new Aaa Bbb` makes of it, from its transcript. */
function transcript(): { template: string; record: string } {
  const text = fs.readFileSync(EXPECTED, 'utf8');
  const template = /<<EOF\n([\s\S]*?)EOF\n/.exec(text)?.[1];
  const record = /cat adrs\/0002-aaa-bbb\.md\n([\s\S]*?)cat adrs\/0003/.exec(text)?.[1];
  if (template === undefined || record === undefined) throw new Error('the transcript changed shape');
  return { template, record };
}

describe('adr-tools placeholders', () => {
  it('fills a project template as `adr new` does', () => {
    const { template, record } = transcript();
    expect(fillAdrToolsPlaceholders(template, { number: 2, title: 'Aaa Bbb', date: '1992-01-12', status: 'Accepted' })).toBe(record);
  });

  it('writes the number before the title in adr-tools’ own heading', () => {
    const filled = fillAdrToolsPlaceholders('# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n', { number: 12, title: 'Use Rust', date: '2026-12-03', status: 'Proposed' });
    expect(filled).toBe('# 12. Use Rust\n\nDate: 2026-12-03\n\n## Status\n\nProposed\n');
  });

  it('replaces the first of each on a line, as sed without g does, and takes a title literally', () => {
    expect(fillAdrToolsPlaceholders('TITLE and TITLE', { number: 1, title: 'Cost $& more', date: 'd', status: 's' })).toBe('Cost $& more and TITLE');
  });

  it('leaves MADR’s braces for the author', () => {
    const madr = '# {short title, representative of solved problem and found solution}\n\n## Context and Problem Statement\n\n{Describe the context}\n';
    expect(fillAdrToolsPlaceholders(madr, { number: 3, title: 'X', date: '2026-12-03', status: 'Proposed' })).toBe(madr);
  });
});
