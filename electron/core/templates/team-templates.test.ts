import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase } from '../db';
import { call, callError } from '../testing/call';
import { CORPUS_ROOT, copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let scratch: string;
let workspaceId: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2026-12-03T12:00:00Z').now });
  scratch = makeTempDir();
  workspaceId = (await createWorkspace(core)).id;
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** adr-tools' own project template, from its test transcript. */
const ADR_TOOLS_TEMPLATE = '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nThe issue motivating this decision.\n\n## Decision\n\nThe change that we are proposing.\n\n## Consequences\n\nWhat becomes easier or harder.\n\n## Info\n\nADR Number: NUMBER\n';
const MADR_TEMPLATE = fs.readFileSync(path.join(CORPUS_ROOT, 'madr/docs/decisions/adr-template.md'), 'utf8');

describe('the team templates migration', () => {
  it('adds the table to a database of the schema before, keeping its workspaces', async () => {
    const dataDir = makeTempDir();
    // A database as the release before left it: every step up to 12, and a workspace in it.
    const old = await openDatabase(path.join(dataDir, 'cairn.db'), { migrations: MIGRATIONS.slice(0, 12) });
    const id = '0b7e2c5c-52a4-4d1a-9d43-6c2d1f0e9a11';
    old.prepare("INSERT INTO workspaces (id, name, created_at) VALUES (?, 'Old one', '2026-01-01T00:00:00Z')").run(id);
    expect(old.pragma('user_version', { simple: true })).toBe(12);
    expect(old.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'team_templates'").pluck().get()).toBe(0);
    old.close();

    const after = await openTempCore({}, dataDir);
    try {
      const created = await call(after, 'createTeamTemplate', { workspaceId: id, name: 'Lightweight', body: ADR_TOOLS_TEMPLATE });
      expect((await call(after, 'listTemplates', { workspaceId: id })).team).toEqual([created]);
      expect((await call(after, 'listWorkspaces', {})).map((w) => w.name)).toEqual(['Old one']);
    } finally {
      after.dispose();
    }
  });
});

describe('team templates', () => {
  it('adds, lists by name, edits and deletes them, with the dialect their Markdown is in', async () => {
    const nygard = await call(core, 'createTeamTemplate', { workspaceId, name: '  Lightweight ', body: ADR_TOOLS_TEMPLATE });
    expect(nygard).toMatchObject({ name: 'Lightweight', dialect: 'nygard', createdAt: '2026-12-03T12:00:00.000Z' });
    const madr = await call(core, 'createTeamTemplate', { workspaceId, name: 'Full MADR', body: MADR_TEMPLATE });
    expect(madr.dialect).toBe('madr4');
    expect((await call(core, 'listTemplates', { workspaceId })).team.map((t) => t.name)).toEqual(['Full MADR', 'Lightweight']);

    const edited = await call(core, 'updateTeamTemplate', { id: nygard.id, name: 'Short', body: '# TITLE\n\n## Context\n\nWhy.\n' });
    expect(edited).toMatchObject({ id: nygard.id, name: 'Short', body: '# TITLE\n\n## Context\n\nWhy.\n' });
    expect(await call(core, 'deleteTeamTemplate', { id: nygard.id })).toEqual({ id: nygard.id });
    expect((await call(core, 'listTemplates', { workspaceId })).team.map((t) => t.name)).toEqual(['Full MADR']);
    expect(await callError(core, 'deleteTeamTemplate', { id: nygard.id })).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('says which field is wrong: a missing name, a duplicate one in any case, a built-in one, no Markdown', async () => {
    expect(await callError(core, 'createTeamTemplate', { workspaceId, name: '  ', body: ADR_TOOLS_TEMPLATE })).toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: expect.stringContaining('Name is required'),
    });
    expect(await callError(core, 'createTeamTemplate', { workspaceId, name: 'Short', body: '' })).toMatchObject({ field: 'body', message: expect.stringContaining('Markdown is required') });
    const first = await call(core, 'createTeamTemplate', { workspaceId, name: 'Lightweight', body: ADR_TOOLS_TEMPLATE });
    expect(await callError(core, 'createTeamTemplate', { workspaceId, name: 'LIGHTWEIGHT', body: MADR_TEMPLATE })).toMatchObject({
      code: 'conflict',
      field: 'name',
      message: 'A template named “Lightweight” already exists in this workspace; choose another name',
    });
    expect(await callError(core, 'createTeamTemplate', { workspaceId, name: 'madr 4', body: MADR_TEMPLATE })).toMatchObject({ code: 'conflict', field: 'name' });
    const second = await call(core, 'createTeamTemplate', { workspaceId, name: 'Other', body: MADR_TEMPLATE });
    expect(await callError(core, 'updateTeamTemplate', { id: second.id, name: 'lightweight', body: MADR_TEMPLATE })).toMatchObject({ code: 'conflict', field: 'name' });
    // Its own name, in another case, is no clash.
    expect((await call(core, 'updateTeamTemplate', { id: first.id, name: 'LightWeight', body: ADR_TOOLS_TEMPLATE })).name).toBe('LightWeight');
    // Another workspace may use the same name.
    const other = await createWorkspace(core, 'Other team');
    expect((await call(core, 'createTeamTemplate', { workspaceId: other.id, name: 'Lightweight', body: MADR_TEMPLATE })).name).toBe('Lightweight');
  });
});

describe('template files of the linked folder', () => {
  it('offers the folder’s templates by name and never imports them as records', async () => {
    const folder = path.join(scratch, 'adr');
    fs.cpSync(path.join(CORPUS_ROOT, 'nextflow/adr'), folder, { recursive: true });
    fs.copyFileSync(path.join(CORPUS_ROOT, 'madr/docs/decisions/adr-template.md'), path.join(folder, 'adr-template.md'));
    fs.mkdirSync(path.join(folder, 'templates'));
    fs.writeFileSync(path.join(folder, 'templates', 'template.md'), ADR_TOOLS_TEMPLATE);
    const report = await call(core, 'importFolder', { workspaceId, folder });
    const ignored = report.files.filter((file) => file.outcome === 'ignored').map((file) => file.file);
    expect(ignored).toEqual(['YYYYMMDD-template-name.md', 'adr-template.md']);
    expect(report.files.find((file) => file.file === 'YYYYMMDD-template-name.md')?.decisionId ?? null).toBeNull();

    const listed = await call(core, 'listTemplates', { workspaceId });
    expect(listed.folder).toEqual([
      { name: 'YYYYMMDD-template-name.md', dialect: 'log4brains' },
      { name: 'adr-template.md', dialect: 'madr4' },
      { name: 'templates/template.md', dialect: 'nygard' },
    ]);
    expect(listed.unreadable).toEqual([]);
    // Still no record of them once synced.
    expect((await call(core, 'syncWorkspace', { workspaceId })).pulled).toEqual([]);
    expect((await call(core, 'listDecisionFiles', { workspaceId })).map((f) => f.file)).not.toContain('YYYYMMDD-template-name.md');
  });

  it('does not follow a link out of the folder, and a bad file fails alone with its name', async () => {
    const folder = copyCorpusFolder('log4brains', path.join(scratch, 'adr'));
    const outside = path.join(scratch, 'secret.md');
    fs.writeFileSync(outside, '# Secret\n\n## Context\n\nNot for the folder.\n');
    fs.symlinkSync(outside, path.join(folder, 'adr-template.md'));
    fs.mkdirSync(path.join(scratch, 'elsewhere'));
    fs.writeFileSync(path.join(scratch, 'elsewhere', 'template.md'), '# Elsewhere\n');
    fs.symlinkSync(path.join(scratch, 'elsewhere'), path.join(folder, 'templates'));
    fs.writeFileSync(path.join(folder, 'template-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x41]));
    await call(core, 'linkSyncFolder', { workspaceId, path: folder });

    const listed = await call(core, 'listTemplates', { workspaceId });
    expect(listed.folder).toEqual([{ name: 'template.md', dialect: 'log4brains' }]);
    expect(listed.unreadable).toEqual([{ name: 'template-binary.md', reason: 'template-binary.md is a binary file (a NUL byte at line 1), not Markdown' }]);
    expect(await callError(core, 'previewNewDecision', { workspaceId, content: { title: 'X' }, from: { kind: 'folder', name: 'adr-template.md' } })).toMatchObject({
      code: 'not_found',
      field: 'from.name',
    });
    expect(await callError(core, 'previewNewDecision', { workspaceId, content: { title: 'X' }, from: { kind: 'folder', name: 'template-binary.md' } })).toMatchObject({
      field: 'from.name',
      message: expect.stringContaining('template-binary.md is a binary file'),
    });
  });
});

describe('a new decision from a template', () => {
  it('fills an adr-tools template of the folder, and the file written on sync reads back as that decision', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    fs.mkdirSync(path.join(folder, 'templates'));
    fs.writeFileSync(path.join(folder, 'templates', 'template.md'), ADR_TOOLS_TEMPLATE);
    await call(core, 'importFolder', { workspaceId, folder });

    const from = { kind: 'folder', name: 'templates/template.md' } as const;
    const preview = await call(core, 'previewNewDecision', { workspaceId, content: { title: 'Use Rust' }, from });
    expect(preview.template).toBe('nygard');
    expect(preview.content).toMatchObject({ title: 'Use Rust', status: 'proposed', date: '2026-12-03', context: 'The issue motivating this decision.' });
    expect(preview.content.extraSections).toEqual([expect.objectContaining({ heading: 'Info', body: 'ADR Number: 10' })]);

    const created = await call(core, 'createDecision', { workspaceId, content: { title: 'Use Rust' }, from });
    expect(created).toMatchObject({ number: 10, template: 'nygard', outcome: 'The change that we are proposing.' });
    expect((await call(core, 'listRevisions', { decisionId: created.id }))[0]?.summary).toBe('Created from templates/template.md of the folder');

    const synced = await call(core, 'syncWorkspace', { workspaceId });
    expect(synced.pushed).toEqual(['0010-use-rust.md']);
    const text = fs.readFileSync(path.join(folder, '0010-use-rust.md'), 'utf8');
    expect(text).toContain('# 10. Use Rust');
    expect(text).toContain('## Info\n\nADR Number: 10');
    // Read back: a second sync finds nothing to bring in, and the decision is as it was made.
    expect(await call(core, 'syncWorkspace', { workspaceId })).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
    const again = await call(core, 'getDecision', { id: created.id });
    expect({ ...again, updatedAt: null, revision: null }).toEqual({ ...created, updatedAt: null, revision: null });
  });

  it('takes a team template’s MADR text, leaving its {…} placeholders for the author', async () => {
    const folder = path.join(scratch, 'empty');
    fs.mkdirSync(folder);
    await call(core, 'linkSyncFolder', { workspaceId, path: folder });
    const template = await call(core, 'createTeamTemplate', { workspaceId, name: 'Full MADR', body: MADR_TEMPLATE });
    const created = await call(core, 'createDecision', { workspaceId, content: { title: 'Pick a queue' }, from: { kind: 'team', id: template.id } });
    expect(created.template).toBe('madr4');
    expect(created.title).toBe('Pick a queue');
    expect(created.context).toMatch(/^\{Describe the context and problem statement/);
    expect(created.options.length).toBeGreaterThan(1);

    const synced = await call(core, 'syncWorkspace', { workspaceId });
    expect(synced.pushed).toHaveLength(1);
    const text = fs.readFileSync(path.join(folder, synced.pushed[0] as string), 'utf8');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('# Pick a queue');
    expect(text).toContain('{Describe the context and problem statement');
    expect(await call(core, 'syncWorkspace', { workspaceId })).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
    const again = await call(core, 'getDecision', { id: created.id });
    expect({ ...again, updatedAt: null, revision: null }).toEqual({ ...created, updatedAt: null, revision: null });

    // Deleting the template leaves the decision's text as it is.
    await call(core, 'deleteTeamTemplate', { id: template.id });
    expect((await call(core, 'getDecision', { id: created.id })).context).toBe(created.context);
    expect(await callError(core, 'createDecision', { workspaceId, content: { title: 'Next' }, from: { kind: 'team', id: template.id } })).toMatchObject({ code: 'not_found', field: 'from.id' });
  });
});
