import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { importCorpusCopy, type ImportedCorpus } from '../testing/imported-corpus';
import type { TempCore } from '../testing/temp-core';

let imported: ImportedCorpus;
let core: TempCore;
let folder: string;
let workspaceId: string;
let decisionNumbered: ImportedCorpus['decisionNumbered'];

beforeEach(async () => {
  imported = await importCorpusCopy();
  ({ core, folder, workspaceId, decisionNumbered } = imported);
});
afterEach(() => imported.dispose());

const SHELL = '0002-implement-as-shell-scripts.md';
const MARKDOWN = '0004-markdown-format.md';
const file = (name: string) => path.join(folder, name);
const snapshot = () => Object.fromEntries(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(file(name), 'utf8')]));

describe('previewSync', () => {
  it('says there is nothing to do when both sides are in step', async () => {
    expect(await call(core, 'previewSync', { workspaceId })).toEqual({
      unavailable: null,
      counts: { in: 0, out: 0, conflicts: 0, deleted: 0, renamed: 0, unreadable: 0 },
      actions: [],
    });
  });

  it('lists what the sync will do, changes nothing, and the sync then does just that', async () => {
    fs.writeFileSync(file(MARKDOWN), fs.readFileSync(file(MARKDOWN), 'utf8').replace('Accepted', 'Deprecated'));
    const shell = await decisionNumbered(2);
    await call(core, 'updateDecision', { id: shell.id, baseRevision: shell.revision, changes: { status: 'superseded' } });
    await call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title: 'Made in the app', context: 'Because.' } });
    fs.writeFileSync(file('0011-new-on-disk.md'), '# 11. New on disk\n\nDate: 2025-06-01\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n');
    fs.rmSync(file('0005-help-comments.md'));
    const before = snapshot();
    const revisions = (await call(core, 'listRevisions', { decisionId: shell.id })).length;

    const preview = await call(core, 'previewSync', { workspaceId });
    expect(preview.counts).toEqual({ in: 2, out: 2, conflicts: 0, deleted: 1, renamed: 0, unreadable: 0 });
    expect(preview.actions.map((action) => [action.kind, action.file, action.number, action.title])).toEqual([
      ['pull', '0011-new-on-disk.md', 11, 'New on disk'],
      ['push', SHELL, 2, 'Implement as shell scripts'],
      ['pull', MARKDOWN, 4, 'Markdown format'],
      ['delete', '0005-help-comments.md', 5, 'Help comments'],
      ['push', '0010-made-in-the-app.md', 10, 'Made in the app'],
    ]);
    expect(preview.actions[3]?.detail).toBe('Deleted on disk: the decision goes to the trash');
    // Nothing moved: not a file, not a revision, not the trash.
    expect(snapshot()).toEqual(before);
    expect(await call(core, 'listRevisions', { decisionId: shell.id })).toHaveLength(revisions);
    expect((await call(core, 'searchDecisions', { workspaceId })).total).toBe(10);
    expect(await call(core, 'previewSync', { workspaceId })).toEqual(preview);

    // Then a knock-on the plan could not know: 0009 links to 0005, which is in the trash once applied,
    // so its file loses that link in a second pass of the same sync, and the folder is in step.
    expect(fs.readFileSync(file('0009-help-scripts.md'), 'utf8')).toContain('0005-help-comments.md');
    const result = await call(core, 'syncWorkspace', { workspaceId });
    expect(result).toMatchObject({
      pulled: ['0011-new-on-disk.md', MARKDOWN],
      pushed: [SHELL, '0010-made-in-the-app.md', '0009-help-scripts.md'],
      deleted: ['0005-help-comments.md'],
      problems: [],
    });
    expect(fs.readFileSync(file('0009-help-scripts.md'), 'utf8')).not.toContain('0005-help-comments.md');
    expect((await call(core, 'previewSync', { workspaceId })).actions).toEqual([]);
  });

  it('shows a conflict and a file that cannot be read', async () => {
    const shell = await decisionNumbered(2);
    await call(core, 'updateDecision', { id: shell.id, baseRevision: shell.revision, changes: { title: 'Implement in shell' } });
    fs.writeFileSync(file(SHELL), fs.readFileSync(file(SHELL), 'utf8').replace('Accepted', 'Rejected'));
    fs.writeFileSync(file(MARKDOWN), Buffer.from([0x23, 0x20, 0x00]));

    const preview = await call(core, 'previewSync', { workspaceId });
    expect(preview.counts).toMatchObject({ conflicts: 1, unreadable: 1, in: 0, out: 0 });
    expect(preview.actions).toEqual([
      expect.objectContaining({ kind: 'conflict', file: SHELL, title: 'Implement in shell', detail: 'Changed on disk and in Cairn: waits for you to choose' }),
      expect.objectContaining({ kind: 'unreadable', file: MARKDOWN, detail: expect.stringMatching(/binary file .*left as it is/) as string }),
    ]);
    expect(await call(core, 'listSyncConflicts', { workspaceId })).toEqual([]);
  });
});
