// The corpus is read from disk; only tests may touch node:*.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAdr, serializeAdr } from './adr-dialects';
import { AdrDocument, type AdrLink } from './adr-document';
import { corpusFiles, folderOf } from './corpus-files.test-support';
import { seededRandom } from './seeded-random.test-support';

const FILES = corpusFiles(fs);

/**
 * Files whose round trip is allowed to differ, each with the exact change and why. Empty: every
 * corpus file comes back byte for byte.
 */
const ACCEPTED_NORMALISATIONS: Record<string, { expected: (text: string) => string; why: string }> = {};

describe('the corpus', () => {
  it('has the files the corpus README lists, per folder', () => {
    const counts: Record<string, number> = {};
    for (const file of FILES) counts[folderOf(file.name)] = (counts[folderOf(file.name)] ?? 0) + 1;
    expect(counts).toEqual({
      'adr-tools-repo': 9,
      'adr-tools-expected': 18,
      'govuk-aws': 38,
      madr: 21,
      'madr-template': 6,
      log4brains: 20,
      nats: 52,
      nextflow: 21,
      'manage-get-gov': 32,
      compliantkubernetes: 58,
      podos: 19,
      kordis: 11,
      interlok: 13,
      'edc-connector': 108,
      'modernisation-platform': 45,
    });
  });
});

describe.each(FILES.map((file) => [file.name, file] as const))('%s', (_name, file) => {
  it('comes back byte for byte when read and written in its own dialect', () => {
    const doc = parseAdr(file.text, file.fileName);
    const accepted = ACCEPTED_NORMALISATIONS[file.name];
    expect(serializeAdr(doc)).toBe(accepted ? accepted.expected(file.text) : file.text);
  });

  it('keeps its layout through JSON (as the database stores it) and matches the document schema', () => {
    const doc = parseAdr(file.text, file.fileName);
    const stored = AdrDocument.parse(JSON.parse(JSON.stringify(doc)));
    expect(serializeAdr(stored)).toBe(serializeAdr(doc));
  });

  it('comes back byte for byte with Windows line endings and a byte-order mark', () => {
    const text = '\uFEFF' + file.text.replace(/\n/g, '\r\n');
    expect(serializeAdr(parseAdr(text, file.fileName))).toBe(text);
  });
});

describe('edits to corpus files', () => {
  const links: [string, AdrLink['direction'], string][] = [
    ['amends', 'outgoing', 'Amends'],
    ['relates-to', 'outgoing', 'Relates to'],
    ['clarifies', 'incoming', 'Clarified by'],
    ['extends', 'outgoing', 'Extends'],
  ];
  const adrs = FILES.filter((file) => !/(README|index)\.md$/.test(file.name));

  it('are read back as made, for 600 random edits (status, people, options, sections, links, id)', () => {
    const r = seededRandom(2024);
    const edits: ((doc: AdrDocument) => void)[] = [
      (d) => (d.content.status = r.pick(['accepted', 'deprecated', 'on-hold'])),
      (d) => {
        d.content.status = 'superseded';
        d.links.push({ kind: 'supersedes', direction: 'incoming', label: 'Superseded by', targetNumber: 99, targetFile: '0099-next.md', targetTitle: '99. Next' });
      },
      (d) => (d.content.date = '2030-05-06'),
      (d) => (d.content.reviewBy = r.chance(0.5) ? '2031-01-01' : null),
      (d) => (d.content.title = 'A new title'),
      (d) => (d.content.decisionMakers = r.chance(0.3) ? [] : ['Ann', 'Bo']),
      (d) => (d.content.tags = r.chance(0.3) ? [] : ['x', 'y-z']),
      (d) => d.content.options.splice(r.int(0, d.content.options.length), 0, { name: `New option ${r.int(0, 1e6)}`, description: '', pros: r.chance(0.5) ? ['fast'] : [], cons: [] }),
      (d) => d.content.options.splice(r.int(0, d.content.options.length - 1), 1),
      (d) => d.content.options[0]?.pros.push('cheap'),
      (d) => (d.content.chosenOption = r.chance(0.3) ? null : 'Something'),
      (d) => (d.content.outcome = r.chance(0.3) ? '' : 'We will do it.'),
      (d) => (d.content.context = r.chance(0.3) ? '' : 'New context.'),
      (d) => (d.content.drivers = r.chance(0.3) ? '' : '* a driver'),
      (d) => (d.content.consequences = r.chance(0.3) ? '' : 'Good things.'),
      (d) => (d.content.confirmation = r.chance(0.3) ? '' : 'A test.'),
      (d) => (d.content.moreInformation = r.chance(0.3) ? '' : 'See the wiki.'),
      (d) => d.content.extraSections.push({ heading: 'Appendix', body: 'More.' }),
      (d) => d.content.extraSections.splice(r.int(0, d.content.extraSections.length - 1), 1),
      (d) => {
        const first = d.content.extraSections[0];
        if (first) first.body = 'Changed.';
      },
      (d) => {
        const [kind, direction, label] = r.pick(links);
        d.links.push({ kind, direction, label, targetNumber: 5, targetFile: '0005-five.md', targetTitle: '5. Five' });
      },
      (d) => d.links.splice(r.int(0, d.links.length - 1), 1),
      (d) => {
        const first = d.links[0];
        if (first) Object.assign(first, { targetNumber: 77, targetFile: '0077-renumbered.md', targetTitle: '77. Renumbered' });
      },
      (d) => (d.id = r.chance(0.2) ? null : '3f0c8a52-6a7e-4b7e-9c1a-2b3c4d5e6f70'),
    ];
    const key = (link: AdrLink) => JSON.stringify([link.kind, link.direction, link.label, link.targetNumber, link.targetFile, link.targetTitle]);
    for (let i = 0; i < 600; i++) {
      const file = r.pick(adrs);
      const edited = structuredClone(parseAdr(file.text, file.fileName));
      r.times(1, 3, () => r.pick(edits)(edited));
      const written = serializeAdr(edited);
      const back = parseAdr(written, file.fileName);
      expect(back.content, `${file.name}\n${written}`).toEqual(edited.content);
      expect(back.links.map(key).sort(), file.name).toEqual(edited.links.map(key).sort());
      expect(back.id).toBe(edited.id);
      expect(serializeAdr(back), file.name).toBe(written);
    }
  });
});
