import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { gitIn, isolateGitConfig, makeTeamRepositories } from '../testing/git-repositories';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';
import { folderAddedDates } from './folder-added-dates';

// Real repositories in temp folders: a record that gives no date takes the day of the commit that added its file.
let restoreGit: () => void;
beforeAll(() => {
  restoreGit = isolateGitConfig();
});
afterAll(() => restoreGit());

let core: TempCore;
let repo: string;
let folder: string;
beforeEach(async () => {
  core = await openTempCore();
  repo = makeTempDir();
  gitIn(repo, 'init', '-q');
  folder = path.join(repo, 'docs', 'adr');
  fs.mkdirSync(folder, { recursive: true });
});
afterEach(() => {
  core.dispose();
  fs.rmSync(repo, { recursive: true, force: true });
});

const DATELESS = '# 1. Use Postgres\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n\n## Decision\n\nPostgres.\n';
const DATED = '# 2. Use Redis\n\nDate: 2019-04-05\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a cache.\n\n## Decision\n\nRedis.\n';
const UNCOMMITTED = '# 3. Use Kafka\n\n## Status\n\nProposed\n\n## Context\n\nWe need a queue.\n';

/** Commits everything in the repository at `when` (author and committer date, with its zone). */
function commitAll(when: string, message: string): void {
  gitIn(repo, 'add', '-A');
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }, stdio: 'ignore' });
}

/** The decisions of the workspace by file, as `cairn list --json` gives them. */
async function byFile(workspaceId: string) {
  const files = new Map((await call(core, 'listDecisionFiles', { workspaceId })).map((file) => [file.decisionId, file.file]));
  const list = await call(core, 'searchDecisions', { workspaceId, sort: 'number', order: 'asc' });
  return new Map(list.items.map((d) => [files.get(d.id), d]));
}

describe('dates from git history', () => {
  it('gives a dateless record imported from a git folder the day of the commit that added it, labelled, and writes nothing of it to the file', async () => {
    fs.writeFileSync(path.join(folder, '0001-use-postgres.md'), DATELESS);
    fs.writeFileSync(path.join(folder, '0002-use-redis.md'), DATED);
    // 23:30 at +05:00 is already the 3rd in UTC: the day is the commit's own.
    commitAll('2020-01-02T23:30:00+05:00', 'Record two decisions');
    fs.writeFileSync(path.join(folder, '0003-use-kafka.md'), UNCOMMITTED);
    const workspace = await createWorkspace(core);

    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder });
    expect(report.files.map((f) => [f.file, f.date])).toEqual([
      ['0001-use-postgres.md', '2020-01-02'],
      ['0002-use-redis.md', '2019-04-05'],
      ['0003-use-kafka.md', null],
    ]);
    const rows = await byFile(workspace.id);
    expect(rows.get('0001-use-postgres.md')).toMatchObject({ date: '2020-01-02', dateSource: 'git' });
    expect(rows.get('0002-use-redis.md')).toMatchObject({ date: '2019-04-05', dateSource: 'file' });
    expect(rows.get('0003-use-kafka.md')).toMatchObject({ date: null, dateSource: null });
    // The timeline files the decision under that day and says where the day comes from; a date of the file's own needs no word.
    const { events } = await call(core, 'getTimeline', { workspaceId: workspace.id, timeZone: 'UTC' });
    expect(events.filter((e) => e.kind === 'decision').map((e) => [e.title, e.date, e.dateSource ?? null])).toEqual(
      expect.arrayContaining([
        ['0001 Use Postgres', '2020-01-02', 'git'],
        ['0002 Use Redis', '2019-04-05', null],
      ]),
    );

    // Neither a sync of the folder nor an export anywhere adds a date line to the file.
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    expect(fs.readFileSync(path.join(folder, '0001-use-postgres.md'), 'utf8')).toBe(DATELESS);
    const out = makeTempDir();
    await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder: out });
    expect(fs.readFileSync(path.join(out, '0001-use-postgres.md'), 'utf8')).toBe(DATELESS);
    fs.rmSync(out, { recursive: true, force: true });
    expect(gitIn(repo, 'status', '--porcelain')).toBe('?? docs/adr/0003-use-kafka.md\n');
  });

  it('keeps the date from git through an edit that gives none, and takes the file’s own date once it gives one', async () => {
    const file = path.join(folder, '0001-use-postgres.md');
    fs.writeFileSync(file, DATELESS);
    commitAll('2021-06-07T10:00:00-07:00', 'Record Postgres');
    const workspace = await createWorkspace(core);
    await call(core, 'importFolder', { workspaceId: workspace.id, folder });

    fs.writeFileSync(file, DATELESS.replace('Postgres.\n', 'Postgres 16.\n'));
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    const edited = (await byFile(workspace.id)).get('0001-use-postgres.md');
    expect(edited).toMatchObject({ date: '2021-06-07', dateSource: 'git' });
    expect((await call(core, 'getDecision', { id: edited?.id as string })).outcome).toMatch(/Postgres 16/);

    fs.writeFileSync(file, DATELESS.replace('## Status', 'Date: 2021-05-30\n\n## Status'));
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    expect((await byFile(workspace.id)).get('0001-use-postgres.md')).toMatchObject({ date: '2021-05-30', dateSource: 'file' });
  });

  it('dates the files of a folder linked (not imported) at its first sync, and a file committed after a sync of other edits', async () => {
    fs.writeFileSync(path.join(folder, '0001-use-postgres.md'), DATELESS);
    commitAll('2022-03-04T08:00:00+01:00', 'Record Postgres');
    const workspace = await createWorkspace(core);
    await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: null });
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    expect((await byFile(workspace.id)).get('0001-use-postgres.md')).toMatchObject({ date: '2022-03-04', dateSource: 'git' });
    expect(fs.readFileSync(path.join(folder, '0001-use-postgres.md'), 'utf8')).toBe(DATELESS);

    // A file pulled in from a teammate's commit is a new file of the folder, with its commit.
    fs.writeFileSync(path.join(folder, '0003-use-kafka.md'), UNCOMMITTED);
    commitAll('2023-09-10T12:00:00+00:00', 'Record Kafka');
    await call(core, 'syncWorkspace', { workspaceId: workspace.id, paths: ['0003-use-kafka.md'] });
    expect((await byFile(workspace.id)).get('0003-use-kafka.md')).toMatchObject({ date: '2023-09-10', dateSource: 'git' });
  });

  it('gives no dates for a folder outside git, or a repository with no commit yet', async () => {
    fs.writeFileSync(path.join(folder, '0001-use-postgres.md'), DATELESS);
    expect((await folderAddedDates(folder)).size).toBe(0);
    const plain = makeTempDir();
    fs.writeFileSync(path.join(plain, '0001-use-postgres.md'), DATELESS);
    expect((await folderAddedDates(plain)).size).toBe(0);
    fs.rmSync(plain, { recursive: true, force: true });
  });

  it('gives no dates, and no error, on a machine without git', async () => {
    fs.writeFileSync(path.join(folder, '0001-use-postgres.md'), DATELESS);
    commitAll('2020-01-02T10:00:00+00:00', 'Record Postgres');
    const before = process.env.PATH;
    // No git on the PATH: the runner cannot start it.
    process.env.PATH = makeTempDir();
    try {
      expect((await folderAddedDates(folder)).size).toBe(0);
      const workspace = await createWorkspace(core);
      expect((await call(core, 'importFolder', { workspaceId: workspace.id, folder })).files.map((f) => [f.outcome, f.date])).toEqual([['imported', null]]);
    } finally {
      process.env.PATH = before;
    }
  });

  it('reads the whole folder in one log, by the files’ names in the folder, following a rename', async () => {
    fs.writeFileSync(path.join(folder, 'postgres.md'), DATELESS);
    fs.writeFileSync(path.join(repo, 'README.md'), '# Outside the folder\n');
    commitAll('2018-02-03T09:00:00+00:00', 'Start');
    gitIn(repo, 'mv', 'docs/adr/postgres.md', 'docs/adr/0001-use-postgres.md');
    commitAll('2024-02-03T09:00:00+00:00', 'Number it');
    const dates = await folderAddedDates(folder);
    expect(dates.get('0001-use-postgres.md')).toBe('2018-02-03');
    expect(dates.has('README.md')).toBe(false);
  });

  it('dates a dateless file that a pull brings in by the teammate’s commit', async () => {
    const team = makeTeamRepositories(['Ada', 'Bob']);
    try {
      const ada = team.clones.Ada as string;
      const bob = team.clones.Bob as string;
      const workspace = await createWorkspace(core);
      await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: path.join(ada, 'docs', 'decisions'), dialect: null });
      fs.writeFileSync(path.join(bob, 'docs', 'decisions', '0001-use-postgres.md'), DATELESS);
      gitIn(bob, 'add', '-A');
      const when = '2021-11-12T18:00:00-05:00';
      execFileSync('git', ['commit', '-q', '-m', 'Bob records Postgres'], { cwd: bob, env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }, stdio: 'ignore' });
      gitIn(bob, 'push', '-q');

      await call(core, 'gitPull', { workspaceId: workspace.id });
      expect((await byFile(workspace.id)).get('0001-use-postgres.md')).toMatchObject({ date: '2021-11-12', dateSource: 'git' });
      expect(fs.readFileSync(path.join(ada, 'docs', 'decisions', '0001-use-postgres.md'), 'utf8')).toBe(DATELESS);
    } finally {
      team.dispose();
    }
  });

  it('keeps the date from git out of the file when the decision is edited in Cairn, and writes a date the person sets', async () => {
    const file = path.join(folder, '0001-use-postgres.md');
    fs.writeFileSync(file, DATELESS);
    commitAll('2021-06-07T10:00:00+02:00', 'Record Postgres');
    const workspace = await createWorkspace(core);
    await call(core, 'importFolder', { workspaceId: workspace.id, folder });
    const id = (await byFile(workspace.id)).get('0001-use-postgres.md')?.id as string;

    const edited = await call(core, 'updateDecision', { id, baseRevision: 1, changes: { context: 'We need a database that the team knows.' } });
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    expect(fs.readFileSync(file, 'utf8')).toBe(DATELESS.replace('We need a database.', 'We need a database that the team knows.'));
    expect(await call(core, 'getDecision', { id })).toMatchObject({ date: '2021-06-07', dateSource: 'git' });

    await call(core, 'updateDecision', { id, baseRevision: edited.revision, changes: { date: '2021-06-01' } });
    await call(core, 'syncWorkspace', { workspaceId: workspace.id });
    expect(fs.readFileSync(file, 'utf8')).toContain('2021-06-01');
    expect(await call(core, 'getDecision', { id })).toMatchObject({ date: '2021-06-01', dateSource: 'file' });
  });
});
