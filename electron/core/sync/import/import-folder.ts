import type { Stats } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/api-result';
import type { ImportedFile, ImportReport } from '../../../../shared/api/sync-operations';
import type { AdrLink } from '../../../../shared/dialects/adr-document';
import { formatDecisionNumber, type DecisionContent } from '../../../../shared/domain/decision';
import type { CoreContext } from '../../core-context';
import { reportImportProgress } from './import-progress';
import { isNotARecord, listMarkdownFiles, readMarkdownFile, readRecordFile, requireExistingFolder } from '../../files';
import { assignNumbers, incomingRecord, storeRecords, type IncomingRecord } from './record-import';
import { requireWorkspaceExists } from '../../workspace';
import { addedDateOf, folderAddedDates } from '../../git';
import { statBeforeReading } from '../sync-file-stats';

export interface ImportFolderInput {
  workspaceId: string;
  folder: string;
  preview: boolean;
}

/**
 * Reads every `.md` file directly in the folder and stores the records in one transaction: either all
 * readable files are imported or, if storing fails, none. Files that cannot be read are skipped and
 * named with the reason; indexes and templates are ignored. The first import links the workspace to
 * the folder, so `sync` keeps both in step afterwards. A record that gives no date of its own takes
 * the day of the commit that added its file, where the folder is in git (labelled 'git', never written to the file).
 */
export async function importFolder(ctx: CoreContext, input: ImportFolderInput): Promise<ImportReport> {
  requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
  const folder = requireExistingFolder(input.folder, 'folder');
  const linkedFolder = ctx.sync.folder(input.workspaceId);
  if (linkedFolder && path.resolve(linkedFolder.path) === folder && ctx.sync.files(input.workspaceId).length > 0) {
    throw new AppError('conflict', `This workspace is already synced with ${folder}; use sync to bring in changes made there.`, 'folder');
  }

  const entries: ImportedFile[] = [];
  const incoming: IncomingRecord[] = [];
  const slots: number[] = [];
  const link = !linkedFolder;
  // The folder being linked: what each file's stat was when it was read lets the first sync skip reading it again.
  const stats = new Map<string, Stats>();
  const readAt = Date.now();
  const names = listMarkdownFiles(folder);
  const added = await folderAddedDates(folder);
  for (const [i, name] of names.entries()) {
    reportImportProgress(i, names.length);
    if (isNotARecord(name)) {
      entries.push(emptyEntry(name, 'ignored', 'an index or template, not a decision record'));
      continue;
    }
    const stat = link ? statBeforeReading(path.join(folder, name)) : null;
    const file = readMarkdownFile(folder, name);
    const read = readRecordFile(file, addedDateOf(added, file.name));
    if (!read.ok) {
      entries.push(emptyEntry(file.name, 'skipped', read.reason));
      continue;
    }
    const known = read.document.id === null ? undefined : ctx.decisions.find(read.document.id);
    if (known && known.workspaceId === input.workspaceId) {
      entries.push(emptyEntry(file.name, 'ignored', `already in this workspace as ${formatDecisionNumber(known.number)} ${known.content.title}`));
      continue;
    }
    slots.push(entries.length);
    entries.push(emptyEntry(file.name, 'imported', null));
    incoming.push(incomingRecord(read));
    if (stat) stats.set(name, stat);
  }

  reportImportProgress(names.length, names.length);
  if (input.preview) {
    const numbers = assignNumbers(incoming, ctx.decisions.nextNumber(input.workspaceId) - 1);
    incoming.forEach((item, i) => {
      const slot = slots[i] as number;
      const { content, warnings } = item.document;
      entries[slot] = describe(item, content, numbers[i] as number, null, warnings);
    });
    return report(folder, false, false, entries);
  }

  const result = ctx.write(() => {
    if (link) ctx.sync.saveFolder({ workspaceId: input.workspaceId, path: folder, dialect: null, lastSyncedAt: ctx.now().toISOString() });
    const stored = storeRecords(countingStorageSteps(ctx, incoming.length), input.workspaceId, incoming, { onDisk: link, chosen: null });
    // The folder's files are what the records were read from, so the first sync has nothing to render.
    if (link) {
      ctx.sync.pending.settle(input.workspaceId, ctx.sync.pending.of(input.workspaceId).upTo, [], { everyUnsynced: true });
      for (const item of incoming) {
        const stat = stats.get(item.name);
        if (stat) ctx.sync.fileStats.remember(input.workspaceId, path.join(folder, item.name), stat, readAt, item.hash);
      }
    }
    stored.forEach((item, i) => {
      entries[slots[i] as number] = describe(incoming[i] as IncomingRecord, item.record.content, item.record.number, item.record.id, item.notes);
    });
    const done = report(folder, true, link, entries);
    ctx.sync.saveImportReport(input.workspaceId, folder, ctx.now().toISOString(), done);
    return done;
  });
  return result;
}

/**
 * The context that storeRecords writes through, reporting a storing step after each decision created
 * and each file row saved (two per record), so a listener hears the transaction advance and can stop
 * it there (a throw rolls it back).
 */
function countingStorageSteps(ctx: CoreContext, records: number): CoreContext {
  const total = records * 2;
  let done = 0;
  const step = () => reportImportProgress(Math.min(++done, total), total, 'storing');
  reportImportProgress(0, total, 'storing');
  return { ...ctx, writer: after(ctx.writer, 'create', step), sync: after(ctx.sync, 'saveFile', step) };
}

/** `target` with `then` called after each call of `method`; its other members unchanged. */
function after<T extends object>(target: T, method: keyof T, then: () => void): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      if (key !== method) return value.bind(object) as unknown;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        then();
        return result;
      };
    },
  });
}

function report(folder: string, applied: boolean, linked: boolean, files: ImportedFile[]): ImportReport {
  const count = (outcome: ImportedFile['outcome']) => files.filter((file) => file.outcome === outcome).length;
  return { folder, applied, linked, imported: count('imported'), skipped: count('skipped'), ignored: count('ignored'), files };
}

function emptyEntry(file: string, outcome: ImportedFile['outcome'], reason: string | null): ImportedFile {
  return { file, outcome, reason, dialect: null, number: null, title: null, status: null, date: null, people: [], links: [], warnings: [], decisionId: null };
}

/** A file as imported (or to be): `content` is what its decision holds, unknown values unknown. */
function describe(item: IncomingRecord, content: DecisionContent, number: number, decisionId: string | null, warnings: ImportedFile['warnings']): ImportedFile {
  return {
    file: item.name,
    outcome: 'imported',
    reason: null,
    dialect: item.document.dialect,
    number,
    title: content.title,
    status: content.status,
    date: content.date,
    people: [...new Set([...content.decisionMakers, ...content.consulted, ...content.informed])],
    links: item.document.links.map(describeLink),
    warnings,
    decisionId,
  };
}

function describeLink(link: AdrLink): string {
  const target = link.targetNumber !== undefined ? formatDecisionNumber(link.targetNumber) : (link.targetFile ?? link.targetTitle ?? '?');
  return `${link.label} ${target}`;
}
