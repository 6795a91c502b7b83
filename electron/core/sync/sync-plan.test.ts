import { describe, expect, it } from 'vitest';
import type { DiskEntry, FolderMatch, FolderState, ReadEntry } from './folder-match';
import { planSync, type PlannedFile, type RecordState, type RenderedState, type SyncAction } from './sync-plan';

// planSync is pure: each case gives it the folder as read, each decision with its last-synced hashes
// and its rendering now, and reads the one action it plans for the decision.

const ID = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const THIRD = '00000000-0000-4000-8000-000000000003';

const adr = (title: string, status = 'Accepted') => `# 1. ${title}\n\nDate: 2025-06-01\n\n## Status\n\n${status}\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n`;

function read(name: string, text: string, cairnId: string | null = null): ReadEntry {
  return { name, state: 'read', text, hash: `hash of ${text}`, modified: new Date('2025-06-01T00:00:00Z'), cairnId };
}

function folder(entries: DiskEntry[], scope: FolderState['scope'] = 'all'): FolderState {
  return { present: true, entries: new Map(entries.map((entry) => [entry.name, entry])), scope };
}

function rendered(path: string, text: string): RenderedState {
  return { path, text, hash: `hash of ${text}`, document: { dialect: 'nygard', id: ID, number: 1, content: {} as never, links: [], layout: null, warnings: [] }, linkTargets: [] };
}

const SYNCED = adr('Use PostgreSQL');
const FILE = '0001-use-postgresql.md';
const syncedFile: PlannedFile = { path: FILE, diskHash: `hash of ${SYNCED}`, appHash: `hash of ${SYNCED}`, renderKey: 'key-1', syncedNumber: 1 };

function record(overrides: Partial<RecordState> = {}): RecordState {
  return { id: ID, number: 1, trashed: false, file: syncedFile, plannedPath: FILE, renderKey: 'key-1', rendered: null, ...overrides };
}

const noMatch: FolderMatch = { renames: [], arrivals: [], unreadable: [], returns: [], copies: [], synced: 1, lost: 0, settled: true };

function planOne(state: RecordState, disk: FolderState, options: { conflicts?: { decisionId: string; path: string }[] } = {}): SyncAction {
  const plan = planSync({ folder: disk, match: noMatch, records: [state], everything: true, conflicts: options.conflicts ?? [], unavailable: null });
  expect(plan.actions).toHaveLength(1);
  return plan.actions[0] as SyncAction;
}

const EDITED = adr('Use PostgreSQL', 'Deprecated');
const APP = adr('Use PostgreSQL 16');

interface Case {
  name: string;
  state: RecordState;
  disk: FolderState;
  conflicts?: { decisionId: string; path: string }[];
  expected: Partial<SyncAction> & { kind: SyncAction['kind'] };
}

const cases: Case[] = [
  { name: 'neither side changed, render key as before: leave, nothing rendered', state: record(), disk: folder([read(FILE, SYNCED)]), expected: { kind: 'leave', remember: null } },
  {
    name: 'not read (its stat as at the last sync) and unchanged in the app: leave',
    state: record(),
    disk: folder([{ name: FILE, state: 'unchanged' }]),
    expected: { kind: 'leave', remember: null },
  },
  {
    name: 'rendered again to the same bytes: leave, remembering the new render key',
    state: record({ renderKey: 'key-2', rendered: rendered(FILE, SYNCED) }),
    disk: folder([read(FILE, SYNCED)]),
    expected: { kind: 'leave', remember: { what: 'render-key', renderKey: 'key-2' } },
  },
  {
    name: 'changed in the app: push to its file',
    state: record({ renderKey: 'key-2', rendered: rendered(FILE, APP) }),
    disk: folder([read(FILE, SYNCED)]),
    expected: { kind: 'push', decisionId: ID, file: FILE, from: null, first: false, renderKey: 'key-2' },
  },
  {
    name: 'renumbered in the app: renumber, its file moving',
    state: record({ number: 7, renderKey: 'key-2', rendered: rendered('0007-use-postgresql.md', APP) }),
    disk: folder([read(FILE, SYNCED)]),
    expected: { kind: 'renumber', file: '0007-use-postgresql.md', from: FILE, first: false },
  },
  {
    name: 'a new file name without a new number (another dialect): a push that moves the file',
    state: record({ renderKey: 'key-2', rendered: rendered('0001-use-postgresql-madr.md', APP) }),
    disk: folder([read(FILE, SYNCED)]),
    expected: { kind: 'push', file: '0001-use-postgresql-madr.md', from: FILE },
  },
  { name: 'edited on disk: pull', state: record(), disk: folder([read(FILE, EDITED)]), expected: { kind: 'pull', decisionId: ID, file: FILE, restore: false } },
  {
    name: 'edited on both sides differently: conflict with both texts',
    state: record({ renderKey: 'key-2', rendered: rendered(FILE, APP) }),
    disk: folder([read(FILE, EDITED)]),
    expected: { kind: 'conflict', open: false, diskText: EDITED, appText: APP },
  },
  {
    name: 'edited on both sides to the same bytes: leave, in step',
    state: record({ renderKey: 'key-2', rendered: rendered(FILE, EDITED) }),
    disk: folder([read(FILE, EDITED)]),
    expected: { kind: 'leave', remember: { what: 'in-step', hash: `hash of ${EDITED}`, renderKey: 'key-2' } },
  },
  { name: 'deleted on disk, unchanged in the app: the decision goes to the trash', state: record(), disk: folder([]), expected: { kind: 'delete', what: 'decision', file: FILE } },
  {
    name: 'deleted on disk, changed in the app: conflict without a disk text',
    state: record({ renderKey: 'key-2', rendered: rendered(FILE, APP) }),
    disk: folder([]),
    expected: { kind: 'conflict', open: false, diskText: null, appText: APP },
  },
  {
    name: 'no file yet: push, its first',
    state: record({ file: null, rendered: rendered(FILE, APP) }),
    disk: folder([]),
    expected: { kind: 'push', file: FILE, from: null, first: true },
  },
  {
    name: 'a file row from another folder (never written here): push, its first',
    state: record({ file: { ...syncedFile, diskHash: null }, rendered: rendered(FILE, APP) }),
    disk: folder([]),
    expected: { kind: 'push', first: true },
  },
  { name: 'in the trash, its file unedited: the file is deleted', state: record({ trashed: true }), disk: folder([read(FILE, SYNCED)]), expected: { kind: 'delete', what: 'file' } },
  { name: 'in the trash, its file edited on disk: pulled back from the trash', state: record({ trashed: true }), disk: folder([read(FILE, EDITED)]), expected: { kind: 'pull', restore: true } },
  { name: 'in the trash, its file gone: leave, forgetting the file', state: record({ trashed: true }), disk: folder([]), expected: { kind: 'leave', remember: { what: 'file-gone' } } },
  { name: 'in the trash with no file: leave', state: record({ trashed: true, file: null }), disk: folder([]), expected: { kind: 'leave', remember: null } },
  {
    name: 'its file cannot be read: unreadable, the decision left as it is',
    state: record(),
    disk: folder([{ name: FILE, state: 'unreadable', reason: `${FILE} is a binary file` }]),
    expected: { kind: 'unreadable', decisionId: ID, reason: `${FILE} is a binary file; its decision was left as it is until the file can be read` },
  },
  {
    name: 'its file was edited into something that is not a record: unreadable, naming the file',
    state: record(),
    disk: folder([read(FILE, '---\ntitle: [unclosed\n---\n# Title\n')]),
    expected: { kind: 'unreadable', decisionId: ID },
  },
  {
    name: 'an open conflict waits, whatever changed since',
    state: record({ renderKey: 'key-2', rendered: rendered(FILE, APP) }),
    disk: folder([read(FILE, EDITED)]),
    conflicts: [{ decisionId: ID, path: FILE }],
    expected: { kind: 'conflict', open: true, file: FILE },
  },
  {
    name: 'outside the files a watcher saw change: as the last sync left it',
    state: record(),
    disk: folder([], new Set(['0002-other.md'])),
    expected: { kind: 'leave', remember: null },
  },
  { name: 'among the files a watcher saw change, and gone: deleted on disk', state: record(), disk: folder([], new Set([FILE])), expected: { kind: 'delete', what: 'decision' } },
];

describe('planSync, one decision at a time', () => {
  it.each(cases)('$name', ({ state, disk, conflicts, expected }) => {
    expect(planOne(state, disk, { conflicts })).toMatchObject(expected);
  });

  it('fails loudly when a decision without a file was not rendered (a bug in the caller, not a file problem)', () => {
    expect(() => planOne(record({ file: null }), folder([]))).toThrow(/must be rendered/);
  });
});

describe('planSync, the folder as a whole', () => {
  const NEW = '0002-new-on-disk.md';
  const match: FolderMatch = {
    renames: [{ decisionId: OTHER, from: '0002-old.md', to: '0002-moved.md' }],
    arrivals: [read(NEW, adr('New on disk')), read('0003-broken.md', '---\nkey: [\n---\n')],
    unreadable: [{ name: '0004-binary.md', reason: '0004-binary.md is a binary file' }],
    returns: [{ entry: read('0006-back.md', adr('Back from the trash'), THIRD), decisionId: THIRD }],
    copies: [{ entry: read('0005-copy.md', SYNCED, ID), decisionId: ID, fileOfDecision: FILE }],
    synced: 2,
    lost: 0,
    settled: false,
  };

  it('follows moved files first, then takes what is nobody’s and what comes back from the trash, then the decisions by number', () => {
    const plan = planSync({ folder: folder([read(FILE, SYNCED)]), match, records: [record()], everything: true, conflicts: [], unavailable: null });
    expect(plan.actions.map((action) => [action.kind, action.file])).toEqual([
      ['rename', '0002-moved.md'],
      ['unreadable', '0004-binary.md'],
      ['pull', NEW],
      ['unreadable', '0003-broken.md'],
      ['pull', '0006-back.md'],
      ['leave', '0005-copy.md'],
      ['leave', FILE],
    ]);
    expect(plan.actions[2]).toMatchObject({ decisionId: null, restore: false });
    expect(plan.actions[3]).toMatchObject({ reason: expect.stringMatching(/^0003-broken\.md:\d*:? ?.*YAML/) as string });
    expect(plan.actions[4]).toMatchObject({ decisionId: THIRD, restore: true });
    expect(plan.actions[5]).toMatchObject({ note: `0005-copy.md holds the id of a decision whose file is ${FILE}; a copy? It was not imported.` });
  });

  it('takes a file a crash left unrecorded under the decision’s own name for its file, not a copy', () => {
    const unrecorded = read(FILE, SYNCED, ID);
    const cutShort: FolderMatch = { ...noMatch, copies: [{ entry: unrecorded, decisionId: ID, fileOfDecision: null }], settled: false };
    const firstWrite = record({ file: null, rendered: rendered(FILE, SYNCED) });
    const plan = planSync({ folder: folder([unrecorded]), match: cutShort, records: [firstWrite], everything: true, conflicts: [], unavailable: null });
    expect(plan.actions).toEqual([expect.objectContaining({ kind: 'push', decisionId: ID, file: FILE, first: true })]);

    const elsewhere = planSync({ folder: folder([unrecorded]), match: cutShort, records: [record({ file: null, plannedPath: '0001-renamed.md', rendered: rendered('0001-renamed.md', SYNCED) })], everything: true, conflicts: [], unavailable: null });
    expect(elsewhere.actions[0]).toMatchObject({ kind: 'leave', file: FILE, note: `${FILE} holds the id of a decision whose file is not written yet; a copy? It was not imported.` });
  });

  it('still reports the open conflicts of decisions a partial plan did not look at', () => {
    const plan = planSync({ folder: folder([]), match: noMatch, records: [], everything: false, conflicts: [{ decisionId: OTHER, path: '0002-x.md' }], unavailable: null });
    expect(plan.actions).toEqual([{ kind: 'conflict', decisionId: OTHER, file: '0002-x.md', open: true }]);
  });

  it('plans nothing at all while the folder is unavailable', () => {
    const unavailable = { reason: 'lost-files' as const, message: 'The folder lost 2 of 2 files', lost: 2, synced: 2, canForce: true };
    const plan = planSync({ folder: folder([]), match, records: [record()], everything: true, conflicts: [], unavailable });
    expect(plan).toEqual({ unavailable, actions: [], everything: true });
  });
});

describe('planSync and the conflict markers git leaves in a file', () => {
  const MARKED = `${adr('Use PostgreSQL').replace('Accepted', '<<<<<<< HEAD\nAccepted\n=======\nRejected\n>>>>>>> origin/main')}`;

  it('makes a conflict of a synced file with markers, never a pull, with the local side as the app’s when nothing was rendered', () => {
    const action = planOne(record(), folder([read(FILE, MARKED)]));
    expect(action).toMatchObject({ kind: 'conflict', decisionId: ID, file: FILE, open: false, diskText: MARKED, appText: adr('Use PostgreSQL') });
    const changed = planOne(record({ renderKey: 'key-2', rendered: rendered(FILE, APP) }), folder([read(FILE, MARKED)]));
    expect(changed).toMatchObject({ kind: 'conflict', diskText: MARKED, appText: APP });
  });

  it('does not import a new file with markers', () => {
    const plan = planSync({ folder: folder([read('0002-new.md', MARKED)]), match: { ...noMatch, arrivals: [read('0002-new.md', MARKED)] }, records: [], everything: true, conflicts: [], unavailable: null });
    expect(plan.actions).toEqual([
      { kind: 'unreadable', decisionId: null, file: '0002-new.md', reason: "0002-new.md holds git's conflict markers (<<<<<<< … >>>>>>>): settle the merge in the file, then sync again" },
    ]);
  });
});
