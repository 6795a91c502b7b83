import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError } from '../../testing/call';
import { CORPUS_FOLDERS, corpusFolder, copyCorpusFolder } from '../../testing/corpus-folders';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../../testing/temp-core';

let core: TempCore;
let scratch: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
  scratch = makeTempDir();
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('importing a folder', () => {
  it('reads an adr-tools folder with a report per file and the links between records', async () => {
    const workspace = await createWorkspace(core);
    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder('adr-tools') });

    expect(report).toMatchObject({ applied: true, linked: true, imported: 9, skipped: 0, ignored: 0 });
    const first = report.files[0];
    expect(first).toMatchObject({
      file: '0001-record-architecture-decisions.md',
      outcome: 'imported',
      dialect: 'nygard',
      number: 1,
      title: 'Record architecture decisions',
      status: 'accepted',
      date: '2016-02-12',
    });
    const list = await call(core, 'searchDecisions', { workspaceId: workspace.id, sort: 'number', order: 'asc' });
    expect(list.items.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const withLinks = await Promise.all(list.items.map((d) => call(core, 'getDecision', { id: d.id })));
    expect(withLinks.some((d) => d.links.length > 0)).toBe(true);
  });

  it('numbers Log4brains records, which have none in the file, and ignores the index and template', async () => {
    const workspace = await createWorkspace(core);
    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder('log4brains') });

    expect(report.ignored).toBe(3);
    expect(report.files.filter((f) => f.outcome === 'ignored').map((f) => f.file)).toEqual(['README.md', 'index.md', 'template.md']);
    expect(report.files.filter((f) => f.outcome === 'imported').map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const supersedes = report.files.find((f) => f.file === '20201016-use-the-adr-slug-as-its-unique-id.md');
    expect(supersedes?.links.join()).toMatch(/Supersedes/);
  });

  it('imports a record whose name mentions templates, ignoring only template files', async () => {
    const folder = copyCorpusFolder('madr-template', path.join(scratch, 'madr'));
    fs.writeFileSync(path.join(folder, '0001-use-a-template-engine.md'), '# Use a template engine\n\n## Context and Problem Statement\n\nHTML by hand is slow.\n');
    const workspace = await createWorkspace(core);
    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder });
    expect(report.files.filter((f) => f.outcome === 'imported').map((f) => f.file)).toEqual([
      '0000-use-markdown-architectural-decision-records.md',
      '0001-use-a-template-engine.md',
    ]);
    expect(report.ignored).toBe(5);
  });

  it('stores a status or date no file gives as unknown, with the source of each known one, and keeps number 0', async () => {
    const folder = path.join(scratch, 'unknowns');
    fs.mkdirSync(folder);
    const files = {
      '0000-use-markdown.md': '# Use Markdown\n\n- Status: accepted\n- Date: 2020-01-05\n\n## Context and Problem Statement\n\nWe write records.\n',
      '0001-use-postgres.md': '# 1. Use Postgres\n\n## Context\n\nWe need a database.\n\n## Decision\n\nPostgres.\n',
      '20210301-use-log4brains.md': '# Use Log4brains\n\n## Context and Problem Statement\n\nWe want a site.\n\n## Decision Outcome\n\nChosen option: "Log4brains".\n',
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
    const workspace = await createWorkspace(core);
    const preview = await call(core, 'importFolder', { workspaceId: workspace.id, folder, preview: true });
    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder });
    for (const shown of [preview, report]) {
      const postgres = shown.files.find((f) => f.file === '0001-use-postgres.md');
      expect(postgres).toMatchObject({ number: 1, status: null, date: null });
      expect(postgres?.warnings.map((w) => w.message)).toEqual(['no status', 'no date']);
    }
    const rows = await call(core, 'listDecisionRows', { workspaceId: workspace.id });
    const byFile = new Map(rows.map((row) => [row.file, row]));
    expect(byFile.get('0000-use-markdown.md')).toMatchObject({ number: 0, status: 'accepted', statusSource: 'file', date: '2020-01-05', dateSource: 'file' });
    expect(byFile.get('0001-use-postgres.md')).toMatchObject({ number: 1, status: null, statusSource: null, date: null, dateSource: null });
    expect(byFile.get('20210301-use-log4brains.md')).toMatchObject({ status: 'accepted', statusSource: 'convention', date: '2021-03-01', dateSource: 'file-name' });
    expect(await call(core, 'listDecisionRows', { workspaceId: workspace.id, status: null })).toMatchObject([{ file: '0001-use-postgres.md' }]);

    const exported = path.join(scratch, 'exported');
    await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder: exported });
    for (const [name, text] of Object.entries(files)) expect(fs.readFileSync(path.join(exported, name), 'utf8')).toBe(text);
  });

  it('previews without storing anything', async () => {
    const workspace = await createWorkspace(core);
    const preview = await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder('madr'), preview: true });

    expect(preview.applied).toBe(false);
    expect(preview.imported).toBe(19);
    // 0 is a number (issue 18): MADR's first record keeps it rather than becoming the next free one.
    expect(preview.files.find((f) => f.file === '0000-use-markdown-architectural-decision-records.md')?.number).toBe(0);
    expect((await call(core, 'searchDecisions', { workspaceId: workspace.id })).total).toBe(0);
    expect(await call(core, 'getSyncFolder', { workspaceId: workspace.id })).toBeNull();
  });

  it('skips unreadable files with the reason and line, and imports the rest', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    fs.writeFileSync(path.join(folder, '0010-binary.md'), Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01]));
    fs.writeFileSync(path.join(folder, '0011-latin1.md'), Buffer.from('# 11. Caf\xe9\n\nline two \xe9\n', 'latin1'));
    fs.writeFileSync(path.join(folder, '0012-huge.md'), `# 12. Huge\n\n${'x'.repeat(10 * 1024 * 1024)}\n`);
    fs.writeFileSync(path.join(folder, '0013-broken.md'), '---\ntitle: [unclosed\nstatus: accepted\n---\n\n# Broken front matter\n');
    fs.writeFileSync(path.join(folder, '0014-no-title.md'), 'Just some text without any heading.\n');
    const workspace = await createWorkspace(core);

    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder });

    const reasons = Object.fromEntries(report.files.filter((f) => f.outcome === 'skipped').map((f) => [f.file, f.reason]));
    expect(reasons['0010-binary.md']).toBe('0010-binary.md is a binary file (a NUL byte at line 2), not Markdown');
    expect(reasons['0011-latin1.md']).toBe('0011-latin1.md:1: not valid UTF-8 text');
    expect(reasons['0012-huge.md']).toMatch(/^0012-huge\.md is 10\.5 MB; an ADR file is at most 1 MB$/);
    expect(reasons['0013-broken.md']).toMatch(/^0013-broken\.md:3: the front matter is not valid YAML/);
    expect(reasons['0014-no-title.md']).toMatch(/^0014-no-title\.md/);
    expect(report).toMatchObject({ imported: 9, skipped: 5 });
  });

  it('stores nothing when storing one record fails part way', async () => {
    const workspace = await createWorkspace(core);
    // A second connection adds a trigger that fails the insert of one record, as a full disk would.
    const saboteur = new Database(core.dbPath);
    saboteur.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON decisions WHEN new.title = 'Help scripts' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
    saboteur.close();

    const error = await callError(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder('adr-tools') });
    expect(error.message).toMatch(/disk I\/O error/);
    expect((await call(core, 'searchDecisions', { workspaceId: workspace.id })).total).toBe(0);
    expect(await call(core, 'getSyncFolder', { workspaceId: workspace.id })).toBeNull();
    expect(await call(core, 'getLastImportReport', { workspaceId: workspace.id })).toBeNull();
    expect(await call(core, 'listDecisionFiles', { workspaceId: workspace.id })).toEqual([]);
  });

  it('refuses a path that is not a folder, naming it', async () => {
    const workspace = await createWorkspace(core);
    const error = await callError(core, 'importFolder', { workspaceId: workspace.id, folder: path.join(scratch, 'missing') });
    expect(error).toEqual({ code: 'invalid_input', message: `Cannot open the folder ${path.join(scratch, 'missing')}: no such file or folder`, field: 'folder' });
  });

  it('keeps the report of the last import', async () => {
    const workspace = await createWorkspace(core);
    await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder('nats') });
    const last = await call(core, 'getLastImportReport', { workspaceId: workspace.id });
    expect(last).toMatchObject({ folder: corpusFolder('nats'), imported: 52 });
  });

  it.each(Object.keys(CORPUS_FOLDERS) as (keyof typeof CORPUS_FOLDERS)[])('exports the %s corpus back byte for byte', async (name) => {
    const workspace = await createWorkspace(core);
    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder(name) });
    expect(report.skipped).toBe(0);
    const out = path.join(scratch, 'out');

    const result = await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder: out });

    for (const file of report.files.filter((f) => f.outcome === 'imported')) {
      expect(fs.readFileSync(path.join(out, file.file), 'utf8'), file.file).toBe(fs.readFileSync(path.join(corpusFolder(name), file.file), 'utf8'));
    }
    expect(result.written).toHaveLength(report.imported + 1);
  });
});
