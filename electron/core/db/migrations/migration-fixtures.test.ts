import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { call } from '../../testing/call';
import { makeTempDir } from '../../testing/temp-core';
import { MIGRATIONS, type Migration } from './index';

// Each fixture is a database as a released Cairn left it (scripts/make-migration-fixture.mjs), with a
// JSON file of what a user must still find in it after upgrading to this version.

/** The newest schema a released Cairn wrote; on each release, make its fixture and raise this. */
const RELEASED_SCHEMA = 1;

const fixturesDir = path.join(__dirname, 'fixtures');

interface FixtureExpectations {
  version: number;
  profile: string;
  workspace: { id: string; name: string; customStatuses: string[] };
  decisions: { id: string; number: number; title: string; status: string; revision: number; links: { kind: string; direction: string; otherId: string }[] }[];
  deleted: string[];
  searchWord: string;
  editedRevision: { id: string; revision: number; outcome: string };
}

function fixtureVersions(): number[] {
  return fs
    .readdirSync(fixturesDir)
    .flatMap((name) => /^v(\d+)\.db$/.exec(name)?.slice(1) ?? [])
    .map(Number)
    .sort((a, b) => a - b);
}

const opened: Core[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data directory holding a copy of the fixture as its database. */
function dataDirWithFixture(version: number): string {
  const dataDir = makeTempDir();
  dirs.push(dataDir);
  fs.copyFileSync(path.join(fixturesDir, `v${version}.db`), path.join(dataDir, 'cairn.db'));
  return dataDir;
}

function expectations(version: number): FixtureExpectations {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, `v${version}.json`), 'utf8')) as FixtureExpectations;
}

function userVersion(file: string): number {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('database fixtures of released schemas', () => {
  it('has a fixture for every released schema version', () => {
    expect(fixtureVersions()).toEqual(Array.from({ length: RELEASED_SCHEMA }, (_, i) => i + 1));
  });

  it.each(fixtureVersions())('upgrades a version %i database to the latest schema with every record intact', async (version) => {
    const expected = expectations(version);
    const dataDir = dataDirWithFixture(version);
    const core = await openCore(dataDir);
    opened.push(core);

    expect(userVersion(core.dbPath)).toBe(MIGRATIONS.length);
    expect(await call(core, 'getProfile', {})).toEqual({ name: expected.profile });
    const workspace = (await call(core, 'listWorkspaces', {})).find((w) => w.id === expected.workspace.id);
    expect(workspace).toMatchObject({ name: expected.workspace.name, customStatuses: expected.workspace.customStatuses, decisionCount: expected.decisions.length });
    for (const decision of expected.decisions) {
      const found = await call(core, 'getDecision', { id: decision.id });
      expect(found).toMatchObject({ number: decision.number, title: decision.title, status: decision.status, revision: decision.revision });
      expect(found.links.map((l) => ({ kind: l.kind, direction: l.direction, otherId: l.otherId }))).toEqual(expect.arrayContaining(decision.links));
      expect(found.links).toHaveLength(decision.links.length);
    }
    const edited = await call(core, 'getRevision', { decisionId: expected.editedRevision.id, revision: expected.editedRevision.revision });
    expect(edited.content.outcome).toBe(expected.editedRevision.outcome);
    expect((await call(core, 'listRevisions', { decisionId: expected.editedRevision.id })).length).toBe(expected.editedRevision.revision);

    const found = await call(core, 'searchDecisions', { workspaceId: expected.workspace.id, query: expected.searchWord });
    expect(found.items.map((item) => item.id).sort()).toEqual(expected.decisions.map((d) => d.id).sort());
    const restored = await call(core, 'restoreDecision', { id: expected.deleted[0] ?? '' });
    expect(restored.workspaceId).toBe(expected.workspace.id);

    // An upgrade of a database holding data keeps the file as it was beside it.
    const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((file) => file.startsWith('cairn-before-v'));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^cairn-before-v${MIGRATIONS.length}-.*\\.db$`))]);
    expect(userVersion(path.join(dataDir, 'backups', backups[0] ?? ''))).toBe(version);
  });
});

describe('a failing migration', () => {
  const latest = MIGRATIONS.length;
  const failing: Migration = {
    version: latest + 1,
    name: 'simulated failure',
    up(db) {
      db.exec('CREATE TABLE half_done (x INTEGER)');
      throw new Error('disk full');
    },
  };
  // A step that commits part of its work by itself: the rollback cannot undo it, the backup must.
  const escaping: Migration = {
    version: latest + 1,
    name: 'simulated escape',
    up(db) {
      db.exec('COMMIT; CREATE TABLE half_done (x INTEGER); DROP TABLE revisions;');
      throw new Error('disk full');
    },
  };

  async function openUpgradedFixture(extra: Migration): Promise<{ dataDir: string; error: Error }> {
    const dataDir = dataDirWithFixture(RELEASED_SCHEMA);
    (await openCore(dataDir)).close();
    const error = await openCore(dataDir, { migrations: [...MIGRATIONS, extra] }).then(
      () => {
        throw new Error('the upgrade was expected to fail');
      },
      (failure: unknown) => failure as Error,
    );
    return { dataDir, error };
  }

  async function expectDataAsBefore(dataDir: string): Promise<void> {
    const expected = expectations(RELEASED_SCHEMA);
    const core = await openCore(dataDir);
    opened.push(core);
    expect(userVersion(core.dbPath)).toBe(latest);
    const decision = expected.decisions[0];
    if (!decision) throw new Error('the fixture has no decisions');
    expect(await call(core, 'getDecision', { id: decision.id })).toMatchObject({ title: decision.title, revision: decision.revision });
    expect(await call(core, 'listRevisions', { decisionId: decision.id })).toHaveLength(decision.revision);
    const db = new SqliteDatabase(core.dbPath, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  }

  it('leaves the data as it was and says which step failed and where the backup is', async () => {
    const { dataDir, error } = await openUpgradedFixture(failing);
    expect(error.message).toMatch(new RegExp(`could not upgrade its database from schema ${latest} to ${latest + 1}: step ${latest + 1} \\("simulated failure"\\) failed: disk full`));
    expect(error.message).toContain('Nothing was changed: your data is as it was, and a copy was saved at ');
    expect(error.message).toContain(path.join(dataDir, 'backups', `cairn-before-v${latest + 1}-`));
    await expectDataAsBefore(dataDir);
  });

  it('restores the backup when a step changed the database beyond the rollback', async () => {
    const { dataDir, error } = await openUpgradedFixture(escaping);
    expect(error.message).toContain(`step ${latest + 1} ("simulated escape") failed: disk full`);
    expect(error.message).toContain('Your data was restored from the backup taken just before the upgrade');
    await expectDataAsBefore(dataDir);
  });
});
