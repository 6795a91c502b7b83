import { describe, expect, it } from 'vitest';
import { matchFolder, unclaimedEntries, type DiskEntry, type FolderMatch, type FolderState, type ReadEntry } from './folder-match';
import type { TrackedFile } from './sync-store';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

function read(name: string, hash: string, cairnId: string | null = null): ReadEntry {
  return { name, state: 'read', text: `text ${hash}`, hash, modified: new Date(0), cairnId };
}

function folder(entries: DiskEntry[], scope: FolderState['scope'] = 'all'): FolderState {
  return { present: true, entries: new Map(entries.map((entry) => [entry.name, entry])), scope };
}

const tracked: TrackedFile[] = [
  { decisionId: A, path: '0001-a.md', diskHash: 'hash-a', syncedNumber: 1 },
  { decisionId: B, path: '0002-b.md', diskHash: 'hash-b', syncedNumber: 2 },
];

interface Case {
  name: string;
  disk: FolderState;
  owned?: string[];
  inTrash?: string[];
  expected: Partial<FolderMatch>;
}

const cases: Case[] = [
  {
    name: 'every file where it was: settled, nothing to match',
    disk: folder([read('0001-a.md', 'hash-a'), { name: '0002-b.md', state: 'unchanged' }]),
    expected: { renames: [], arrivals: [], lost: 0, synced: 2, settled: true },
  },
  {
    name: 'a file moved and edited is followed by the Cairn id it holds',
    disk: folder([read('0001-a.md', 'hash-a'), read('0002-renamed.md', 'edited', B)]),
    expected: { renames: [{ decisionId: B, from: '0002-b.md', to: '0002-renamed.md' }], arrivals: [], lost: 0, settled: false },
  },
  {
    name: 'a file moved without an id is followed by its unchanged bytes',
    disk: folder([read('0001-a.md', 'hash-a'), read('0002-moved.md', 'hash-b')]),
    expected: { renames: [{ decisionId: B, from: '0002-b.md', to: '0002-moved.md' }], lost: 0 },
  },
  {
    name: 'a file deleted is lost; a new one arrives',
    disk: folder([read('0001-a.md', 'hash-a'), read('0003-new.md', 'hash-new')]),
    expected: { renames: [], lost: 1, settled: false, arrivals: [read('0003-new.md', 'hash-new')] },
  },
  {
    name: 'a file holding the id of a decision whose file is still there is a copy',
    disk: folder([read('0001-a.md', 'hash-a'), read('0002-b.md', 'hash-b'), read('0009-copy.md', 'hash-copy', A)]),
    owned: [A],
    expected: { copies: [{ entry: read('0009-copy.md', 'hash-copy', A), decisionId: A, fileOfDecision: '0001-a.md' }], arrivals: [] },
  },
  {
    name: 'a file holding the id of a decision in the trash without a file is that decision back; a second such file is a copy',
    disk: folder([read('0001-a.md', 'hash-a'), read('0002-b.md', 'hash-b'), read('0007-back.md', 'hash-back', C), read('0008-again.md', 'hash-again', C)]),
    owned: [C],
    inTrash: [C],
    expected: {
      returns: [{ entry: read('0007-back.md', 'hash-back', C), decisionId: C }],
      copies: [{ entry: read('0008-again.md', 'hash-again', C), decisionId: C, fileOfDecision: '0007-back.md' }],
      arrivals: [],
    },
  },
  {
    name: 'an id of another workspace’s decision makes no copy: the file arrives',
    disk: folder([read('0001-a.md', 'hash-a'), read('0002-b.md', 'hash-b'), read('0009-elsewhere.md', 'hash-x', '00000000-0000-4000-8000-0000000000ff')]),
    expected: { copies: [], arrivals: [read('0009-elsewhere.md', 'hash-x', '00000000-0000-4000-8000-0000000000ff')] },
  },
  {
    name: 'a new file that cannot be read is named, not taken',
    disk: folder([read('0001-a.md', 'hash-a'), read('0002-b.md', 'hash-b'), { name: '0003-binary.md', state: 'unreadable', reason: 'binary' }]),
    expected: { unreadable: [{ name: '0003-binary.md', reason: 'binary' }], arrivals: [], settled: false },
  },
  {
    name: 'only the files a watcher named are looked at: the others are where they were',
    disk: folder([read('0001-a.md', 'edited')], new Set(['0001-a.md'])),
    expected: { lost: 0, settled: true },
  },
  {
    name: 'a file a watcher named that is gone is lost',
    disk: folder([], new Set(['0002-b.md'])),
    expected: { lost: 1, synced: 2, settled: false },
  },
  {
    name: 'a folder that is gone lost every synced file',
    disk: { present: false, entries: new Map(), scope: 'all' },
    expected: { lost: 2, synced: 2 },
  },
];

describe('matchFolder', () => {
  it.each(cases)('$name', ({ disk, owned, inTrash, expected }) => {
    expect(matchFolder({ folder: disk, tracked, synced: 2, owned: new Set(owned ?? []), inTrash: new Set(inTrash ?? []) })).toMatchObject(expected);
  });

  it('asks about the ids of unclaimed files only', () => {
    const disk = folder([read('0001-a.md', 'hash-a', A), read('0009-new.md', 'hash-n', B), read('0010-plain.md', 'hash-p')]);
    expect(unclaimedEntries(disk, tracked).map((entry) => entry.name)).toEqual(['0009-new.md', '0010-plain.md']);
  });
});
