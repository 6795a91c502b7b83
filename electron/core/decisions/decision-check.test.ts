import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecord } from '../../../shared/dialects/adr-dialects';
import { checkFolder, checkRecords } from './decision-check';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { makeTempDir } from '../testing/temp-core';

let scratch: string;
beforeEach(() => {
  scratch = makeTempDir();
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('checking a decisions folder', () => {
  it('passes the project\'s own decision log', () => {
    const { files, findings } = checkFolder(path.resolve(__dirname, '../../../docs/decisions'), '2026-11-29');
    expect(files).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });

  it('passes a clean adr-tools folder', () => {
    expect(checkFolder(copyCorpusFolder('adr-tools', path.join(scratch, 'adr')), '2026-11-29').findings).toEqual([]);
  });

  it('finds missing sections, broken links, duplicate numbers, a superseded record without successor and unreadable files', () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    fs.writeFileSync(
      path.join(folder, '0010-thin.md'),
      '# 10. Thin\n\nDate: 2025-01-01\n\n## Status\n\nSuperseded\n\nAmends [99. Gone](0099-gone.md)\n\n## Context\n\nOnly context.\n',
    );
    fs.writeFileSync(path.join(folder, '0009-another-nine.md'), '# 9. Another nine\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n');
    fs.writeFileSync(path.join(folder, '0011-binary.md'), Buffer.from([0, 1, 2]));

    const { findings } = checkFolder(folder, '2026-11-29');
    expect(findings.map((f) => `${f.severity} ${f.file}:${f.line}: ${f.message}`)).toEqual([
      'error 0009-another-nine.md:1: number 0009 is also used by 0009-help-scripts.md',
      'error 0009-help-scripts.md:1: number 0009 is also used by 0009-another-nine.md',
      'error 0010-thin.md:1: the required section "Decision" is missing',
      'error 0010-thin.md:1: the required section "Consequences" is missing',
      'error 0010-thin.md:5: superseded, but no record is named as its successor ("Superseded by …")',
      'error 0010-thin.md:9: broken link: "Amends" points at 0099-gone.md, which does not exist',
      'error 0011-binary.md:1: 0011-binary.md is a binary file (a NUL byte at line 1), not Markdown',
    ]);
  });

  const nygard = (number: number, title: string, status: string, body = 'Some context.') =>
    `# ${number}. ${title}\n\nDate: 2025-01-0${number}\n\n## Status\n\n${status}\n\n## Context\n\n${body}\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nFine.\n`;

  it('counts a supersede link followed by a full stop, and a section written only in subsections', () => {
    fs.writeFileSync(path.join(scratch, '0001-first.md'), nygard(1, 'First', 'Superseded by [2. Second](0002-second.md).').replace('## Decision\n\nWe do it.', '## Decision\n\n### Option A\n\nWe pick A.'));
    fs.writeFileSync(path.join(scratch, '0002-second.md'), nygard(2, 'Second', 'Accepted\n\nSupersedes [1. First](0001-first.md)'));
    expect(checkFolder(scratch, '2026-11-29').findings).toEqual([]);
  });

  it('warns of a record superseded by a successor that is not accepted (the supersede rule)', () => {
    fs.writeFileSync(path.join(scratch, '0001-first.md'), nygard(1, 'First', 'Superseded by [2. Second](0002-second.md)'));
    fs.writeFileSync(path.join(scratch, '0002-second.md'), nygard(2, 'Second', 'Proposed\n\nSupersedes [1. First](0001-first.md)'));
    expect(checkFolder(scratch, '2026-11-29').findings).toEqual([
      { severity: 'warning', file: '0001-first.md', line: 5, message: 'superseded by 0002-second.md, which is proposed: a decision is superseded once its successor is accepted' },
    ]);
  });

  it('finds the outcome under any heading level and under the names real folders give it', () => {
    fs.writeFileSync(path.join(scratch, '0001-deep.md'), '---\nstatus: accepted\ndate: 2025-01-01\n---\n# Use X\n\n## Context and Problem Statement\n\nWhy.\n\n### Decision Outcome\n\nChosen option: "X", because it is good.\n');
    fs.writeFileSync(path.join(scratch, '0002-solution.md'), '---\nstatus: accepted\ndate: 2025-01-02\n---\n# Use Y\n\n## Problem Statement\n\nWhy.\n\n## Solution or decision outcome\n\nY.\n');
    fs.writeFileSync(path.join(scratch, '0003-empty.md'), '---\nstatus: accepted\ndate: 2025-01-03\n---\n# Use Z\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\n<!-- to be filled -->\n\n## Links\n');
    expect(checkFolder(scratch, '2026-11-29').findings).toEqual([
      { severity: 'error', file: '0003-empty.md', line: 11, message: 'the required section "Decision Outcome" is empty' },
    ]);
  });

  it('finds broken links in the text, on their line, and checks a link out of the folder on disk', () => {
    fs.mkdirSync(path.join(scratch, 'adr'));
    fs.writeFileSync(path.join(scratch, 'README.md'), '# Docs\n');
    fs.writeFileSync(
      path.join(scratch, 'adr', '0001-first.md'),
      nygard(1, 'First', 'Accepted', 'See [the docs](../README.md), [the guide](../guide.md#setup) and [a site](https://example.com/x.md).\n\n```\n[in code](0009-nope.md)\n```'),
    );
    expect(checkFolder(path.join(scratch, 'adr'), '2026-11-29').findings).toEqual([
      { severity: 'error', file: '0001-first.md', line: 11, message: 'broken link: "the guide" points at ../guide.md, which does not exist' },
    ]);
  });

  it('warns of a status or date the file does not give, or gives as an unfilled placeholder, on its line', () => {
    fs.writeFileSync(path.join(scratch, '0001-bare.md'), '# 1. Bare\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n');
    fs.writeFileSync(path.join(scratch, '0002-template.md'), nygard(2, 'Template', 'Accepted or Rejected').replace('Date: 2025-01-02', 'Date: YYYY-MM-DD'));
    expect(checkFolder(scratch, '2026-11-29').findings.map((f) => `${f.severity} ${f.file}:${f.line}: ${f.message}`)).toEqual([
      'warning 0001-bare.md:1: no status: the file gives none, so Cairn shows "No status" and writes none',
      'warning 0001-bare.md:1: no date: the file gives none, so Cairn shows "No date" and writes none',
      'warning 0002-template.md:3: the date is a template\'s placeholder, not filled in: "YYYY-MM-DD"',
      'warning 0002-template.md:7: the status is a template\'s placeholder, not filled in: "Accepted or Rejected"',
    ]);
  });

  it('warns of a stored decision without a status or date, without a line', () => {
    const content = { ...readBack(nygard(1, 'Stored', 'Accepted')), status: null, date: null };
    expect(checkRecords([{ file: '0001-stored.md', number: 1, dialect: 'nygard', content, links: [], written: null }], '2026-11-29')).toEqual([
      { severity: 'warning', file: '0001-stored.md', line: null, message: 'no status: Cairn shows "No status" until one is chosen' },
      { severity: 'warning', file: '0001-stored.md', line: null, message: 'no date: Cairn shows "No date" until one is given' },
    ]);
  });
});

function readBack(text: string) {
  return readRecord(text, '0001-stored.md').content;
}
