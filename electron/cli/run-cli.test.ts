import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../shared/api/contract';
import { corpusFolder, copyCorpusFolder } from '../core/testing/corpus-folders';
import { flipBytes } from '../core/testing/damaged-database-file';
import { gitIn, isolateGitConfig } from '../core/testing/git-repositories';
import { makeTempDir } from '../core/testing/temp-core';
import { openCore } from '../core/core';
import { acquireDataDirLock } from '../host/data-dir-lock';
import { runCli } from './run-cli';

let scratch: string;
let dataDir: string;

beforeEach(() => {
  scratch = makeTempDir();
  dataDir = path.join(scratch, 'data');
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function cairn(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env: {},
    interactive: false,
    now: () => new Date('2026-11-29T12:00:00Z'),
  });
  return { code, out, err };
}

/** searchDecisions input for every decision (by number) or every match (most relevant first). */
function page(workspaceId: string, query: string): ParsedInput<'searchDecisions'> {
  const text = query !== '';
  return { workspaceId, query, statuses: [], tags: [], undated: false, sort: text ? 'relevance' : 'number', order: text ? 'desc' : 'asc', offset: 0, limit: 1000 };
}

describe('cairn CLI', () => {
  it('waits for another Cairn holding the data directory before work on a folder, runs once it lets go, and leaves no lock behind', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    const held = await acquireDataDirLock(dataDir, { owner: 'the web host' });
    setTimeout(() => held.release(), 300);
    expect(await cairn('--data-dir', dataDir, 'init', '--folder', path.join(dataDir, 'adr'))).toMatchObject({ code: 0, err: '' });
    expect(fs.existsSync(path.join(dataDir, 'cairn.lock'))).toBe(false);
  });

  it('reads and writes records at once while a host holds the data directory and its database is open', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    const held = await acquireDataDirLock(dataDir, { owner: 'the web host' });
    const host = await openCore(dataDir);
    try {
      const events: string[] = [];
      host.subscribe((event) => events.push(event.scope));
      expect(await cairn('--data-dir', dataDir, 'init', 'Beside the app')).toMatchObject({ code: 0, err: '' });
      expect(await cairn('--data-dir', dataDir, 'new', 'Use', 'the', 'CLI', 'beside', 'the', 'app')).toMatchObject({ code: 0, err: '' });
      const list = await cairn('--data-dir', dataDir, 'list');
      expect(list).toMatchObject({ code: 0, err: '' });
      expect(list.out).toContain('Use the CLI beside the app');
      // The host sees the other process's commits and tells its windows.
      expect(host.noticeOtherWrites()).toBe(true);
      expect(events).toEqual(['everything']);
      expect((await host.call('listWorkspaces', {})).map((workspace) => workspace.decisionCount)).toEqual([1]);
    } finally {
      host.close();
      held.release();
    }
  });

  it('imports a folder and lists it as JSON with the fields scripts rely on', async () => {
    const imported = await cairn('--data-dir', dataDir, 'import', corpusFolder('adr-tools'));
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain('Imported 9 of 9 files');

    const list = await cairn('--data-dir', dataDir, 'list', '--json');
    const rows = JSON.parse(list.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(9);
    expect(Object.keys(rows[0] as object).sort()).toEqual(['date', 'dateSource', 'file', 'id', 'links', 'number', 'status', 'statusSource', 'tags', 'title']);
    expect(rows[0]).toMatchObject({ number: 1, title: 'Record architecture decisions', status: 'accepted', statusSource: 'file', date: '2016-02-12', dateSource: 'file', file: '0001-record-architecture-decisions.md' });
  });

  it('prints list --json and search --json byte for byte as before: links both ways, a file or null, no decision from the trash', async () => {
    await cairn('--data-dir', dataDir, 'import', corpusFolder('adr-tools'));
    // The rows as the CLI used to build them: a search page, then getDecision per row for its links.
    const expected = new Map<string, string>();
    const core = await openCore(dataDir);
    try {
      const workspaceId = (await core.call('listWorkspaces', {}))[0]!.id;
      const first = (await core.call('searchDecisions', page(workspaceId, ''))).items[0]!;
      const fresh = await core.call('createDecision', { workspaceId, template: 'madr4', content: { title: 'Record decisions in Markdown' }, links: [{ kind: 'supersedes', toId: first.id }] });
      const trashed = await core.call('createDecision', { workspaceId, template: 'madr4', content: { title: 'Trashed' }, links: [{ kind: 'relates-to', toId: fresh.id }] });
      await core.call('deleteDecision', { id: trashed.id });
      const files = new Map((await core.call('listDecisionFiles', { workspaceId })).map((f) => [f.decisionId, f.file]));
      for (const query of ['', 'record']) {
        const rows = [];
        for (const item of (await core.call('searchDecisions', page(workspaceId, query))).items) {
          const d = await core.call('getDecision', { id: item.id });
          const links = d.links.map((l) => ({ kind: l.kind, direction: l.direction, number: l.otherNumber, id: l.otherId }));
          // Where the status and date come from follow each (issue 18).
          rows.push({ id: d.id, number: d.number, title: d.title, status: d.status, statusSource: d.statusSource, date: d.date, dateSource: d.dateSource, tags: d.tags, links, file: files.get(d.id) ?? null });
        }
        expected.set(query, `${JSON.stringify(rows, null, 2)}\n`);
      }
    } finally {
      core.close();
    }
    const list = await cairn('--data-dir', dataDir, 'list', '--json');
    expect(list).toEqual({ code: 0, out: expected.get(''), err: '' });
    expect(list.out).toContain('"file": null');
    expect(list.out).toContain('"direction": "incoming"');
    expect(list.out).not.toContain('Trashed');
    const search = await cairn('--data-dir', dataDir, 'search', 'record', '--json');
    expect(search).toEqual({ code: 0, out: expected.get('record'), err: '' });
  });

  it('exits 1 and names each skipped file on stderr', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    fs.writeFileSync(path.join(folder, '0010-binary.md'), Buffer.from([0, 1, 2]));
    const result = await cairn('--data-dir', dataDir, 'import', folder);
    expect(result.code).toBe(1);
    expect(result.err).toBe('skipped 0010-binary.md: 0010-binary.md is a binary file (a NUL byte at line 1), not Markdown\n');
  });

  it('takes the data directory from CAIRN_DATA_DIR', async () => {
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => undefined, env: { CAIRN_DATA_DIR: dataDir }, interactive: false, now: () => new Date() };
    expect(await runCli(['init', 'Platform'], io)).toBe(0);
    expect(out).toBe('Created workspace "Platform"\n');
    expect(fs.existsSync(path.join(dataDir, 'cairn.db'))).toBe(true);
  });

  it('creates, shows and searches decisions', async () => {
    await cairn('--data-dir', dataDir, 'init');
    expect((await cairn('--data-dir', dataDir, 'new', 'Use', 'PostgreSQL', '--tag', 'storage')).out).toBe('Created 0001 Use PostgreSQL\n');
    const shown = await cairn('--data-dir', dataDir, 'show', '1');
    expect(shown.out.split('\n')[0]).toBe('# 0001. Use PostgreSQL');
    const found = await cairn('--data-dir', dataDir, 'search', 'postgres*', '--json');
    expect((JSON.parse(found.out) as { title: string; tags: string[] }[]).map((d) => [d.title, d.tags])).toEqual([['Use PostgreSQL', ['storage']]]);
    expect((await cairn('--data-dir', dataDir, 'show', '7')).err).toBe('cairn: No decision 0007 in this workspace\n');
  });

  it('exports byte for byte and a second export writes nothing', async () => {
    await cairn('--data-dir', dataDir, 'import', corpusFolder('madr'));
    const out = path.join(scratch, 'out');
    const first = await cairn('--data-dir', dataDir, 'export', out, '--json');
    expect(JSON.parse(first.out)).toMatchObject({ unchanged: 0, index: 'README.md' });
    const name = '0013-use-yaml-front-matter-for-meta-data.md';
    expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(fs.readFileSync(path.join(corpusFolder('madr'), name), 'utf8'));
    const mtime = fs.statSync(path.join(out, name)).mtimeMs;

    const second = await cairn('--data-dir', dataDir, 'export', out);
    expect(second.out).toBe(`Exported to ${out}: 0 written, 20 unchanged\n`);
    expect(fs.statSync(path.join(out, name)).mtimeMs).toBe(mtime);
  });

  it('prints the table of contents an export writes as README.md', async () => {
    await cairn('--data-dir', dataDir, 'import', copyCorpusFolder('adr-tools', path.join(scratch, 'adr')));
    const toc = await cairn('--data-dir', dataDir, 'toc');
    expect(toc.code).toBe(0);
    expect(toc.out).toContain('* [2. Implement as shell scripts](0002-implement-as-shell-scripts.md)');
    const out = path.join(scratch, 'out');
    await cairn('--data-dir', dataDir, 'export', out);
    expect(toc.out).toBe(fs.readFileSync(path.join(out, 'README.md'), 'utf8'));
  });

  it('exports in a chosen dialect', async () => {
    await cairn('--data-dir', dataDir, 'import', corpusFolder('madr'));
    const out = path.join(scratch, 'nygard');
    expect((await cairn('--data-dir', dataDir, 'export', out, '--dialect', 'nygard')).code).toBe(0);
    const text = fs.readFileSync(path.join(out, '0013-use-yaml-front-matter-for-metadata.md'), 'utf8');
    expect(text.split('\n')[0]).toBe('# 13. Use YAML front matter for metadata');
    // The file gives no status: converted, it states none rather than an assumed "Accepted" (issue 18).
    expect(text).not.toContain('## Status');
  });

  it('syncs an edit made on disk and reports conflicts with exit 1', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await cairn('--data-dir', dataDir, 'import', folder);
    const file = path.join(folder, '0004-markdown-format.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Accepted', 'Deprecated'));
    expect((await cairn('--data-dir', dataDir, 'sync')).out).toBe('Synced: 1 in, 0 out, 0 deleted, 0 renamed, 0 conflicts\n');
    expect(JSON.parse((await cairn('--data-dir', dataDir, 'show', '4', '--json')).out)).toMatchObject({ status: 'deprecated' });
  });

  it('prints what a sync would do with --dry-run, and changes nothing', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await cairn('--data-dir', dataDir, 'import', folder);
    expect((await cairn('--data-dir', dataDir, 'sync', '--dry-run')).out).toBe('In step: a sync now would change nothing.\n');
    const file = path.join(folder, '0004-markdown-format.md');
    const edited = fs.readFileSync(file, 'utf8').replace('Accepted', 'Deprecated');
    fs.writeFileSync(file, edited);
    fs.rmSync(path.join(folder, '0005-help-comments.md'));

    const dry = await cairn('--data-dir', dataDir, 'sync', '--dry-run');
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toBe(
      [
        'Would sync: 1 in, 0 out, 1 deleted, 0 renamed, 0 conflicts',
        "  pull    0004-markdown-format.md  0004 Edited on disk: the file’s version comes into Cairn",
        '  delete  0005-help-comments.md  0005 Deleted on disk: the decision goes to the trash',
        'Nothing was changed (dry run).',
        '',
      ].join('\n'),
    );
    const plan = JSON.parse((await cairn('--data-dir', dataDir, 'sync', '--dry-run', '--json')).out) as { counts: { in: number } };
    expect(plan.counts.in).toBe(1);
    expect(JSON.parse((await cairn('--data-dir', dataDir, 'show', '4', '--json')).out)).toMatchObject({ status: 'accepted' });
    expect(JSON.parse((await cairn('--data-dir', dataDir, 'list', '--json')).out)).toHaveLength(9);
    expect((await cairn('--data-dir', dataDir, 'sync')).out).toBe('Synced: 1 in, 1 out, 1 deleted, 0 renamed, 0 conflicts\n');
  });

  it('changes nothing when the folder lost its files, says so, and deletes only with --force', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await cairn('--data-dir', dataDir, 'import', folder);
    const aside = path.join(scratch, 'aside');
    fs.renameSync(folder, aside);
    fs.mkdirSync(folder);
    const lost = 'The folder lost 9 of 9 files since the last sync. Was it moved or unmounted? Nothing was changed.';
    const hint = 'If the files were deleted on purpose, run `cairn sync --force` to move their decisions to the trash.';

    expect(await cairn('--data-dir', dataDir, 'sync')).toEqual({ code: 1, out: `${lost}\n${hint}\n`, err: '' });
    expect(await cairn('--data-dir', dataDir, 'sync', '--dry-run')).toEqual({ code: 1, out: `${lost}\n${hint}\n`, err: '' });
    expect(JSON.parse((await cairn('--data-dir', dataDir, 'list', '--json')).out)).toHaveLength(9);

    fs.rmSync(folder, { recursive: true });
    const missing = await cairn('--data-dir', dataDir, 'sync', '--force');
    expect(missing).toMatchObject({ code: 1, err: '' });
    expect(missing.out).toBe(`The folder ${folder} is not there. Was it moved, renamed, or is it on a drive that is not connected? Nothing was changed: connect the drive or link the folder again.\n`);

    fs.mkdirSync(folder);
    expect(await cairn('--data-dir', dataDir, 'sync', '--force')).toMatchObject({ code: 0, out: 'Synced: 0 in, 0 out, 9 deleted, 0 renamed, 0 conflicts\n' });
    expect(JSON.parse((await cairn('--data-dir', dataDir, 'list', '--json')).out)).toHaveLength(0);
  });

  it('checks a folder and exits non-zero on errors', async () => {
    expect(await cairn('check', path.resolve(__dirname, '../../docs/decisions'))).toMatchObject({ code: 0, err: '' });
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    fs.writeFileSync(path.join(folder, '0009-again.md'), '# 9. Again\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nA\n\n## Decision\n\nB\n\n## Consequences\n\nC\n');
    const result = await cairn('check', folder);
    expect(result.code).toBe(1);
    expect(result.out).toContain('0009-again.md:1: error: number 0009 is also used by 0009-help-scripts.md');
    expect(result.out).toContain('Checked 10 records: 2 errors, 0 warnings');
  });

  it('checks the workspace itself, warning of a passed review date', async () => {
    await cairn('--data-dir', dataDir, 'init');
    await cairn('--data-dir', dataDir, 'new', 'Thin', '--template', 'nygard');
    const result = await cairn('--data-dir', dataDir, 'check', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({ checked: 1, errors: 3 });
  });

  it('makes a decision from a team template or a template file of the linked folder, and lists the valid names for an unknown one', async () => {
    const folder = path.join(scratch, 'adr');
    fs.mkdirSync(path.join(folder, 'templates'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'templates', 'template.md'), '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nOurs.\n\n## Decision\n\nWe will.\n\n## Consequences\n\nSome.\n');
    await cairn('--data-dir', dataDir, 'init', 'Team', '--folder', folder);
    const core = await openCore(dataDir);
    try {
      const [ws] = await core.call('listWorkspaces', {});
      await core.call('createTeamTemplate', { workspaceId: ws?.id as string, name: 'Lightweight', body: '# Title\n\n## Context and Problem Statement\n\nTeam words.\n' });
    } finally {
      core.close();
    }
    const fromFolder = await cairn('--data-dir', dataDir, 'new', 'Use Rust', '--template', 'template.md', '--json');
    expect(fromFolder.code).toBe(0);
    expect(JSON.parse(fromFolder.out)).toMatchObject({ number: 1, title: 'Use Rust', template: 'nygard', context: 'Ours.', outcome: 'We will.' });
    const fromTeam = await cairn('--data-dir', dataDir, 'new', 'Pick a queue', '--template', 'lightweight', '--json');
    expect(JSON.parse(fromTeam.out)).toMatchObject({ number: 2, template: 'madr4', context: 'Team words.' });

    const unknown = await cairn('--data-dir', dataDir, 'new', 'X', '--template', 'heavy');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No template "heavy" in this workspace; use one of: madr4 (MADR 4), nygard (Nygard (adr-tools)), madr3 (MADR 3), madr2 (MADR 2), log4brains (Log4brains), "Lightweight" (team), templates/template.md (from the folder)');
  });

  it('renumbers a decision', async () => {
    await cairn('--data-dir', dataDir, 'init');
    await cairn('--data-dir', dataDir, 'new', 'First');
    expect((await cairn('--data-dir', dataDir, 'renumber', '1', '--to', '5')).out).toBe('Renumbered 0001 → 0005 First\n');
  });

  it('with --dry-run, prints what a renumber would do (new number, file renamed, links rewritten) and changes nothing', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    await cairn('--data-dir', dataDir, 'import', folder);
    const files = () => Object.fromEntries(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
    const before = files();
    const listed = (await cairn('--data-dir', dataDir, 'list')).out;

    expect(await cairn('--data-dir', dataDir, 'renumber', '9', '--dry-run')).toEqual({
      code: 0,
      out: [
        'Would renumber 0009 → 0010 Help scripts',
        '  file: 0009-help-scripts.md → 0010-help-scripts.md (renamed at the next sync)',
        '  links rewritten in 0005-help-comments.md (0005 Help comments)',
        'Nothing was changed.',
        '',
      ].join('\n'),
      err: '',
    });
    const planned = await cairn('--data-dir', dataDir, 'renumber', '9', '--to', '12', '--dry-run', '--json');
    expect(JSON.parse(planned.out)).toEqual({
      number: 12,
      file: '0009-help-scripts.md',
      newFile: '0012-help-scripts.md',
      rewrites: [{ decisionId: expect.any(String), number: 5, title: 'Help comments', file: '0005-help-comments.md' }],
    });
    expect(await cairn('--data-dir', dataDir, 'renumber', '9', '--to', '5', '--dry-run')).toMatchObject({ code: 1, err: 'cairn: Number 0005 is already taken in this workspace\n' });
    expect((await cairn('--data-dir', dataDir, 'list')).out).toBe(listed);
    expect(files()).toEqual(before);

    // What the dry run said is what the renumber and the next sync do.
    await cairn('--data-dir', dataDir, 'renumber', '9');
    await cairn('--data-dir', dataDir, 'sync');
    expect(Object.keys(files()).sort()).toEqual(Object.keys(before).map((name) => name.replace('0009-', '0010-')).sort());
    expect(files()['0005-help-comments.md']).toBe(before['0005-help-comments.md']?.replace('[9. Help scripts](0009-help-scripts.md)', '[10. Help scripts](0010-help-scripts.md)'));
  });

  it('prints help for each command and exits 2 on a usage error', async () => {
    const help = await cairn('import', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: cairn import [options] <dir>');
    const wrong = await cairn('export', 'x', '--dialect', 'asciidoc');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("error: option '--dialect <dialect>' argument 'asciidoc' is invalid");
  });

  it('refuses what the contract refuses, with its message: a blank workspace name, a title past 300 characters', async () => {
    expect(await cairn('--data-dir', dataDir, 'init', '   ')).toEqual({ code: 1, out: '', err: 'cairn: name: name must not be empty\n' });
    expect(await cairn('--data-dir', dataDir, 'new', 'x'.repeat(400))).toEqual({
      code: 1,
      out: '',
      err: 'cairn: content.title: title is longer than 300 characters\n',
    });
    // No workspace named with spaces and no decision: `new` only made the default workspace it works in.
    expect((await cairn('--data-dir', dataDir, 'list')).out).toBe('No decisions yet.\n');
    const core = await openCore(dataDir);
    try {
      expect((await core.call('listWorkspaces', {})).map((w) => w.name)).toEqual(['Decisions']);
    } finally {
      core.close();
    }
  });

  it('refuses a damaged database in plain words, naming the file and the way back, and writes nothing to it', async () => {
    expect(await cairn('--data-dir', dataDir, 'import', corpusFolder('madr'))).toMatchObject({ code: 0 });
    const dbPath = path.join(dataDir, 'cairn.db');
    flipBytes(dbPath, { seed: 2, from: Math.floor(fs.statSync(dbPath).size / 2) });
    const before = fs.readFileSync(dbPath);

    const created = await cairn('--data-dir', dataDir, 'new', 'Written into a damaged file');
    expect(created.code).toBe(1);
    expect(created.err).toMatch(new RegExp(`^cairn: Cairn's database ${dbPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: `));
    expect(created.err).toContain('Cairn did not open it, so nothing was written to it. To recover, start the Cairn app or the web host');
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('publishes a site and lists without the check of every page, yet refuses a damaged table they read in plain words', async () => {
    expect(await cairn('--data-dir', dataDir, 'import', corpusFolder('madr'))).toMatchObject({ code: 0 });
    const dbPath = path.join(dataDir, 'cairn.db');
    const db = new SqliteDatabase(dbPath, { readonly: true });
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'decisions'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = fs.readFileSync(dbPath);
    // Page 1 holds the file's header before the page's own.
    bytes.fill(0xff, (root - 1) * pageSize + (root === 1 ? 100 : 0), root * pageSize);
    fs.writeFileSync(dbPath, bytes);

    const site = path.join(scratch, 'site');
    const refused = await cairn('--data-dir', dataDir, 'site', site);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^cairn: .*Cairn's database is damaged \(SQLite reports “database disk image is malformed”\); this request changed nothing\./);
    expect(fs.existsSync(path.join(site, 'index.html'))).toBe(false);
    // The reading commands open it the same way: no check at the start, the damage said when met.
    const listed = await cairn('--data-dir', dataDir, 'list', '--json');
    expect(listed.code).toBe(1);
    expect(listed.err).toMatch(/^cairn: .*Cairn's database is damaged \(SQLite reports “database disk image is malformed”\); this request changed nothing\./);
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
  });

  it('asks for --workspace when there are several', async () => {
    await cairn('--data-dir', dataDir, 'init', 'A');
    await cairn('--data-dir', dataDir, 'init', 'B');
    expect((await cairn('--data-dir', dataDir, 'list')).err).toBe('cairn: There are 2 workspaces (A, B); choose one with --workspace <name>.\n');
    expect((await cairn('--data-dir', dataDir, '--workspace', 'b', 'list')).out).toBe('No decisions yet.\n');
  });
});

describe('cairn CLI with a folder in git', () => {
  let restoreGit: () => void;
  beforeAll(() => {
    restoreGit = isolateGitConfig();
  });
  afterAll(() => restoreGit());

  it('lists and shows a date taken from git history as such, for a record whose file gives none', async () => {
    const repo = path.join(scratch, 'repo');
    const folder = path.join(repo, 'docs', 'adr');
    fs.mkdirSync(folder, { recursive: true });
    gitIn(repo, 'init', '-q');
    fs.writeFileSync(path.join(folder, '0001-use-postgres.md'), '# 1. Use Postgres\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n');
    gitIn(repo, 'add', '-A');
    const when = '2020-01-02T23:30:00+05:00';
    execFileSync('git', ['commit', '-q', '-m', 'Record Postgres'], { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }, stdio: 'ignore' });

    expect(await cairn('--data-dir', dataDir, 'import', folder)).toMatchObject({ code: 0, err: '' });
    const list = await cairn('--data-dir', dataDir, 'list', '--json');
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ number: 1, date: '2020-01-02', dateSource: 'git', file: '0001-use-postgres.md' })]);
    expect((await cairn('--data-dir', dataDir, 'show', '1')).out).toContain('* Date: 2020-01-02 (from git history)\n');
  });
});
