import { randomUUID } from 'node:crypto';
import type { FileNote } from '../../../../shared/api/sync-operations';
import type { AdrDocument, AdrRecord, DialectId, ValueSources } from '../../../../shared/dialects/adr-document';
import { BUILTIN_STATUSES } from '../../../../shared/domain/decision-status';
import { formatDecisionNumber, type DecisionSources } from '../../../../shared/domain/decision';
import { contentHash } from '../content-hash';
import type { CoreContext } from '../../core-context';
import type { DecisionRecord } from '../../decisions';
import { relationsOf, type Relation } from '../link-targets';
import type { DecisionFile } from '../sync-store';
import { workspaceFiles, type WorkspaceFiles } from '../workspace-files';

/**
 * A file that was read as a record and is about to be stored. Its bytes are kept only as their hash:
 * the text of 10,000 files held until the transaction ends was a tenth of an import's peak memory.
 */
export interface IncomingRecord {
  name: string;
  /** contentHash of the file's text as read. */
  hash: string;
  document: AdrRecord;
}

/** The record about to be stored from a file read as one, its text hashed once and let go. */
export function incomingRecord(read: { name: string; text: string; document: AdrRecord }): IncomingRecord {
  return { name: read.name, hash: contentHash(read.text), document: read.document };
}

export interface StoredRecord {
  name: string;
  record: DecisionRecord;
  /** What the reader had to assume, and links that name no known record. */
  notes: FileNote[];
}

/**
 * The numbers the records will have: a file's own number where it has one (0 is a number: MADR's
 * `0000-use-markdown-architectural-decision-records.md`), otherwise the next free one, given in file
 * order (Log4brains files carry none).
 */
export function assignNumbers(incoming: readonly IncomingRecord[], highestInUse: number): number[] {
  let next = Math.max(highestInUse, ...incoming.map((item) => item.document.number ?? 0)) + 1;
  return incoming.map((item) => item.document.number ?? next++);
}

/**
 * Stores parsed files as new decisions with their links and file state; call inside a transaction.
 * `onDisk` says the files are in the workspace's linked folder, so their hash is the synced one.
 */
export function storeRecords(
  ctx: CoreContext,
  workspaceId: string,
  incoming: readonly IncomingRecord[],
  options: { onDisk: boolean; chosen: DialectId | null },
): StoredRecord[] {
  if (incoming.length === 0) return [];
  // Full-text rows go in together at the end (ADR 0013).
  return ctx.decisions.batchIndexWrites(() => {
    // The file state is kept in memory until the hashes are settled, so each file row is written once.
    const existing = ctx.sync.files(workspaceId);
    const numbers = assignNumbers(incoming, ctx.decisions.nextNumber(workspaceId) - 1);
    const at = ctx.now().toISOString();
    const saved: DecisionFile[] = [];
    const stored = incoming.map((item, i): StoredRecord => {
      const number = numbers[i] as number;
      const { content, sources, ...document } = item.document;
      const id = document.id !== null && !ctx.decisions.find(document.id) ? document.id : randomUUID();
      const record = ctx.writer.create(
        { id, workspaceId, number, template: document.dialect === 'nygard' ? 'nygard' : 'madr4', content, sources: decisionSources(sources) },
        `Imported from ${item.name}`,
      );
      addCustomStatus(ctx, workspaceId, record.content.status);
      const file: DecisionFile = {
        decisionId: id,
        workspaceId,
        path: item.name,
        document,
        linkTargets: document.links.map(() => null),
        fileNumber: document.number,
        syncedNumber: number,
        diskHash: options.onDisk ? item.hash : null,
        appHash: '',
        renderKey: null,
        syncedAt: at,
      };
      saved.push(file);
      return { name: item.name, record, notes: document.warnings.map((w) => ({ line: w.line, message: w.message })) };
    });

    const directory = workspaceFiles(ctx, workspaceId, options.chosen, [...existing, ...saved]).directory();
    stored.forEach((item, i) => {
      const file = saved[i] as DecisionFile;
      const targets = file.document.links.map((link) => directory.resolve(link));
      file.document.links.forEach((link, i) => {
        if (targets[i] === null) item.notes.push({ line: null, message: `"${link.label}" link to ${describeTarget(link)} names no record in this workspace; kept as written` });
      });
      saved[i] = { ...file, linkTargets: targets };
      for (const relation of relationsOf(item.record.id, file.document.links, targets)) {
        const refused = addRelation(ctx, relation);
        if (refused) item.notes.push({ line: null, message: refused });
      }
    });
    // What the app would write for them now, so only later edits count as app changes (as settleAppHashes does).
    const files = workspaceFiles(ctx, workspaceId, options.chosen, [...existing, ...saved]);
    const records = new Map(files.all.map((record) => [record.id, record]));
    for (const file of saved) {
      const record = records.get(file.decisionId);
      if (!record) continue;
      ctx.sync.saveFile({ ...file, appHash: contentHash(files.render(record).text), renderKey: files.renderKey(record) });
    }
    return stored;
  });
}

/** Records what the app would write for these decisions now, so only later edits count as app changes. */
export function settleAppHashes(ctx: CoreContext, files: WorkspaceFiles, ids: readonly string[]): void {
  const records = new Map(files.all.map((record) => [record.id, record]));
  for (const id of ids) {
    const record = records.get(id);
    const file = files.fileOf(id);
    if (!record || !file) continue;
    ctx.sync.saveFile({ ...file, appHash: contentHash(files.render(record).text), renderKey: files.renderKey(record) });
  }
}

/** Adds a link the file states; returns why it was not added when it would close a supersedes cycle. */
export function addRelation(ctx: CoreContext, relation: Relation): string | null {
  if (ctx.links.exists(relation.fromId, relation.kind, relation.toId)) return null;
  if (relation.kind === 'supersedes' && ctx.links.supersedesTransitively(relation.toId, relation.fromId)) {
    const from = ctx.decisions.find(relation.fromId);
    const to = ctx.decisions.find(relation.toId);
    return `${label(from)} cannot supersede ${label(to)}: that would close a cycle of supersedes links; the link is kept in the file only`;
  }
  ctx.links.add(relation.fromId, relation.kind, relation.toId);
  return null;
}

function label(record: DecisionRecord | undefined): string {
  return record ? formatDecisionNumber(record.number) : 'a record';
}

function describeTarget(link: AdrDocument['links'][number]): string {
  return link.targetFile ?? (link.targetNumber !== undefined ? formatDecisionNumber(link.targetNumber) : (link.targetTitle ?? 'another record'));
}

/** A file's value sources as a decision stores them. */
export function decisionSources(sources: ValueSources): DecisionSources {
  return { statusSource: sources.status, dateSource: sources.date };
}

/** An imported status the workspace does not know yet ("on-hold") becomes one of its custom statuses; an unknown one is none. */
export function addCustomStatus(ctx: CoreContext, workspaceId: string, status: string | null): void {
  if (status === null || (BUILTIN_STATUSES as readonly string[]).includes(status)) return;
  const workspace = ctx.workspaces.find(workspaceId);
  if (!workspace || workspace.customStatuses.includes(status)) return;
  ctx.workspaces.update({ id: workspaceId, name: workspace.name, customStatuses: [...workspace.customStatuses, status], writeFilesOnSave: workspace.writeFilesOnSave });
}
