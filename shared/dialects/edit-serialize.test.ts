// The corpus is read from disk; only tests may touch node:*.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAdr, readRecord, serializeAdr } from './adr-dialects';
import type { AdrDocument, AdrLink } from './adr-document';
import { commonSubsequence } from './line-merge';

const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpus');
const ID = '3f0c8a52-6a7e-4b7e-9c1a-2b3c4d5e6f70';

/** Reads a corpus file, applies an edit, writes it, and returns the lines that changed ("-" removed, "+" added). */
function edit(path: string, change: (doc: AdrDocument) => void): string[] {
  const text = readFileSync(resolve(CORPUS, path), 'utf8');
  const doc = structuredClone(parseAdr(text, path));
  change(doc);
  const written = serializeAdr(doc);
  expect(parseAdr(written, path).content, 'what was written reads back as edited').toEqual(doc.content);
  return changedLines(text.split('\n'), written.split('\n'));
}

function changedLines(before: string[], after: string[]): string[] {
  const kept = commonSubsequence(before, after, (a, b) => a === b);
  const keptBefore = new Set(kept.map(([i]) => i));
  const keptAfter = new Set(kept.map(([, j]) => j));
  return [...before.flatMap((line, i) => (keptBefore.has(i) ? [] : [`- ${line}`])), ...after.flatMap((line, j) => (keptAfter.has(j) ? [] : [`+ ${line}`]))];
}

const successor: AdrLink = { kind: 'supersedes', direction: 'incoming', label: 'Superseded by', targetNumber: 10, targetFile: '0010-use-adr-tools.md', targetTitle: '10. Use adr-tools' };

describe('editing an adr-tools record', () => {
  const file = 'adr-tools-repo/doc/adr/0001-record-architecture-decisions.md';

  it('changes only the status line when the status changes', () => {
    expect(edit(file, (d) => (d.content.status = 'deprecated'))).toEqual(['- Accepted', '+ Deprecated']);
  });

  it('writes the successor in place of the status when superseded, as adr-tools does', () => {
    expect(
      edit(file, (d) => {
        d.content.status = 'superseded';
        d.links.push(successor);
      }),
    ).toEqual(['- Accepted', '+ Superseded by [10. Use adr-tools](0010-use-adr-tools.md)']);
  });

  it('adds a link as its own paragraph in the Status section', () => {
    const link: AdrLink = { kind: 'supersedes', direction: 'outgoing', label: 'Supersedes', targetNumber: 1, targetFile: '0001-record-architecture-decisions.md', targetTitle: '1. Record architecture decisions' };
    expect(edit('adr-tools-repo/doc/adr/0002-implement-as-shell-scripts.md', (d) => d.links.push(link))).toEqual([
      '+ Supersedes [1. Record architecture decisions](0001-record-architecture-decisions.md)',
      '+ ',
    ]);
  });

  it('rewrites only the link line when the linked record is renumbered', () => {
    const changed = edit('adr-tools-repo/doc/adr/0005-help-comments.md', (d) => {
      d.links[0] = { ...(d.links[0] as AdrLink), targetNumber: 12, targetFile: '0012-help-scripts.md', targetTitle: '12. Help scripts' };
    });
    expect(changed).toEqual(['- Amended by [9. Help scripts](0009-help-scripts.md)', '+ Amended by [12. Help scripts](0012-help-scripts.md)']);
  });

  it('changes only the title line for a new title or number', () => {
    expect(edit(file, (d) => (d.content.title = 'Record decisions'))).toEqual(['- # 1. Record architecture decisions', '+ # 1. Record decisions']);
    expect(edit(file, (d) => (d.number = 12))).toEqual(['- # 1. Record architecture decisions', '+ # 12. Record architecture decisions']);
  });

  it('adds people under the date, and the id as a comment at the end', () => {
    expect(
      edit(file, (d) => {
        d.content.decisionMakers = ['Nat Pryce'];
        d.id = ID;
      }),
    ).toEqual(['+ Decision-makers: Nat Pryce', '+ ', `+ <!-- cairn-id: ${ID} -->`, '+ ']);
  });
});

describe('editing a MADR 4 record', () => {
  const file = 'madr/docs/decisions/0001-use-CC0-or-MIT-as-license.md';

  it('adds one list line for a new option', () => {
    expect(edit(file, (d) => d.content.options.splice(3, 0, { name: 'Apache 2.0', description: '', pros: [], cons: [] }))).toEqual(['+ * Apache 2.0']);
  });

  it('adds one line for a new pro', () => {
    expect(edit(file, (d) => d.content.options[1]?.pros.push('it is short'))).toEqual(['+ * Good, because it is short']);
  });

  it('changes only the title line', () => {
    expect(edit(file, (d) => (d.content.title = 'Dual-license the work'))).toEqual(['- # Dual License the Work', '+ # Dual-license the work']);
  });

  it('adds status, people and the id as front-matter keys after the Jekyll ones', () => {
    expect(
      edit(file, (d) => {
        d.content.status = 'deprecated';
        d.content.decisionMakers = ['Oliver Kopp'];
        d.id = ID;
      }),
    ).toEqual(['+ status: deprecated', '+ decision-makers: Oliver Kopp', `+ cairn-id: ${ID}`]);
  });

  it('changes a front-matter status in place, keeping its quotes', () => {
    expect(edit('madr/docs/decisions/0003-provide-own-madr-tools.md', (d) => (d.content.status = 'accepted'))).toEqual(['- status: on hold', '+ status: accepted']);
    expect(edit('madr-template/template/adr-template.md', (d) => (d.content.status = 'proposed'))).toEqual([
      '- status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123"',
      '+ status: "proposed"',
    ]);
  });

  it('removes a section emptied in Cairn', () => {
    expect(edit('madr/docs/decisions/0006-use-names-as-identifier.md', (d) => (d.content.drivers = ''))).toEqual([
      '- ## Decision Drivers',
      '- ',
      '- * Easy to read',
      '- * Easy to write',
      '- * Avoid copy and paste errors',
      '- ',
    ]);
  });
});

describe('editing other dialects', () => {
  it('keeps a NATS table aligned when the status changes', () => {
    expect(edit('nats/adr/ADR-3.md', (d) => (d.content.status = 'deprecated'))).toEqual([
      '- | Status   | Approved              |',
      '+ | Status   | Deprecated            |',
    ]);
  });

  it('changes a Log4brains status bullet and adds a link to its Links section', () => {
    const related: AdrLink = { kind: 'relates-to', direction: 'outgoing', label: 'Relates to', targetFile: '20201103-use-lunr-for-search.md', targetTitle: 'Use Lunr for search' };
    expect(
      edit('log4brains/docs/adr/20201016-use-the-adr-slug-as-its-unique-id.md', (d) => {
        d.content.status = 'deprecated';
        d.links.push(related);
      }),
    ).toEqual(['- - Status: accepted', '+ - Status: deprecated', '+ - Relates to [Use Lunr for search](20201103-use-lunr-for-search.md)']);
  });

  it('writes a superseded Log4brains record the way Log4brains does', () => {
    const next: AdrLink = { kind: 'supersedes', direction: 'incoming', label: 'superseded by', targetFile: '20210101-next.md', targetTitle: '20210101-next' };
    expect(
      edit('log4brains/docs/adr/20201103-use-lunr-for-search.md', (d) => {
        d.content.status = 'superseded';
        d.links.push(next);
      }),
    ).toEqual(['- - Status: accepted', '+ - Status: superseded by [20210101-next](20210101-next.md)']);
  });
});

describe('links in imported files', () => {
  const text = '# 44. Use the old form API\n\nDate: 2021-01-01\n\n## Status\n\nSuperseded by [ADR045 Use the forms API](ADR045-use-forms-api.md)\n\n## Context\n\nX.\n';

  it('are written back as they were, even when the file they name does not exist, unless they changed', () => {
    const record = readRecord(text, 'docs/adr/0044-use-the-old-form-api.md');
    expect(record.links).toEqual([
      { kind: 'supersedes', direction: 'incoming', label: 'Superseded by', targetNumber: 45, targetFile: 'ADR045-use-forms-api.md', targetTitle: 'ADR045 Use the forms API' },
    ]);
    expect(serializeAdr(record)).toBe(text);
    const edited = structuredClone(record);
    edited.content.context = 'Y.';
    expect(serializeAdr(edited)).toBe(text.replace('X.', 'Y.'));
  });
});

describe('editing options whose list items say more than their names', () => {
  it('rewrites a nested option in its list item when its pros change', () => {
    const file = 'log4brains/docs/adr/20200925-multi-packages-architecture-in-a-monorepo-with-yarn-and-lerna.md';
    const changed = edit(file, (d) => d.content.options[2]?.pros.push('one place for every package'));
    expect(changed).toEqual(['+   - Good, because one place for every package']);
  });

  it('moves what a list item says into the option\'s subsection when that option changes', () => {
    const file = 'compliantkubernetes/docs/adr/0033-run-cluster-api-controllers-on-service-cluster.md';
    const changed = edit(file, (d) => d.content.options[1]?.pros.push('it is simple'));
    expect(changed).toContain('-     - A new separate Controller Cluster runs the Cluster API controllers and manages all clusters in the environment.');
    expect(changed).toContain('+ - Good, because it is simple');
  });
});
