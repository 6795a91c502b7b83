import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../testing/call';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../../testing/temp-core';

// A folder as it may come out of a bad merge, a broken disk or a wrong copy: 1,000 files of which
// 100 cannot be records. The 900 come in, the 100 are reported with their reasons, nothing else is lost.

let core: TempCore;
let folder: string;
beforeEach(async () => {
  core = await openTempCore();
  folder = makeTempDir();
});
afterEach(() => {
  core.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
});

function goodRecord(n: number): string {
  return `# ${n}. Decision number ${n}\n\nDate: 2024-03-0${(n % 9) + 1}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy record ${n} was needed.\n\n## Decision\n\nWe do thing ${n}.\n\n## Consequences\n\nThing ${n} is done.\n`;
}

/** Ten ways a file can be beyond reading, each with the words its reason must contain. */
const CORRUPTIONS: { name: string; bytes: (n: number) => Buffer; reason: RegExp }[] = [
  { name: 'binary', bytes: (n) => Buffer.concat([Buffer.from(`# ${n}. Binary\n`), Buffer.from([0, 1, 2, 0, 255])]), reason: /binary/ },
  { name: 'empty', bytes: () => Buffer.alloc(0), reason: /empty/ },
  { name: 'blank', bytes: () => Buffer.from('\n \n\t\n'), reason: /empty/ },
  { name: 'untitled', bytes: () => Buffer.from('Just some notes.\n\n## Context\n\nNo heading above.\n'), reason: /no title/ },
  { name: 'empty-title', bytes: () => Buffer.from('# \n\n## Context\n\nx\n'), reason: /title is empty/ },
  { name: 'open-front-matter', bytes: (n) => Buffer.from(`---\nstatus: accepted\n# ${n}. Never closed\n`), reason: /never closed/ },
  { name: 'bad-yaml', bytes: (n) => Buffer.from(`---\nstatus: accepted\nstatus: : x\n---\n# ${n}. Bad YAML\n`), reason: /not valid YAML/ },
  { name: 'yaml-list', bytes: (n) => Buffer.from(`---\n- a\n- b\n---\n# ${n}. A list\n`), reason: /front matter/ },
  { name: 'long-title', bytes: () => Buffer.from(`# ${'Very long title '.repeat(30)}\n\n## Status\n\nAccepted\n`), reason: /title is longer than 300 characters/ },
  { name: 'huge', bytes: (n) => Buffer.from(`# ${n}. Huge\n\n## Context\n\n${'A line of a very long context.\n'.repeat(20_000)}`), reason: /longer than 500,000 characters/ },
];

describe('importing a folder with corrupt files', () => {
  it('imports the 900 readable records of 1,000 files and reports each of the 100 others with its reason', async () => {
    const corrupt = new Map<string, RegExp>();
    for (let n = 1; n <= 1000; n++) {
      const number = String(n).padStart(4, '0');
      if (n % 10 === 0) {
        const corruption = CORRUPTIONS[(n / 10) % CORRUPTIONS.length]!;
        const file = `${number}-${corruption.name}.md`;
        fs.writeFileSync(path.join(folder, file), corruption.bytes(n));
        corrupt.set(file, corruption.reason);
      } else {
        fs.writeFileSync(path.join(folder, `${number}-decision-number-${n}.md`), goodRecord(n));
      }
    }
    const workspace = await createWorkspace(core);

    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder });

    expect({ imported: report.imported, skipped: report.skipped, ignored: report.ignored }).toEqual({ imported: 900, skipped: 100, ignored: 0 });
    const skipped = report.files.filter((file) => file.outcome === 'skipped');
    expect(skipped.map((file) => file.file).sort()).toEqual([...corrupt.keys()].sort());
    for (const file of skipped) expect(file.reason, file.file).toMatch(corrupt.get(file.file)!);
    const stored = await call(core, 'searchDecisions', { workspaceId: workspace.id, limit: 1 });
    expect(stored.total).toBe(900);
    expect((await call(core, 'searchDecisions', { workspaceId: workspace.id, query: 'thing 999' })).items.map((d) => d.number)).toEqual([999]);
  });
});
