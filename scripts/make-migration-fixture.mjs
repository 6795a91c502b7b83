#!/usr/bin/env node
// Writes electron/core/db/migrations/fixtures/v<N>.db (and v<N>.json, what the test expects to find in
// it): a small database made by the Cairn of a given commit through its own API, so the migration
// tests upgrade a file exactly as that release left it, not one rebuilt from today's code.
//
//   node scripts/make-migration-fixture.mjs --commit <sha>   a released commit (read with git archive)
//   node scripts/make-migration-fixture.mjs --source .       the working tree
//
// The file is named after the schema version that code writes. Run it once per released schema.
//
//   node scripts/make-migration-fixture.mjs --commit <sha> --corpus
//
// writes fixtures/corpus-v<N>.db.gz (and .json) instead: files of ../shared/corpus imported by that
// Cairn, each folder into a workspace synced with it, one record edited in the app and synced, one
// edited and not synced yet; the documents it stored are what that code's reader made of the files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import SqliteDatabase from 'better-sqlite3';
import zlib from 'node:zlib';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(repoRoot, 'electron/core/db/migrations/fixtures');

/**
 * The corpus files the stored-documents test reads back: those whose documents the reader before
 * version 2 stored in a way today's writer would not give back (a date with a note after it, option
 * descriptions, text under Status, a status prefix before a title …), with a few it read the same.
 */
const CORPUS_FILES = {
  'adr-tools-repo/doc/adr': ['0001-record-architecture-decisions.md', '0002-implement-as-shell-scripts.md'],
  'compliantkubernetes/docs/adr': [
    '0003-push-metrics-via-influxdb.md',
    '0010-run-managed-services-in-workload-cluster.md',
    '0012-do-not-persist-dex.md',
    '0017-persist-dex.md',
    '0019-push-metrics-via-thanos.md',
    '0033-run-cluster-api-controllers-on-service-cluster.md',
    '0041-encryption-at-rest.md',
  ],
  'interlok/docs/adr': ['0001-add-messagelogger-interface.md'],
  'kordis/docs/architecture-decisions': ['adr000-template.md', 'adr001-add-adr-log.md'],
  'log4brains/docs/adr': ['20200925-multi-packages-architecture-in-a-monorepo-with-yarn-and-lerna.md', '20200924-use-markdown-architectural-decision-records.md'],
  'manage-get-gov/docs/architecture/decisions': ['0010-django-templates.md', '0022-submit-domain-request-user-flow.md', '0023-use-geventconnpool.md', '0025-caching.md', '0027-ajax-for-dynamic-content.md'],
  'modernisation-platform/architecture-decision-record': ['0004-use-bash-node-python-as-core-languages.md', '0019-use-bash-go-as-core-languages.md', '0025-non-standard-user-infrastructure.md'],
  'nextflow/adr': ['20250929-repository-directory-traversal.md'],
  'podos/docs/decisions': ['0000-use-markdown-architectural-decision-records.md', '0005-deploy-immutable-web-app-to-netlify.md', '0016-rdfa-alignment.md'],
};

/** The file a record was read from, edited in the app and synced back (`pushed`), or edited and not synced yet (`unsynced`). */
const EDITS = {
  pushed: { folder: 'manage-get-gov/docs/architecture/decisions', file: '0023-use-geventconnpool.md', changes: { status: 'deprecated' } },
  unsynced: { folder: 'podos/docs/decisions', file: '0005-deploy-immutable-web-app-to-netlify.md', changes: { context: 'We want to make the PodOS browser available for testing; edited in Cairn.' } },
};

const { values } = parseArgs({ options: { commit: { type: 'string' }, source: { type: 'string' }, corpus: { type: 'boolean' } } });
if (!values.commit === !values.source) {
  console.error('Usage: node scripts/make-migration-fixture.mjs (--commit <sha> | --source <dir>) [--corpus]');
  process.exit(2);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-fixture-'));
// Inside node_modules, so the bundle's packages (better-sqlite3, zod …) resolve to this checkout's.
const bundleDir = fs.mkdtempSync(path.join(repoRoot, 'node_modules', '.cache-cairn-fixture-'));
try {
  const sourceDir = values.commit ? extractCommit(values.commit) : path.resolve(values.source);
  const core = await loadCore(sourceDir);
  const fill = values.corpus ? fillCorpusDatabase : fillDatabase;
  const { version, expected } = await fill(core, path.join(scratch, 'data'));
  const name = values.corpus ? `corpus-v${version}` : `v${version}`;
  const target = path.join(fixturesDir, `${name}.db`);
  fs.mkdirSync(fixturesDir, { recursive: true });
  compactInto(path.join(scratch, 'data', 'cairn.db'), target);
  if (values.corpus) {
    // Most of it is text the same corpus files hold four times (content, revision, its Markdown, search).
    fs.writeFileSync(`${target}.gz`, zlib.gzipSync(fs.readFileSync(target), { level: 9 }));
    fs.rmSync(target);
  }
  fs.writeFileSync(path.join(fixturesDir, `${name}.json`), `${JSON.stringify({ version, source: values.commit ?? 'working tree', ...expected }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(repoRoot, values.corpus ? `${target}.gz` : target)} (schema ${version})`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(bundleDir, { recursive: true, force: true });
}

function extractCommit(commit) {
  const dir = path.join(scratch, 'source');
  fs.mkdirSync(dir);
  const archive = execFileSync('git', ['archive', '--format=tar', commit, 'electron/core', 'shared', 'resources'], { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

async function loadCore(sourceDir) {
  const outfile = path.join(bundleDir, 'core.mjs');
  await build({
    entryPoints: [path.join(sourceDir, 'electron/core/core.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cairnCreateRequire } from 'node:module'; const require = __cairnCreateRequire(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href);
}

async function call(core, operation, input) {
  const result = await core.dispatch(operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`);
  return result.value;
}

/** Data every schema so far can hold: a profile, a workspace, decisions with edits, links and the trash. */
async function fillDatabase(coreModule, dataDir) {
  let clock = new Date('2026-03-02T09:00:00.000Z');
  const core = await coreModule.openCore(dataDir, { now: () => new Date(clock) });
  const tick = () => (clock = new Date(clock.getTime() + 60_000));
  await call(core, 'setProfile', { name: 'Ada Fixture' });
  const workspace = await call(core, 'createWorkspace', { name: 'Fixture team' });
  await call(core, 'updateWorkspace', { id: workspace.id, customStatuses: ['piloting'] });
  const titles = ['Use PostgreSQL for orders', 'Adopt trunk-based development', 'Record decisions as MADR', 'Retire the SOAP gateway'];
  const made = [];
  for (const title of titles) {
    tick();
    made.push(
      await call(core, 'createDecision', {
        workspaceId: workspace.id,
        content: { title, context: `Why we looked at ${title.toLowerCase()}: the café's ledger.`, tags: ['fixture', 'storage'], decisionMakers: ['Ada Fixture'] },
      }),
    );
  }
  tick();
  const edited = await call(core, 'updateDecision', { id: made[0].id, baseRevision: 1, changes: { status: 'accepted', outcome: 'Chosen: PostgreSQL.' } });
  tick();
  await call(core, 'addDecisionLink', { fromId: made[2].id, kind: 'supersedes', toId: made[1].id });
  await call(core, 'addDecisionLink', { fromId: made[0].id, kind: 'relates-to', toId: made[2].id });
  tick();
  await call(core, 'deleteDecision', { id: made[3].id });

  const decisions = [];
  for (const { id } of made.slice(0, 3)) {
    const d = await call(core, 'getDecision', { id });
    decisions.push({
      id: d.id,
      number: d.number,
      title: d.title,
      status: d.status,
      revision: d.revision,
      links: d.links.map((l) => ({ kind: l.kind, direction: l.direction, otherId: l.otherId })),
    });
  }
  const version = new SqliteDatabase(core.dbPath, { readonly: true }).pragma('user_version', { simple: true });
  core.close();
  return {
    version,
    expected: {
      profile: 'Ada Fixture',
      workspace: { id: workspace.id, name: workspace.name, customStatuses: ['piloting'] },
      decisions,
      deleted: [made[3].id],
      searchWord: 'cafe',
      editedRevision: { id: edited.id, revision: edited.revision, outcome: 'Chosen: PostgreSQL.' },
    },
  };
}

/**
 * Copies of the corpus files, each folder imported into a workspace synced with it; the folder paths
 * stored are `corpus/<folder>`, for the test to point at its own copy (no machine's paths in a fixture).
 * The files' times are fixed, as the older reader took a missing date from them.
 */
async function fillCorpusDatabase(coreModule, dataDir) {
  const corpus = path.resolve(repoRoot, '../shared/corpus');
  const copies = path.join(scratch, 'corpus');
  const fileTime = new Date('2026-03-01T12:00:00.000Z');
  const core = await coreModule.openCore(dataDir, { now: () => new Date('2026-03-02T09:00:00.000Z') });
  await call(core, 'setProfile', { name: 'Ada Fixture' });
  const workspaces = [];
  for (const [folder, files] of Object.entries(CORPUS_FILES)) {
    const copy = path.join(copies, folder);
    fs.mkdirSync(copy, { recursive: true });
    for (const file of files) {
      fs.copyFileSync(path.join(corpus, folder, file), path.join(copy, file));
      fs.utimesSync(path.join(copy, file), fileTime, fileTime);
    }
    const workspace = await call(core, 'createWorkspace', { name: folder.split('/')[0] });
    const report = await call(core, 'importFolder', { workspaceId: workspace.id, folder: copy });
    if (report.imported !== files.length) throw new Error(`${folder}: ${report.imported} of ${files.length} files imported`);
    workspaces.push({ id: workspace.id, folder, files, decisions: Object.fromEntries(report.files.map((f) => [f.file, f.decisionId])) });
  }
  const edits = {};
  for (const [kind, edit] of Object.entries(EDITS)) {
    const workspace = workspaces.find((w) => w.folder === edit.folder);
    const id = workspace.decisions[edit.file];
    const decision = await call(core, 'getDecision', { id });
    await call(core, 'updateDecision', { id, baseRevision: decision.revision, changes: edit.changes });
    if (kind === 'pushed') {
      const synced = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
      if (synced.pushed.length !== 1) throw new Error(`the edit of ${edit.file} was not written back: ${JSON.stringify(synced)}`);
    }
    // The file as that Cairn wrote it back, which the test puts in its copy of the folder.
    const text = kind === 'pushed' ? fs.readFileSync(path.join(copies, edit.folder, edit.file), 'utf8') : undefined;
    edits[kind] = { workspaceId: workspace.id, decisionId: id, file: edit.file, changes: edit.changes, text };
  }
  const version = new SqliteDatabase(core.dbPath, { readonly: true }).pragma('user_version', { simple: true });
  core.close();
  const db = new SqliteDatabase(path.join(dataDir, 'cairn.db'));
  const relink = db.prepare('UPDATE sync_folders SET path = ? WHERE workspace_id = ?');
  const reports = db.prepare('SELECT id, folder, report FROM import_reports').all();
  const rewriteReport = db.prepare('UPDATE import_reports SET folder = ?, report = ? WHERE id = ?');
  for (const workspace of workspaces) relink.run(`corpus/${workspace.folder}`, workspace.id);
  for (const report of reports) {
    const folder = `corpus/${path.relative(copies, report.folder)}`;
    rewriteReport.run(folder, JSON.stringify({ ...JSON.parse(report.report), folder }), report.id);
  }
  // Keyed by each file's full path here; a cache that sync fills again by reading the files.
  db.exec('DELETE FROM sync_file_stats');
  db.close();
  return { version, expected: { workspaces: workspaces.map(({ id, folder, files }) => ({ id, folder, files })), edits } };
}

/** One self-contained, small file: the WAL folded in, a rollback journal, free pages dropped. */
function compactInto(source, target) {
  fs.rmSync(target, { force: true });
  const db = new SqliteDatabase(source);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  const copy = new SqliteDatabase(target);
  copy.pragma('journal_mode = DELETE');
  copy.close();
}
