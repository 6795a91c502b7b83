import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../testing/call';
import { importCorpusCopy, type ImportedCorpus } from '../testing/imported-corpus';
import type { TempCore } from '../testing/temp-core';

let imported: ImportedCorpus;
let core: TempCore;
let scratch: string;
let folder: string;
let workspaceId: string;
let read: ImportedCorpus['read'];
let write: ImportedCorpus['write'];
let sync: ImportedCorpus['sync'];
let decisionNumbered: ImportedCorpus['decisionNumbered'];

beforeEach(async () => {
  imported = await importCorpusCopy();
  ({ core, scratch, folder, workspaceId, read, write, sync, decisionNumbered } = imported);
});
afterEach(() => imported.dispose());

const SHELL = '0002-implement-as-shell-scripts.md';

describe('two-way sync', () => {
  it('does nothing when neither side changed', async () => {
    const before = fs.statSync(path.join(folder, SHELL)).mtimeMs;
    expect(await sync()).toEqual({ pulled: [], pushed: [], deleted: [], renamed: [], conflicts: [], duplicates: [], problems: [] });
    expect(fs.statSync(path.join(folder, SHELL)).mtimeMs).toBe(before);
  });

  it('trusts a file by its size and times once it is older than a moment, yet still sees a later hand edit', async () => {
    // A minute later by the clock, every file is old enough for sync to cache its stat and skip reading it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 60_000);
      expect((await sync()).pulled).toEqual([]);
      expect((await sync()).pulled).toEqual([]);

      write(SHELL, read(SHELL).replace('Accepted', 'Deprecated'));
      expect((await sync()).pulled).toEqual([SHELL]);
      expect((await decisionNumbered(2)).status).toBe('deprecated');
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits while git is writing the folder (a pull in progress), and takes nothing half-written', async () => {
    fs.mkdirSync(path.join(scratch, '.git'));
    fs.writeFileSync(path.join(scratch, '.git', 'index.lock'), '');
    write(SHELL, read(SHELL).replace('Accepted', 'Deprecated'));
    await expect(sync()).rejects.toThrow(/git is writing files in .* right now .*index\.lock exists/);
    expect((await decisionNumbered(2)).status).toBe('accepted');

    fs.rmSync(path.join(scratch, '.git', 'index.lock'));
    expect((await sync()).pulled).toEqual([SHELL]);
  });

  it('leaves a decision alone while its file cannot be read, and takes the file in once it can', async () => {
    const text = read(SHELL);
    fs.writeFileSync(path.join(folder, SHELL), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x0a]));
    const broken = await sync();
    expect(broken).toMatchObject({ deleted: [], pushed: [], pulled: [] });
    expect(broken.problems).toEqual([{ file: SHELL, message: expect.stringMatching(/binary file .*its decision was left as it is until the file can be read$/) as string }]);
    expect((await decisionNumbered(2)).title).toBe('Implement as shell scripts');

    // A new file makes sync look at the whole folder: the unreadable one is still not taken for deleted.
    write('0010-keep-a-changelog.md', '# 10. Keep a changelog\n\nDate: 2016-03-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n');
    const whole = await sync();
    expect(whole).toMatchObject({ deleted: [], pulled: ['0010-keep-a-changelog.md'] });
    expect(whole.problems.map((p) => p.file)).toEqual([SHELL]);
    expect(fs.existsSync(path.join(folder, SHELL))).toBe(true);
    expect((await decisionNumbered(2)).status).toBe('accepted');

    write(SHELL, text.replace('Accepted', 'Deprecated'));
    expect(await sync()).toMatchObject({ pulled: [SHELL], problems: [] });
    expect((await decisionNumbered(2)).status).toBe('deprecated');
  });

  it('brings a hand edit into the app as a new revision, by the file rather than the person at this app', async () => {
    await call(core, 'setProfile', { name: 'Ada Lovelace' });
    write(SHELL, read(SHELL).replace('Accepted', 'Deprecated').replace('standard Unix', 'standard POSIX'));
    expect((await sync()).pulled).toEqual([SHELL]);
    const decision = await decisionNumbered(2);
    expect(decision.status).toBe('deprecated');
    expect(decision.outcome).toContain('standard POSIX');
    const [latest] = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(latest?.summary).toMatch(/^From 0002-implement-as-shell-scripts\.md: /);
    expect(latest?.author).toBe('On disk');
    expect(await sync()).toMatchObject({ pulled: [], pushed: [] });
  });

  it('writes an app edit to the file, changing only its lines', async () => {
    const original = read(SHELL);
    const decision = await decisionNumbered(2);
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { status: 'deprecated' } });
    expect((await sync()).pushed).toEqual([SHELL]);
    expect(read(SHELL)).toBe(original.replace('\nAccepted\n', '\nDeprecated\n'));
    expect(await sync()).toMatchObject({ pulled: [], pushed: [] });
  });

  it('records a conflict when both sides changed, and settles it the way the user chooses', async () => {
    const decision = await decisionNumbered(2);
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'Implement in shell' } });
    const handEdited = read(SHELL).replace('Accepted', 'Rejected');
    write(SHELL, handEdited);

    expect((await sync()).conflicts).toEqual([SHELL]);
    expect(read(SHELL)).toBe(handEdited);
    expect((await decisionNumbered(2)).title).toBe('Implement in shell');
    const [conflict] = await call(core, 'listSyncConflicts', { workspaceId });
    expect(conflict).toMatchObject({ decisionId: decision.id, file: SHELL, diskText: handEdited });
    expect(conflict?.appText).toContain('# 2. Implement in shell');
    expect((await sync()).conflicts).toEqual([SHELL]);

    const merged = handEdited.replace('# 2. Implement as shell scripts', '# 2. Implement in shell');
    await call(core, 'resolveSyncConflict', { decisionId: decision.id, keep: 'merged', text: merged });
    expect(read(SHELL)).toBe(merged);
    expect(await decisionNumbered(2)).toMatchObject({ title: 'Implement in shell', status: 'rejected' });
    expect(await call(core, 'listSyncConflicts', { workspaceId })).toEqual([]);
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
  });

  it('keeps the file or the app version of a conflict', async () => {
    const decision = await decisionNumbered(2);
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'App title' } });
    write(SHELL, read(SHELL).replace('Implement as shell scripts', 'Disk title'));
    await sync();
    await call(core, 'resolveSyncConflict', { decisionId: decision.id, keep: 'disk' });
    expect((await decisionNumbered(2)).title).toBe('Disk title');

    const again = await decisionNumbered(2);
    await call(core, 'updateDecision', { id: again.id, baseRevision: again.revision, changes: { title: 'App wins' } });
    write(SHELL, read(SHELL).replace('Disk title', 'Disk again'));
    await sync();
    await call(core, 'resolveSyncConflict', { decisionId: decision.id, keep: 'app' });
    expect(read(SHELL).split('\n')[0]).toBe('# 2. App wins');
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
  });

  it('moves a decision whose file was deleted to the trash, and deletes the file of a decision deleted in the app', async () => {
    fs.rmSync(path.join(folder, SHELL));
    const decision = await decisionNumbered(2);
    expect((await sync()).deleted).toEqual([SHELL]);
    expect((await call(core, 'searchDecisions', { workspaceId })).total).toBe(8);
    await call(core, 'restoreDecision', { id: decision.id });
    expect((await sync()).pushed).toEqual([SHELL]);
    expect(read(SHELL).startsWith('# 2. Implement as shell scripts\n')).toBe(true);

    const other = await decisionNumbered(3);
    await call(core, 'deleteDecision', { id: other.id });
    expect((await sync()).deleted).toEqual(['0003-single-command-with-subcommands.md']);
    expect(fs.existsSync(path.join(folder, '0003-single-command-with-subcommands.md'))).toBe(false);
  });

  it('follows a renamed file without making a second decision', async () => {
    fs.renameSync(path.join(folder, SHELL), path.join(folder, '0002-shell.md'));
    expect((await sync()).renamed).toEqual([{ from: SHELL, to: '0002-shell.md' }]);
    expect((await call(core, 'searchDecisions', { workspaceId })).total).toBe(9);
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], renamed: [] });
  });

  it('imports a new file and writes a new decision with its Cairn id, reporting that both took number 10', async () => {
    write('0010-new-on-disk.md', '# 10. New on disk\n\nDate: 2025-06-01\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n');
    const created = await call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title: 'Made in the app', context: 'Because.' } });
    const result = await sync();
    expect(result.pulled).toEqual(['0010-new-on-disk.md']);
    expect(result.pushed).toEqual(['0010-made-in-the-app.md']);
    expect(result.duplicates).toEqual([{ number: 10, files: ['0010-made-in-the-app.md', '0010-new-on-disk.md'], decisionIds: [created.id, expect.any(String)] }]);
    expect(read('0010-made-in-the-app.md')).toContain(`<!-- cairn-id: ${created.id} -->`);
    const found = await call(core, 'searchDecisions', { workspaceId, query: 'new on disk' });
    expect(found.items.map((d) => [d.number, d.title, d.status])).toEqual([[10, 'New on disk', 'proposed']]);
    expect(await sync()).toMatchObject({ pulled: [], pushed: [] });
  });

  it('reports duplicate numbers and renumbers, rewriting the links that point at the moved file', async () => {
    write('0009-a-second-nine.md', '# 9. A second nine\n\nDate: 2025-06-01\n\n## Status\n\nAccepted\n\n## Context\n\nFrom another branch.\n');
    const one = await decisionNumbered(1);
    const result = await sync();
    expect(result.duplicates.map((d) => [d.number, d.files])).toEqual([[9, ['0009-a-second-nine.md', '0009-help-scripts.md']]]);

    const list = await call(core, 'searchDecisions', { workspaceId, query: 'second nine' });
    const second = list.items[0]?.id as string;
    await call(core, 'addDecisionLink', { fromId: one.id, kind: 'relates-to', toId: second });
    await sync();
    expect(read('0001-record-architecture-decisions.md')).toContain('Relates to [9. A second nine](0009-a-second-nine.md)');

    await call(core, 'renumberDecision', { id: second });
    const after = await sync();
    expect(after.renamed).toEqual([{ from: '0009-a-second-nine.md', to: '0010-a-second-nine.md' }]);
    expect(after.duplicates).toEqual([]);
    expect(read('0010-a-second-nine.md').split('\n')[0]).toBe('# 10. A second nine');
    expect(read('0001-record-architecture-decisions.md')).toContain('Relates to [10. A second nine](0010-a-second-nine.md)');
    expect(fs.existsSync(path.join(folder, '0009-a-second-nine.md'))).toBe(false);
  });

  it('shows what a renumber will do, then rewrites every link to the old file name in the other files and no other byte', async () => {
    write('0009-a-second-nine.md', '# 9. A second nine\n\nDate: 2025-06-01\n\n## Status\n\nAccepted\n\n## Context\n\nFrom another branch.\n');
    const one = await decisionNumbered(1);
    await sync();
    const second = (await call(core, 'searchDecisions', { workspaceId, query: 'second nine' })).items[0]?.id as string;
    await call(core, 'addDecisionLink', { fromId: one.id, kind: 'relates-to', toId: second });
    await sync();
    const ONE = '0001-record-architecture-decisions.md';
    // A link in the body (with an anchor), beside a mere mention of the number and the name, which stay.
    write(ONE, read(ONE).replace('## Context\n\n', '## Context\n\nSee [the second nine](0009-a-second-nine.md#context); ADR 0009 is 0009-a-second-nine.md.\n\n'));
    await sync();
    const before = read(ONE);
    const revisionsBefore = await call(core, 'listRevisions', { decisionId: one.id });

    const preview = await call(core, 'previewRenumber', { id: second });
    expect(preview).toEqual({
      number: 10,
      file: '0009-a-second-nine.md',
      newFile: '0010-a-second-nine.md',
      rewrites: [{ decisionId: one.id, number: 1, title: 'Record architecture decisions', file: ONE }],
    });
    expect(await call(core, 'listRevisions', { decisionId: one.id })).toEqual(revisionsBefore);
    expect((await call(core, 'getDecision', { id: second })).number).toBe(9);

    await call(core, 'renumberDecision', { id: second });
    expect((await call(core, 'listRevisions', { decisionId: one.id }))[0]?.summary).toBe('Links to 0009-a-second-nine.md point at 0010-a-second-nine.md');
    const after = await sync();
    expect(after.renamed).toEqual([{ from: '0009-a-second-nine.md', to: '0010-a-second-nine.md' }]);
    expect(read(ONE)).toBe(
      before
        .replace('Relates to [9. A second nine](0009-a-second-nine.md)', 'Relates to [10. A second nine](0010-a-second-nine.md)')
        .replace('[the second nine](0009-a-second-nine.md#context)', '[the second nine](0010-a-second-nine.md#context)'),
    );
    expect(await sync()).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
  });
});
