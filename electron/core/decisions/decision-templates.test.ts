import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecord } from '../../../shared/dialects/adr-dialects';
import { KNOWN_TEMPLATE_IDS, TEMPLATES } from '../../../shared/domain/template';
import { call } from '../testing/call';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';
import { checkFolder } from './decision-check';

let core: TempCore;
let folder: string;
let workspaceId: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
  folder = path.join(makeTempDir(), 'adr');
  fs.mkdirSync(folder);
  workspaceId = (await createWorkspace(core)).id;
  await call(core, 'linkSyncFolder', { workspaceId, path: folder });
});
afterEach(() => {
  core.dispose();
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});

describe('a decision created from each template', () => {
  it.each(KNOWN_TEMPLATE_IDS)('from %s is written in that dialect, under its headings, and passes the check once filled in', async (template) => {
    const decision = await call(core, 'createDecision', {
      workspaceId,
      template,
      content: { title: `Use ${template}`, context: 'Why we decide.', outcome: 'What we chose.', consequences: 'What follows.' },
      links: [],
    });
    expect(decision.template).toBe(template);
    await call(core, 'syncWorkspace', { workspaceId });

    const [name] = fs.readdirSync(folder).filter((file) => file !== 'README.md');
    if (name === undefined) throw new Error('no file was written');
    expect(name).toBe(template === 'log4brains' ? '20250615-use-log4brains.md' : `0001-use-${template}.md`);
    const text = fs.readFileSync(path.join(folder, name), 'utf8');
    const read = readRecord(text, name);
    // A MADR 3 file without people is byte for byte a MADR 4 one, so a reader may name either.
    expect(template === 'madr3' ? ['madr3', 'madr4'] : [template]).toContain(read.dialect);
    expect(read.content).toMatchObject({ title: `Use ${template}`, status: 'proposed', date: '2025-06-15', context: 'Why we decide.' });
    for (const section of TEMPLATES[template].sections.filter((s) => s.required && s.field !== 'options')) expect(text).toContain(`## ${section.heading}\n`);
    expect(checkFolder(folder, '2025-06-15').findings).toEqual([]);
  });
});
