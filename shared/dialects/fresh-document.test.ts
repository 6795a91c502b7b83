import { describe, expect, it } from 'vitest';
import { BUILTIN_STATUSES } from '../domain/decision-status';
import type { ConsideredOption, DecisionContent } from '../domain/decision';
import { DIALECTS } from './adr-dialects';
import { DIALECT_IDS, type AdrDocument, type AdrLink, type DialectId } from './adr-document';
import { seededRandom, type Random } from './seeded-random.test-support';

/*
 * Property: any decision written by a dialect as a new file is read back unchanged. What a dialect
 * cannot hold: Log4brains has no number (its file names carry a date). Every dialect holds every
 * other field, with these limits the generator respects and the dialect module documents:
 *  - people are written as "A, B", so a name may not contain a comma;
 *  - a title that starts like a number ("3. …", "ADR 3: …") is read as a numbered title;
 *  - prose may not contain a heading line at section level (it would start a new section), nor, in
 *    an option's description, a "Good, because"/"Bad, because" item (it would become a pro or con);
 *  - option names are unique, so their pros and cons find them again.
 */

const WORDS = ['cache', 'queue', 'naïve', 'API', '`code`', 'latency', '*fast*', '[docs](https://example.com)', 'team', 'Kafka', 'ops', 'cost', '—', 'p99', 'build'];
const STATUSES = [...BUILTIN_STATUSES, 'on-hold', 'partly-superseded', 'implemented'];

function sentence(r: Random): string {
  const words = r.times(2, 8, () => r.pick(WORDS));
  return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

function paragraph(r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return r.times(1, 4, () => `* ${sentence(r)}`).join('\n');
    case 1:
      return ['```sh', '# a comment, not a heading', `echo ${r.pick(WORDS)}`, '```'].join('\n');
    default:
      return r.times(1, 3, () => sentence(r)).join('\n');
  }
}

function prose(r: Random, emptyChance = 0.3): string {
  return r.chance(emptyChance) ? '' : r.times(1, 3, () => paragraph(r)).join('\n\n');
}

function date(r: Random): string {
  return `${r.int(2000, 2030)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function title(r: Random): string {
  return r
    .times(1, 6, () => r.pick(WORDS.filter((w) => !w.startsWith('`'))))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}

function options(r: Random): ConsideredOption[] {
  const names = [...new Set(r.times(0, 4, () => `Use ${title(r)}`))];
  return names.map((name) => ({
    name,
    description: r.chance(0.5) ? '' : r.times(1, 2, () => sentence(r)).join('\n\n'),
    pros: r.times(0, 2, () => sentence(r)),
    cons: r.times(0, 2, () => sentence(r)),
  }));
}

function links(r: Random): AdrLink[] {
  const kinds: [string, AdrLink['direction'], string][] = [
    ['supersedes', 'outgoing', 'Supersedes'],
    ['supersedes', 'incoming', 'Superseded by'],
    ['amends', 'outgoing', 'Amends'],
    ['clarifies', 'incoming', 'Clarified by'],
    ['relates-to', 'outgoing', 'Relates to'],
    ['extends', 'outgoing', 'Extends'],
  ];
  return r.times(0, 3, () => {
    const [kind, direction, label] = r.pick(kinds);
    const n = r.int(1, 300);
    return { kind, direction, label, targetNumber: n, targetFile: `${String(n).padStart(4, '0')}-some-record.md`, targetTitle: `${n}. Some record` };
  });
}

function randomDocument(r: Random, dialect: DialectId): AdrDocument {
  const opts = options(r);
  const content: DecisionContent = {
    title: title(r),
    status: r.pick(STATUSES),
    date: date(r),
    reviewBy: r.chance(0.5) ? null : date(r),
    decisionMakers: r.times(0, 3, () => r.pick(['Ada Lovelace', 'Linus', '@grace', 'Team Blue'])),
    consulted: r.times(0, 2, () => r.pick(['Security', 'Ops'])),
    informed: r.times(0, 2, () => r.pick(['Everyone', 'Support'])),
    tags: [...new Set(r.times(0, 3, () => r.pick(['db', 'api', 'ops-2', 'ui'])))],
    context: prose(r),
    drivers: prose(r),
    options: opts,
    chosenOption: opts.length > 0 && r.chance(0.7) ? r.pick(opts).name : null,
    outcome: prose(r),
    consequences: prose(r),
    confirmation: prose(r),
    moreInformation: prose(r),
    extraSections: r.times(0, 2, (i) => ({ heading: `Appendix ${i + 1}`, body: prose(r, 0.2) })),
  };
  const id = r.chance(0.5) ? null : '8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d';
  return { dialect, id, number: r.int(1, 9999), content, links: links(r), layout: null, warnings: [] };
}

function fileNameFor(doc: AdrDocument): string {
  return doc.dialect === 'log4brains' ? `${(doc.content.date ?? '').replace(/-/g, '')}-record.md` : `${String(doc.number).padStart(4, '0')}-record.md`;
}

const linkKey = (link: AdrLink) => JSON.stringify([link.kind, link.direction, link.label, link.targetNumber, link.targetFile, link.targetTitle]);

describe.each(DIALECT_IDS)('a new %s document', (dialect) => {
  it('is read back as written, for 300 random decisions', () => {
    const r = seededRandom(DIALECT_IDS.indexOf(dialect) + 1);
    for (let i = 0; i < 300; i++) {
      const doc = randomDocument(r, dialect);
      const text = DIALECTS[dialect].serialize(doc);
      const back = DIALECTS[dialect].parse(text, fileNameFor(doc));
      expect(back.content, text).toEqual(doc.content);
      expect(back.links.map(linkKey).sort(), text).toEqual(doc.links.map(linkKey).sort());
      expect(back.id).toBe(doc.id);
      expect(back.number).toBe(dialect === 'log4brains' ? null : doc.number);
      expect(DIALECTS[dialect].serialize(back), 'writing what was read changes nothing').toBe(text);
    }
  });
});
