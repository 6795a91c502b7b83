// The corpus is read from disk; only tests may touch node:*.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAdr, readRecord } from './adr-dialects';
import type { AdrDocument } from './adr-document';
import { writtenStatus } from './written-values';

const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpus');

function read(path: string): AdrDocument {
  return parseAdr(readFileSync(resolve(CORPUS, path), 'utf8'), path);
}

/** The sections a reader understood: the content fields that have text, then the extra headings. */
function sections(doc: AdrDocument): string[] {
  const c = doc.content;
  const fields = (['context', 'drivers', 'outcome', 'consequences', 'confirmation', 'moreInformation'] as const).filter((f) => c[f] !== '');
  return [...fields, ...c.extraSections.map((s) => `extra: ${s.heading}`)];
}

describe('adr-tools (Nygard) records', () => {
  it('reads number, title, date, status and an "Amended by" link', () => {
    const doc = read('adr-tools-repo/doc/adr/0005-help-comments.md');
    expect(doc.dialect).toBe('nygard');
    expect(doc).toMatchObject({ number: 5, content: { title: 'Help comments', status: 'accepted', date: '2016-02-13' } });
    expect(writtenStatus(doc)).toBe('Accepted');
    expect(doc.links).toEqual([
      { kind: 'amends', direction: 'incoming', label: 'Amended by', targetNumber: 9, targetFile: '0009-help-scripts.md', targetTitle: '9. Help scripts' },
    ]);
    expect(sections(doc)).toEqual(['context', 'outcome', 'consequences']);
    expect(doc.content.outcome).toMatch(/^Write usage documentation in comments/);
  });

  it('reads a status replaced by a "Superseded by" link, and a custom status spelled as written', () => {
    const superseded = read('govuk-aws/docs/architecture/decisions/0004-dns-definitions-for-hosts-and-services.md');
    expect(superseded.content.status).toBe('superseded');
    expect(superseded.links).toEqual([
      { kind: 'supersedes', direction: 'incoming', label: 'Superseded by', targetNumber: 15, targetFile: '0015-dns-infrastructure.md', targetTitle: 'DNS Infrastructure' },
    ]);
    const partly = read('govuk-aws/docs/architecture/decisions/0003-aws-networking-outline.md');
    expect(partly.content.status).toBe('partly-superseded');
    expect(writtenStatus(partly)).toBe('Partly superseded');
  });

  it('takes the number from the file name when the title says another', () => {
    const doc = read('govuk-aws/docs/architecture/decisions/0033-ip-ranges.md');
    expect(doc).toMatchObject({ number: 33, content: { title: 'Networking Outline', status: 'pending', date: '2018-09-26' } });
  });

  it('keeps sections it has no field for, in order', () => {
    const doc = read('govuk-aws/docs/architecture/decisions/0039-non-govuk-domain-policy.md');
    expect(sections(doc)).toEqual(['context', 'consequences', 'extra: Definitions', 'extra: Proposal']);
  });

  it('reads the adr-tools spelling "Superceded by" and "Supercedes"', () => {
    const text = readFileSync(resolve(CORPUS, 'adr-tools-expected/tests/supercede-existing-adr.expected'), 'utf8');
    const first = text.slice(text.indexOf('# 1. First Record'), text.indexOf('head -12')).trimEnd() + '\n';
    const doc = parseAdr(first, '0001-first-record.md');
    expect(doc.content.status).toBe('superseded');
    expect(doc.links).toEqual([
      { kind: 'supersedes', direction: 'incoming', label: 'Superceded by', targetNumber: 2, targetFile: '0002-second-record.md', targetTitle: '2. Second Record' },
    ]);
  });
});

describe('MADR 4 records', () => {
  it('reads options with their pros and cons, the chosen option and its reason', () => {
    const doc = read('madr/docs/decisions/0001-use-CC0-or-MIT-as-license.md');
    expect(doc.dialect).toBe('madr4');
    expect(doc).toMatchObject({ number: 1, content: { title: 'Dual License the Work', status: 'accepted' } });
    expect(doc.content.options.map((o) => o.name)).toEqual([
      '[CC0](https://creativecommons.org/share-your-work/public-domain/cc0/)',
      'BSD3',
      'MIT',
      'Dual license with MIT and CC0',
      'No license',
      'Other open source licenses',
    ]);
    expect(doc.content.options[0]).toMatchObject({
      pros: ['this license donates the content to "public domain" and does so as legally as possible.'],
      cons: ['it does not contain attribution - and [attribution is important](https://opensource.stackexchange.com/a/9126/5671).'],
    });
    expect(doc.content.chosenOption).toBe('Dual license with MIT and CC0');
    expect(doc.content.outcome).toBe('this lets users choose whether CC0 or MIT fits better on their work.');
  });

  it('reads a front-matter status with a space, and warns about what it had to assume', () => {
    const doc = read('madr/docs/decisions/0003-provide-own-madr-tools.md');
    expect(doc.content.status).toBe('on-hold');
    expect(writtenStatus(doc)).toBe('on hold');
    expect(sections(doc)).toEqual(['context', 'outcome', 'moreInformation']);
    expect(doc.warnings.map((w) => w.message)).toEqual(['no date; assumed 1970-01-01']);
  });

  it('reads "### Consequences" and "### Confirmation" inside the decision outcome', () => {
    expect(read('madr/docs/decisions/0004-write-own-toc-tool.md').content.consequences).toMatch(/^\* Good, because `adr-log` is installable/);
    const doc = read('madr/docs/decisions/0018-use-confirmation-as-heading.md');
    expect(doc.content.confirmation).toMatch(/^\* Before next release/);
    expect(doc.content.chosenOption).toBe('Confirmation');
  });

  it('reads the template: every section, and says which placeholders it could not read', () => {
    const doc = read('madr-template/template/adr-template.md');
    expect(sections(doc)).toEqual(['context', 'drivers', 'outcome', 'consequences', 'confirmation', 'moreInformation']);
    expect(doc.content.options.map((o) => o.name)).toEqual(['{title of option 1}', '{title of option 2}', '{title of option 3}', '…', '{title of other option}']);
    expect(doc.warnings).toEqual([
      { line: 3, message: `the status is a template's placeholder, not filled in: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123"; assumed accepted` },
      { line: 4, message: `the date is a template's placeholder, not filled in: "{YYYY-MM-DD when the decision was last updated}"; assumed 1970-01-01` },
    ]);
    const record = readRecord(readFileSync(resolve(CORPUS, 'madr-template/template/adr-template.md'), 'utf8'), 'adr-template.md');
    expect(record.content).toMatchObject({ status: null, date: null });
    expect(record.sources).toEqual({ status: null, date: null });
  });
});

describe('Log4brains records', () => {
  it('reads the bullets, tags and the date of a dated file, with no number', () => {
    const doc = read('log4brains/packages/web/docs/adr/20200925-use-nextjs-for-static-site-generation.md');
    expect(doc.dialect).toBe('log4brains');
    expect(doc).toMatchObject({ number: null, content: { status: 'accepted', date: '2020-09-25', tags: ['frontend', 'frameworks'] } });
    expect(doc.content.chosenOption).toBe('Option 5: Next.js');
    // Its "Considered Options" ends with a paragraph of its own, so the section is kept as written text.
    expect(sections(doc)).toEqual(['context', 'drivers', 'outcome', 'consequences', 'extra: Considered Options', 'extra: Links']);
  });

  it('reads "superseded by [slug](file)" in the status and "Supersedes" in the Links section', () => {
    const old = read('log4brains/docs/adr/20200926-use-the-adr-number-as-its-unique-id.md');
    expect(old.content.status).toBe('superseded');
    expect(old.links).toEqual([
      {
        kind: 'supersedes',
        direction: 'incoming',
        label: 'superseded by',
        targetFile: '20201016-use-the-adr-slug-as-its-unique-id.md',
        targetTitle: '20201016-use-the-adr-slug-as-its-unique-id',
      },
    ]);
    const successor = read('log4brains/docs/adr/20201016-use-the-adr-slug-as-its-unique-id.md');
    expect(successor.links.map((l) => [l.kind, l.direction, l.label])).toEqual([['supersedes', 'outgoing', 'Supersedes']]);
    expect(sections(successor)).toEqual(['context', 'outcome']);
  });

  it('reads MADR 2 "Positive/Negative Consequences" as the consequences, and names with quotes in them', () => {
    expect(read('log4brains/packages/core/docs/adr/20201003-markdown-parsing-is-part-of-the-domain.md').content.consequences).toMatch(
      /^### Positive Consequences\n\n- Test coverage[^]*### Negative Consequences/,
    );
    const doc = read('log4brains/packages/core/docs/adr/20201027-adr-link-resolver-in-the-domain.md');
    expect(doc.content.chosenOption).toBe('Option 2: we introduce an "ADR link resolver" in the domain');
    expect(doc.content.outcome).toMatch(/^Because option 3 is too restrictive/);
  });

  it('keeps a metadata line it does not know and says so', () => {
    const doc = read('log4brains/packages/web/docs/adr/20200927-avoid-react-fc-type.md');
    expect(doc.warnings).toEqual([{ line: 5, message: 'kept "Source" as written: Cairn has no field for it' }]);
  });
});

describe('NATS records (metadata tables, no number in the title)', () => {
  it('reads date, author, status and tags from the table and the number from ADR-N.md', () => {
    const doc = read('nats/adr/ADR-1.md');
    expect(doc).toMatchObject({
      number: 1,
      content: { title: 'JetStream JSON API Design', status: 'implemented', date: '2020-04-30', decisionMakers: ['@ripienaar'], tags: ['jetstream', 'client', 'server'] },
    });
    expect(writtenStatus(doc)).toBe('Implemented');
  });

  it('reads an "Updates" row as a link, and a revision table before the first section as an extra section', () => {
    const doc = read('nats/adr/ADR-48.md');
    expect(doc.links).toEqual([{ kind: 'amends', direction: 'outgoing', label: 'Updates', targetNumber: 8, targetTitle: 'ADR-8' }]);
    expect(sections(doc)[1]).toBe('extra: Introduction');
    expect(doc.content.extraSections[0]?.body).toMatch(/^\| Revision \| Date/);
  });

  it('reads records whose sections are "###" or "#" headings', () => {
    expect(sections(read('nats/adr/ADR-17.md'))).toEqual(['context', 'extra: Behavior', 'extra: Subscription Limitations', 'extra: Consumer Configuration Checks']);
    expect(sections(read('nats/adr/ADR-52.md'))).toEqual(['context', 'extra: Deprecated', 'extra: API Changes']);
  });

  it('keeps a "## Status" section as text when the table already gave the status', () => {
    const doc = read('nats/adr/ADR-7.md');
    expect(doc.content.status).toBe('partially-implemented');
    expect(doc.content.extraSections[0]).toMatchObject({ heading: 'Status', body: expect.stringMatching(/^Partially Implemented in \[#1811\]/) });
  });
});
