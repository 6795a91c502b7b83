#!/usr/bin/env node
// Writes electron/core/db/migrations/fixtures/v<N>.db (and v<N>.json, what the test expects to find in
// it): a small database made by the Cairn of a given commit through its own API, so the migration
// tests upgrade a file exactly as that release left it, not one rebuilt from today's code.
//
//   node scripts/make-migration-fixture.mjs --commit <sha>   a released commit (read with git archive)
//   node scripts/make-migration-fixture.mjs --source .       the working tree
//
// The file is named after the schema version that code writes. Run it once per released schema.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import SqliteDatabase from 'better-sqlite3';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(repoRoot, 'electron/core/db/migrations/fixtures');

const { values } = parseArgs({ options: { commit: { type: 'string' }, source: { type: 'string' } } });
if (!values.commit === !values.source) {
  console.error('Usage: node scripts/make-migration-fixture.mjs (--commit <sha> | --source <dir>)');
  process.exit(2);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-fixture-'));
// Inside node_modules, so the bundle's packages (better-sqlite3, zod …) resolve to this checkout's.
const bundleDir = fs.mkdtempSync(path.join(repoRoot, 'node_modules', '.cache-cairn-fixture-'));
try {
  const sourceDir = values.commit ? extractCommit(values.commit) : path.resolve(values.source);
  const core = await loadCore(sourceDir);
  const { version, expected } = await fillDatabase(core, path.join(scratch, 'data'));
  const target = path.join(fixturesDir, `v${version}.db`);
  fs.mkdirSync(fixturesDir, { recursive: true });
  compactInto(path.join(scratch, 'data', 'cairn.db'), target);
  fs.writeFileSync(path.join(fixturesDir, `v${version}.json`), `${JSON.stringify({ version, source: values.commit ?? 'working tree', ...expected }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(repoRoot, target)} (schema ${version}, ${fs.statSync(target).size} bytes)`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(bundleDir, { recursive: true, force: true });
}

function extractCommit(commit) {
  const dir = path.join(scratch, 'source');
  fs.mkdirSync(dir);
  const archive = execFileSync('git', ['archive', '--format=tar', commit, 'electron/core', 'shared'], { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024 });
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
