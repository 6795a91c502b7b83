import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiskEntry, FolderMatch, FolderState } from './folder-match';
import { planSync, type PlanInputs, type PlannedFile, type RecordState, type SyncAction } from './sync-plan';

// A sync's plan is a function of data alone: the stored state (each decision, its file row as the
// last sync left it, its rendering now, the open conflicts) and the folder as read. Random workspaces
// check that it is deterministic, leaves its inputs alone, plans each decision on its own, and never
// loses an edit: one side's edit goes to the other, both sides' edits wait as a conflict.
// CAIRN_MODEL_SEED / CAIRN_MODEL_RUNS replay or widen a run.
const SEED = Number(process.env.CAIRN_MODEL_SEED ?? 162026);
const RUNS = Number(process.env.CAIRN_MODEL_RUNS ?? 300);

type FileState = 'none' | 'unsynced' | 'synced';
type Disk = 'gone' | 'unchanged' | 'same' | 'edited' | 'unreadable';
type App = 'trashed' | 'untouched' | 'rerendered-same' | 'changed' | 'changed-as-on-disk';
interface Shape {
  file: FileState;
  disk: Disk;
  app: App;
  open: boolean;
}

const adr = (n: number, title: string, status: string) =>
  `# ${n}. ${title}\n\nDate: 2025-06-01\n\n## Status\n\n${status}\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n`;
const hash = (text: string) => `hash of ${text}`;
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const nameOf = (n: number) => `${String(n).padStart(4, '0')}-decision-${n}.md`;
const texts = (n: number) => ({ synced: adr(n, `Decision ${n}`, 'Accepted'), edited: adr(n, `Decision ${n}`, 'Deprecated'), app: adr(n, `Decision ${n} in the app`, 'Accepted') });

const shapes: fc.Arbitrary<Shape> = fc
  .record({
    file: fc.constantFrom<FileState>('none', 'unsynced', 'synced'),
    disk: fc.constantFrom<Disk>('gone', 'unchanged', 'same', 'edited', 'unreadable'),
    app: fc.constantFrom<App>('trashed', 'untouched', 'rerendered-same', 'changed', 'changed-as-on-disk'),
    open: fc.boolean(),
  })
  // A live decision without a synced file is always rendered (its file is to be written).
  .map((shape) => (shape.file !== 'synced' && shape.app !== 'trashed' ? { ...shape, app: 'changed' as const } : shape))
  // A file is on disk only where a synced row says one was written, so only those can be edited or not.
  .map((shape) => (shape.file === 'synced' ? shape : { ...shape, disk: 'gone' as const }));

function inputsOf(workspace: readonly Shape[]): PlanInputs {
  const entries = new Map<string, DiskEntry>();
  const records = workspace.map((shape, i): RecordState => {
    const n = i + 1;
    const id = idOf(n);
    const name = nameOf(n);
    const text = texts(n);
    const file: PlannedFile | null =
      shape.file === 'none' ? null : { path: name, diskHash: shape.file === 'synced' ? hash(text.synced) : null, appHash: hash(text.synced), renderKey: 'key-1', syncedNumber: n };
    const modified = new Date('2025-06-02T00:00:00Z');
    if (shape.disk === 'unchanged') entries.set(name, { name, state: 'unchanged' });
    if (shape.disk === 'unreadable') entries.set(name, { name, state: 'unreadable', reason: `${name} is a binary file` });
    if (shape.disk === 'same' || shape.disk === 'edited') {
      const onDisk = shape.disk === 'same' ? text.synced : text.edited;
      entries.set(name, { name, state: 'read', text: onDisk, hash: hash(onDisk), modified, cairnId: null });
    }
    if (shape.app === 'trashed') return { id, number: n, trashed: true, file, plannedPath: null, renderKey: '', rendered: null };
    const renderedText = shape.app === 'rerendered-same' ? text.synced : shape.app === 'changed-as-on-disk' ? text.edited : shape.app === 'changed' ? text.app : null;
    const document = { dialect: 'nygard' as const, id, number: n, content: {} as never, links: [], layout: null, warnings: [] };
    return {
      id,
      number: n,
      trashed: false,
      file,
      plannedPath: name,
      renderKey: renderedText === null ? 'key-1' : 'key-2',
      rendered: renderedText === null ? null : { path: name, text: renderedText, hash: hash(renderedText), document, linkTargets: [] },
    };
  });
  const folder: FolderState = { present: true, entries, scope: 'all' };
  const match: FolderMatch = { renames: [], arrivals: [], unreadable: [], returns: [], copies: [], synced: 0, lost: 0, settled: false };
  const conflicts = workspace.flatMap((shape, i) => (shape.open ? [{ decisionId: idOf(i + 1), path: nameOf(i + 1) }] : []));
  return { folder, match, records, everything: true, conflicts, unavailable: null };
}

/** Plain data to compare: Maps and Dates as their contents. */
function snapshot(inputs: PlanInputs): unknown {
  return JSON.parse(JSON.stringify({ ...inputs, folder: { ...inputs.folder, entries: [...inputs.folder.entries] } })) as unknown;
}

const workspaces = fc.array(shapes, { minLength: 1, maxLength: 12 });
const options = { seed: SEED, numRuns: RUNS };

describe('planSync on random workspaces', () => {
  it('is a function of its inputs: the same plan twice, its inputs untouched', () => {
    fc.assert(
      fc.property(workspaces, (workspace) => {
        const inputs = inputsOf(workspace);
        const before = snapshot(inputs);
        const plan = planSync(inputs);
        expect(snapshot(inputs)).toEqual(before);
        expect(planSync(inputsOf(workspace))).toEqual(plan);
      }),
      options,
    );
  });

  it('plans each decision on its own: one action each, in order, the same as planned alone', () => {
    fc.assert(
      fc.property(workspaces, (workspace) => {
        const inputs = inputsOf(workspace);
        const plan = planSync(inputs);
        expect(plan.actions.map((action) => action.decisionId)).toEqual(inputs.records.map((record) => record.id));
        inputs.records.forEach((record, i) => {
          const alone = planSync({ ...inputs, records: [record], conflicts: inputs.conflicts.filter((c) => c.decisionId === record.id) });
          expect(alone.actions).toEqual([plan.actions[i]]);
        });
      }),
      options,
    );
  });

  it('never loses an edit, and deletes only what one side deleted', () => {
    fc.assert(
      fc.property(workspaces, (workspace) => {
        const plan = planSync(inputsOf(workspace));
        workspace.forEach((shape, i) => {
          const action = plan.actions[i] as SyncAction;
          const appChanged = shape.app === 'changed' || shape.app === 'changed-as-on-disk';
          const diskEdited = shape.file === 'synced' && shape.disk === 'edited';
          if (shape.open) return expect(action).toMatchObject({ kind: 'conflict', open: true });
          // An edit on disk is taken in or waits; it is never written over.
          if (diskEdited) expect(['pull', 'conflict', 'leave']).toContain(action.kind);
          if (diskEdited && shape.app === 'changed') expect(action).toMatchObject({ kind: 'conflict', diskText: texts(i + 1).edited, appText: texts(i + 1).app });
          if (diskEdited && shape.app === 'changed-as-on-disk') expect(action).toMatchObject({ kind: 'leave', remember: { what: 'in-step' } });
          if (action.kind === 'pull') expect(diskEdited).toBe(true);
          // An edit in the app goes out or waits.
          if (appChanged && !diskEdited && shape.disk !== 'unreadable') expect(['push', 'conflict']).toContain(action.kind);
          if (action.kind === 'push') expect(appChanged && !diskEdited).toBe(true);
          // A file that cannot be read leaves its decision as it is.
          if (shape.file === 'synced' && shape.disk === 'unreadable') expect(action.kind).toBe('unreadable');
          if (action.kind === 'delete' && action.what === 'decision') expect(shape.disk === 'gone' && !appChanged && shape.app !== 'trashed').toBe(true);
          if (action.kind === 'delete' && action.what === 'file') expect(shape.app === 'trashed' && (shape.disk === 'same' || shape.disk === 'unchanged')).toBe(true);
        });
      }),
      options,
    );
  });

  it('plans nothing while the folder is unavailable, whatever the workspace', () => {
    const unavailable = { reason: 'lost-files' as const, message: 'The folder lost 8 of 8 files', lost: 8, synced: 8, canForce: true };
    fc.assert(
      fc.property(workspaces, (workspace) => {
        expect(planSync({ ...inputsOf(workspace), unavailable }).actions).toEqual([]);
      }),
      options,
    );
  });
});
