import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFolder } from './decision-check';
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
    expect(findings.map((f) => `${f.severity} ${f.file}: ${f.message}`)).toEqual([
      'error 0009-another-nine.md: number 0009 is also used by 0009-help-scripts.md',
      'error 0009-help-scripts.md: number 0009 is also used by 0009-another-nine.md',
      'error 0010-thin.md: the required section "Decision" is missing or empty',
      'error 0010-thin.md: the required section "Consequences" is missing or empty',
      'error 0010-thin.md: broken link: "Amends" points at 0099-gone.md, which does not exist',
      'error 0010-thin.md: superseded, but no record is named as its successor ("Superseded by …")',
      'error 0011-binary.md: 0011-binary.md is a binary file (a NUL byte at line 1), not Markdown',
    ]);
  });
});
