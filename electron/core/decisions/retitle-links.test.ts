import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { importCorpusCopy, type ImportedCorpus } from '../testing/imported-corpus';
import type { TempCore } from '../testing/temp-core';

let imported: ImportedCorpus;
let core: TempCore;
let read: ImportedCorpus['read'];
let write: ImportedCorpus['write'];
let sync: ImportedCorpus['sync'];
let decisionNumbered: ImportedCorpus['decisionNumbered'];

beforeEach(async () => {
  imported = await importCorpusCopy();
  ({ core, read, write, sync, decisionNumbered } = imported);
});
afterEach(() => imported.dispose());

const ONE = '0001-record-architecture-decisions.md';
const TWO = '0002-implement-as-shell-scripts.md';
const THREE = '0003-single-command-with-subcommands.md';
const FIVE = '0005-help-comments.md';
const NINE = '0009-help-scripts.md';

const revisions = async (n: number) => call(core, 'listRevisions', { decisionId: (await decisionNumbered(n)).id });

/**
 * 0005's Status states "Amended by [9. Help scripts](0009-help-scripts.md)" (adr-tools wrote it); 0001
 * gets links in its prose with texts generated from 9's title, 0002 one with a text a person wrote.
 */
async function linkingFolder(): Promise<Record<string, string>> {
  write(ONE, read(ONE).replace('## Context\n\n', '## Context\n\nSee [9. Help scripts](0009-help-scripts.md) and [Help scripts](./0009-help-scripts.md#context).\n\n'));
  write(TWO, read(TWO).replace('## Context\n\n', '## Context\n\nAs [the help scripts decision](0009-help-scripts.md) says.\n\n'));
  expect((await sync()).pulled.sort()).toEqual([ONE, TWO]);
  return Object.fromEntries([ONE, TWO, THREE, FIVE, NINE].map((name) => [name, read(name)]));
}

async function retitleNine(title: string) {
  const nine = await decisionNumbered(9);
  return call(core, 'updateDecision', { id: nine.id, baseRevision: nine.revision, changes: { title } });
}

describe('a retitle in the app', () => {
  it('gives the links other records generated from the old title the new one, in prose and in the Status section, and nothing else', async () => {
    const before = await linkingFolder();
    const [twoRevisions, threeRevisions] = [await revisions(2), await revisions(3)];

    await retitleNine('Help scripts in a folder');

    const one = await decisionNumbered(1);
    expect(one.context).toContain('See [9. Help scripts in a folder](0009-help-scripts.md) and [Help scripts in a folder](./0009-help-scripts.md#context).');
    expect((await revisions(1))[0]?.summary).toBe('Links to 0009 show its new title “Help scripts in a folder”');
    expect((await decisionNumbered(2)).context).toContain('As [the help scripts decision](0009-help-scripts.md) says.');
    expect(await revisions(2)).toEqual(twoRevisions);
    expect(await revisions(3)).toEqual(threeRevisions);

    const result = await sync();
    // A retitle keeps the file's name (as the app always has): no rename, the links' destinations stay.
    expect(result.renamed).toEqual([]);
    expect(result.pushed.sort()).toEqual([ONE, FIVE, NINE]);
    expect(read(ONE)).toBe(before[ONE]?.replace('[9. Help scripts](0009', '[9. Help scripts in a folder](0009').replace('[Help scripts](./', '[Help scripts in a folder](./'));
    expect(read(FIVE)).toBe(before[FIVE]?.replace('Amended by [9. Help scripts]', 'Amended by [9. Help scripts in a folder]'));
    expect(read(NINE).split('\n')[0]).toBe('# 9. Help scripts in a folder');
    expect(read(TWO)).toBe(before[TWO]);
    expect(read(THREE)).toBe(before[THREE]);

    // The files read back as what was saved: the next sync finds nothing to take in or write.
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], conflicts: [], problems: [] });
    expect((await decisionNumbered(1)).context).toBe(one.context);
  });

  it('undone by retitling back, leaves every file byte for byte as it was', async () => {
    const before = await linkingFolder();
    await retitleNine('Help scripts in a folder');
    await sync();
    await retitleNine('Help scripts');
    await sync();
    for (const [name, text] of Object.entries(before)) expect(read(name), name).toBe(text);
    expect((await revisions(1))[0]?.summary).toBe('Links to 0009 show its new title “Help scripts”');
  });

  it('makes no revision of a record whose links to it a person worded', async () => {
    await linkingFolder();
    write(ONE, read(ONE).replace('[9. Help scripts](0009-help-scripts.md) and [Help scripts](./0009-help-scripts.md#context)', 'the scripts'));
    await sync();
    const oneRevisions = await revisions(1);
    await retitleNine('Help scripts in a folder');
    expect(await revisions(1)).toEqual(oneRevisions);
    expect((await sync()).pushed.sort()).toEqual([FIVE, NINE]);
  });
});

describe('a retitle in a file', () => {
  it('is taken in, and the sync gives the Status links of the other files the new title; their prose stays as written', async () => {
    const before = await linkingFolder();
    write(NINE, read(NINE).replace('# 9. Help scripts', '# 9. Help scripts in a folder'));
    const first = await sync();
    expect(first.pulled).toEqual([NINE]);
    expect((await decisionNumbered(9)).title).toBe('Help scripts in a folder');
    // Whatever that sync wrote, the next one leaves the folder settled.
    await sync();
    expect(read(FIVE)).toBe(before[FIVE]?.replace('Amended by [9. Help scripts]', 'Amended by [9. Help scripts in a folder]'));
    expect(read(ONE)).toBe(before[ONE]);
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
  });
});
