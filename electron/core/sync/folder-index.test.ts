import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderIndex } from './folder-index';
import { call } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let scratch: string;
let workspaceId: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
  scratch = makeTempDir();
  workspaceId = (await createWorkspace(core)).id;
  await call(core, 'importFolder', { workspaceId, folder: copyCorpusFolder('adr-tools', path.join(scratch, 'adr')) });
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function indexFromStore(): string {
  const db = new Database(core.dbPath, { readonly: true });
  try {
    return folderIndex(db, workspaceId);
  } finally {
    db.close();
  }
}

describe('the synced folder’s table of contents', () => {
  it('is the index an export of the same log writes, read from the store alone', async () => {
    const exported = path.join(scratch, 'export');
    await call(core, 'exportWorkspace', { workspaceId, folder: exported });
    expect(indexFromStore()).toBe(fs.readFileSync(path.join(exported, 'README.md'), 'utf8'));
    expect(indexFromStore()).toContain('* [2. Implement as shell scripts](0002-implement-as-shell-scripts.md)');
  });

  it('leaves out decisions in the trash and lists a new one under the name its first sync gives it', async () => {
    const list = await call(core, 'searchDecisions', { workspaceId, limit: 100 });
    const shell = list.items.find((item) => item.number === 2);
    if (!shell) throw new Error('no decision 2');
    await call(core, 'deleteDecision', { id: shell.id });
    const created = await call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title: 'Write the log in git' } });
    const index = indexFromStore();
    expect(index).not.toContain('Implement as shell scripts');
    expect(index).toContain(`* [${created.number}. Write the log in git](${String(created.number).padStart(4, '0')}-write-the-log-in-git.md)`);
    const { pushed } = await call(core, 'syncWorkspace', { workspaceId });
    expect(pushed).toContain(`${String(created.number).padStart(4, '0')}-write-the-log-in-git.md`);
  });
});
