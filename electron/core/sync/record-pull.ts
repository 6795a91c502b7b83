import type { FileNote } from '../../../shared/api/sync-operations';
import { describeChanges, FILE_AUTHOR, type DecisionRecord } from '../decisions';
import { contentHash } from './content-hash';
import type { CoreContext } from '../core-context';
import { relationsOf, type Relation } from './link-targets';
import { addCustomStatus, addRelation, decisionSources } from './import/record-import';
import type { RecordFile } from '../files';
import type { WorkspaceFiles } from './workspace-files';

export type ReadRecord = Extract<RecordFile, { ok: true }>;

/**
 * Takes a file's edit into the app as a new revision of its decision (restoring it from the trash if
 * needed): content, a number changed by hand, and the links the file states now instead of those it
 * stated before. Links made in the app and never written to the file are left alone. Call inside a transaction.
 */
export function pullRecord(
  ctx: CoreContext,
  files: WorkspaceFiles,
  record: DecisionRecord,
  read: ReadRecord,
): FileNote[] {
  const previous = ctx.sync.file(record.id);
  let current = record;
  if (current.deletedAt !== null) {
    ctx.decisions.restoreFromTrash(current);
    current = { ...current, deletedAt: null };
  }
  const { content, sources, ...document } = read.document;
  const renumbered = document.number !== null && document.number !== previous?.fileNumber ? document.number : current.number;
  const summary = describeChanges(current.content, content);
  const stated = decisionSources(sources);
  if (summary !== null || renumbered !== current.number) {
    current = ctx.writer.revise({ ...current, number: renumbered }, content, `From ${read.name}: ${summary ?? 'renumbered'}`, ctx.now(), stated, FILE_AUTHOR);
  } else if (stated.statusSource !== current.sources.statusSource || stated.dateSource !== current.sources.dateSource) {
    // The same values, now given another way (a date the file now states that its name gave): no revision.
    current = { ...current, sources: stated };
    ctx.decisions.update(current);
  }
  addCustomStatus(ctx, current.workspaceId, current.content.status);

  const directory = files.directory();
  const targets = document.links.map((link) => directory.resolve(link));
  const before = previous ? relationsOf(current.id, previous.document.links, previous.linkTargets) : [];
  const after = relationsOf(current.id, document.links, targets);
  const key = (r: Relation) => `${r.fromId}|${r.kind}|${r.toId}`;
  const afterKeys = new Set(after.map(key));
  for (const relation of before) if (!afterKeys.has(key(relation))) ctx.links.remove(relation.fromId, relation.kind, relation.toId);
  const notes: FileNote[] = [];
  for (const relation of after) {
    const refused = addRelation(ctx, relation);
    if (refused) notes.push({ line: null, message: refused });
  }
  ctx.sync.saveFile({
    decisionId: current.id,
    workspaceId: current.workspaceId,
    path: read.name,
    document,
    linkTargets: targets,
    fileNumber: document.number,
    syncedNumber: current.number,
    diskHash: contentHash(read.text),
    appHash: '',
    renderKey: null,
    syncedAt: ctx.now().toISOString(),
  });
  return notes;
}
