import path from 'node:path';
import { AppError } from '../../shared/api/api-result';
import type { ImportedFile, ImportReport } from '../../shared/api/sync-operations';
import type { AdrLink } from '../../shared/dialects/adr-document';
import { formatDecisionNumber } from '../../shared/domain/decision';
import type { CoreContext } from './core-context';
import { reportImportProgress } from './import-progress';
import { isNotARecord, listMarkdownFiles, readMarkdownFile, requireExistingFolder } from './markdown-folder';
import { assignNumbers, storeRecords, type IncomingRecord } from './record-import';
import { readRecordFile } from './record-file-reader';
import { requireWorkspaceExists } from './record-lookup';
import type { SyncStore } from './sync-store';

export interface ImportFolderInput {
  workspaceId: string;
  folder: string;
  preview: boolean;
}

/**
 * Reads every `.md` file directly in the folder and stores the records in one transaction: either all
 * readable files are imported or, if storing fails, none. Files that cannot be read are skipped and
 * named with the reason; indexes and templates are ignored. The first import links the workspace to
 * the folder, so `sync` keeps both in step afterwards.
 */
export function importFolder(ctx: CoreContext, store: SyncStore, input: ImportFolderInput): ImportReport {
  requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
  const folder = requireExistingFolder(input.folder, 'folder');
  const linkedFolder = store.folder(input.workspaceId);
  if (linkedFolder && path.resolve(linkedFolder.path) === folder && store.files(input.workspaceId).length > 0) {
    throw new AppError('conflict', `This workspace is already synced with ${folder}; use sync to bring in changes made there.`, 'folder');
  }

  const entries: ImportedFile[] = [];
  const incoming: IncomingRecord[] = [];
  const slots: number[] = [];
  const names = listMarkdownFiles(folder);
  for (const [i, name] of names.entries()) {
    reportImportProgress(i, names.length);
    if (isNotARecord(name)) {
      entries.push(emptyEntry(name, 'ignored', 'an index or template, not a decision record'));
      continue;
    }
    const file = readMarkdownFile(folder, name);
    const read = readRecordFile(file);
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
    incoming.push(read);
  }

  reportImportProgress(names.length, names.length);
  const link = !linkedFolder;
  if (input.preview) {
    const numbers = assignNumbers(incoming, ctx.decisions.nextNumber(input.workspaceId) - 1);
    incoming.forEach((item, i) => {
      const slot = slots[i] as number;
      entries[slot] = describe(item, numbers[i] as number, null, item.document.warnings);
    });
    return report(folder, false, false, entries);
  }

  const result = ctx.write(() => {
    if (link) store.saveFolder({ workspaceId: input.workspaceId, path: folder, dialect: null, lastSyncedAt: ctx.now().toISOString() });
    const stored = storeRecords(ctx, store, input.workspaceId, incoming, { onDisk: link, chosen: null });
    stored.forEach((item, i) => {
      entries[slots[i] as number] = describe(incoming[i] as IncomingRecord, item.record.number, item.record.id, item.notes);
    });
    const done = report(folder, true, link, entries);
    store.saveImportReport(input.workspaceId, folder, ctx.now().toISOString(), done);
    return done;
  });
  return result;
}

function report(folder: string, applied: boolean, linked: boolean, files: ImportedFile[]): ImportReport {
  const count = (outcome: ImportedFile['outcome']) => files.filter((file) => file.outcome === outcome).length;
  return { folder, applied, linked, imported: count('imported'), skipped: count('skipped'), ignored: count('ignored'), files };
}

function emptyEntry(file: string, outcome: ImportedFile['outcome'], reason: string | null): ImportedFile {
  return { file, outcome, reason, dialect: null, number: null, title: null, status: null, date: null, people: [], links: [], warnings: [], decisionId: null };
}

function describe(item: IncomingRecord, number: number, decisionId: string | null, warnings: ImportedFile['warnings']): ImportedFile {
  const { content } = item.document;
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
