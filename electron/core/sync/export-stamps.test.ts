import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';
import { SyncStore } from './sync-store';

let core: TempCore;
let scratch: string;
let workspaceId: string;
let out: string;

beforeEach(async () => {
  core = await openTempCore();
  scratch = makeTempDir();
  workspaceId = (await createWorkspace(core)).id;
  await call(core, 'importFolder', { workspaceId, folder: copyCorpusFolder('adr-tools', path.join(scratch, 'adr')) });
  out = path.join(scratch, 'out');
  await call(core, 'exportWorkspace', { workspaceId, folder: out });
});

/** The clock a while after the export, when its files' stats are past the racy window. */
function later() {
  const now = Date.now() + 10_000;
  vi.spyOn(Date, 'now').mockReturnValue(now);
}

/**
 * Watches the full export's first step: the stored file of every decision, read with the decisions
 * themselves to render them (workspaceFiles). A no-op export takes neither.
 */
function loadsEveryDecision() {
  return vi.spyOn(SyncStore.prototype, 'files');
}

/** How many times the export read one of its decision files (the index aside). */
function decisionReads(reads: { mock: { calls: unknown[][] } }): number {
  return reads.mock.calls.filter(([file]) => String(file).startsWith(out) && !String(file).endsWith('README.md')).length;
}
afterEach(() => {
  vi.restoreAllMocks();
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const snapshot = () => new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
const DECISION = '0002-implement-as-shell-scripts.md';

/** Keeps the file's times in a reference file, to set them back later to the nanosecond (`touch -r`). */
function keepTimes(file: string): () => void {
  const reference = path.join(scratch, 'times');
  execFileSync('touch', ['-r', file, reference]);
  return () => execFileSync('touch', ['-r', reference, file]);
}

describe('exporting again into a folder exported before', () => {
  it('writes nothing and loads no decision when nothing changed, reading only the files written a moment ago', async () => {
    const loads = loadsEveryDecision();
    const before = snapshot();
    const reads = vi.spyOn(fs, 'readFileSync');
    const again = await call(core, 'exportWorkspace', { workspaceId, folder: out });
    expect(again).toMatchObject({ written: [], unchanged: 10, index: 'README.md', notes: [] });
    expect(loads).not.toHaveBeenCalled();
    // Just written, so a same-size write could still share their times: each is read and hashed.
    expect(decisionReads(reads)).toBe(9);
    expect(snapshot()).toEqual(before);
  });

  it('costs a stat per file once the files are older than the racy window', async () => {
    later();
    await call(core, 'exportWorkspace', { workspaceId, folder: out });
    const loads = loadsEveryDecision();
    const reads = vi.spyOn(fs, 'readFileSync');
    const again = await call(core, 'exportWorkspace', { workspaceId, folder: out });
    expect(again).toMatchObject({ written: [], unchanged: 10, index: 'README.md' });
    expect(loads).not.toHaveBeenCalled();
    expect(decisionReads(reads)).toBe(0);
  });

  it('writes a file edited there again, same size and a new time, as the decision stands', async () => {
    later();
    await call(core, 'exportWorkspace', { workspaceId, folder: out });
    const file = path.join(out, DECISION);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('Accepted', 'Acceptex'));
    const loads = loadsEveryDecision();
    const again = await call(core, 'exportWorkspace', { workspaceId, folder: out });
    expect(loads).toHaveBeenCalled();
    expect(again.written).toEqual([DECISION]);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('sees a same-size edit whose modification time was set back: the change time cannot be', async () => {
    later();
    await call(core, 'exportWorkspace', { workspaceId, folder: out });
    const file = path.join(out, DECISION);
    const text = fs.readFileSync(file, 'utf8');
    const stat = fs.statSync(file);
    const setBack = keepTimes(file);
    fs.writeFileSync(file, text.replace('Accepted', 'Acceptex'));
    setBack();
    expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
    const again = await call(core, 'exportWorkspace', { workspaceId, folder: out });
    expect(again.written).toEqual([DECISION]);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('writes a deleted file again', async () => {
    const file = path.join(out, DECISION);
    const text = fs.readFileSync(file, 'utf8');
    fs.rmSync(file);
    const again = await call(core, 'exportWorkspace', { workspaceId, folder: out });
    expect(again.written).toEqual([DECISION]);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('writes a decision edited in the app, and the index', async () => {
    const list = await call(core, 'searchDecisions', { workspaceId, query: 'shell scripts' });
    const decision = await call(core, 'getDecision', { id: list.items[0]?.id as string });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { status: 'deprecated' } });
    const again = await call(core, 'exportWorkspace', { workspaceId, folder: out });
    expect(again.written).toEqual([DECISION, 'README.md']);
    expect(fs.readFileSync(path.join(out, DECISION), 'utf8')).toContain('Deprecated');
  });

  it('compares everything for a different dialect or another folder', async () => {
    const loads = loadsEveryDecision();
    const other = await call(core, 'exportWorkspace', { workspaceId, folder: path.join(scratch, 'other') });
    expect(other.written).toHaveLength(10);
    const madr = await call(core, 'exportWorkspace', { workspaceId, folder: out, dialect: 'madr4' });
    expect(madr.written.length).toBeGreaterThan(0);
    expect(loads).toHaveBeenCalledTimes(2);
  });
});
