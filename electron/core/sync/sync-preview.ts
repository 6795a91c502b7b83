import type { SyncPlanAction, SyncPreview } from '../../../shared/api/sync-operations';
import type { SyncAction, SyncPlan } from './sync-plan';

/** What the preview says of a decision: its number and title as they stand. */
export type DescribeDecision = (decisionId: string) => { number: number; title: string } | undefined;

/** A plan as `previewSync` shows it: the counts ("3 in, 2 out, 1 conflict") and every action but a plain leave. */
export function describePlan(plan: SyncPlan, describe: DescribeDecision): SyncPreview {
  const actions = plan.actions.flatMap((action): SyncPlanAction[] => {
    const line = describeAction(action);
    if (line === null) return [];
    const known = action.decisionId === null ? undefined : describe(action.decisionId);
    const fromFile = action.kind === 'pull' && action.decisionId === null ? action.read.document : null;
    return [
      {
        kind: action.kind,
        file: line.file,
        from: line.from,
        decisionId: action.decisionId,
        number: known?.number ?? fromFile?.number ?? null,
        title: known?.title ?? fromFile?.content.title ?? null,
        detail: line.detail,
      },
    ];
  });
  const count = (...kinds: SyncPlanAction['kind'][]) => actions.filter((action) => kinds.includes(action.kind)).length;
  return {
    unavailable: plan.unavailable,
    counts: {
      in: count('pull'),
      out: count('push', 'renumber'),
      conflicts: count('conflict'),
      deleted: count('delete'),
      renamed: count('rename', 'renumber') + actions.filter((action) => action.kind === 'push' && action.from !== null).length,
      unreadable: count('unreadable'),
    },
    actions,
  };
}

function describeAction(action: SyncAction): { file: string; from: string | null; detail: string } | null {
  switch (action.kind) {
    case 'rename':
      return { file: action.file, from: action.from, detail: `Moved on disk from ${action.from}: followed under its new name` };
    case 'pull':
      if (action.decisionId === null) return { file: action.file, from: null, detail: 'New file: comes into Cairn as a new decision' };
      return { file: action.file, from: null, detail: action.restore ? 'Edited on disk: comes back from the trash with the file’s version' : 'Edited on disk: the file’s version comes into Cairn' };
    case 'push':
      if (action.first) return { file: action.file, from: null, detail: 'Not in the folder yet: its file is written' };
      return { file: action.file, from: action.from, detail: action.from === null ? 'Changed in Cairn: written to its file' : `Changed in Cairn: written to its file, which moves from ${action.from}` };
    case 'renumber':
      return { file: action.file, from: action.from, detail: `Renumbered in Cairn: its file moves from ${action.from ?? action.file}` };
    case 'conflict':
      if (action.open) return { file: action.file, from: null, detail: 'A conflict found before, waiting for you to choose' };
      return {
        file: action.file,
        from: null,
        detail: action.diskText === null ? 'Deleted on disk but changed in Cairn: waits for you to choose' : 'Changed on disk and in Cairn: waits for you to choose',
      };
    case 'delete':
      return {
        file: action.file,
        from: null,
        detail: action.what === 'decision' ? 'Deleted on disk: the decision goes to the trash' : 'In the trash in Cairn: its file is deleted',
      };
    case 'unreadable':
      return { file: action.file, from: null, detail: action.reason };
    case 'leave':
      return action.note === null || action.file === null ? null : { file: action.file, from: null, detail: action.note };
  }
}
