import { z } from 'zod';
import { Decision, Id } from '../domain/decision';
import { DialectId } from '../dialects/adr-document';
import { op } from './operation';

export const FolderPath = z.string().trim().min(1, 'folder must not be empty').max(4096, 'folder path is longer than 4096 characters');

/** Something the reader had to assume or could not read, at a line of the file where it applies. */
export const FileNote = z.object({ line: z.number().int().positive().nullable(), message: z.string() });
export type FileNote = z.infer<typeof FileNote>;

/** What the import made of one file: understood (with what), skipped (with why) or ignored (not a record). */
export const ImportedFile = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'skipped', 'ignored']),
  /** Why a file was skipped or ignored, naming the line where it applies. */
  reason: z.string().nullable(),
  dialect: DialectId.nullable(),
  number: z.number().int().nullable(),
  title: z.string().nullable(),
  status: z.string().nullable(),
  date: z.string().nullable(),
  people: z.array(z.string()),
  /** "Supersedes 0002", "Amended by 0007", as understood. */
  links: z.array(z.string()),
  warnings: z.array(FileNote),
  decisionId: Id.nullable(),
});
export type ImportedFile = z.infer<typeof ImportedFile>;

export const ImportReport = z.object({
  folder: z.string(),
  /** False for a preview: nothing was stored. */
  applied: z.boolean(),
  /** Whether the import linked the workspace to this folder for sync. */
  linked: z.boolean(),
  imported: z.number().int(),
  skipped: z.number().int(),
  ignored: z.number().int(),
  files: z.array(ImportedFile),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** How far the running import (or import preview) of a workspace has come. */
export const ImportProgress = z.object({
  running: z.boolean(),
  /** Reading: files are read and understood; storing: the decisions are written, in one transaction. */
  phase: z.enum(['reading', 'storing']).nullable(),
  /** Files read of `total` while reading; steps done of `total` while storing. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Whether the job stores what it read (an import) or only reports it (a preview). */
  preview: z.boolean(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const SyncFolderInfo = z.object({
  workspaceId: Id,
  path: z.string(),
  /** Null: each record in the dialect it came in (new ones in their template's). */
  dialect: DialectId.nullable(),
  lastSyncedAt: z.string().nullable(),
  conflicts: z.number().int(),
  /** Changes made in the app since the last sync that the folder's files do not have yet. */
  appChangesWaiting: z.boolean(),
});
export type SyncFolderInfo = z.infer<typeof SyncFolderInfo>;

export const ExportResult = z.object({
  folder: z.string(),
  /** Files whose bytes changed, index included. */
  written: z.array(z.string()),
  unchanged: z.number().int(),
  /** The generated table of contents, or null when a hand-written file of that name was left alone. */
  index: z.string().nullable(),
  notes: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const FileProblem = z.object({ file: z.string(), message: z.string() });

/**
 * Why a sync changed nothing: the folder is not there, or it lost so many of its files at once that
 * it is more likely moved, unmounted or checked out on another branch than edited (the rule is in
 * electron/core/sync/folder-loss-guard.ts). `canForce`: a sync with `force` would go ahead and move
 * the decisions of the lost files to the trash.
 */
export const SyncUnavailable = z.object({
  reason: z.enum(['missing', 'lost-files']),
  message: z.string(),
  /** Files synced before that are gone now (not found moved either). */
  lost: z.number().int().min(0),
  /** Files the last sync left in the folder. */
  synced: z.number().int().min(0),
  canForce: z.boolean(),
});
export type SyncUnavailable = z.infer<typeof SyncUnavailable>;

export const SyncResult = z.object({
  /** Files whose disk edits came into the app (new files included). */
  pulled: z.array(z.string()),
  /** Files written from app edits (new decisions included). */
  pushed: z.array(z.string()),
  /** Decisions moved to the trash because their file was deleted, and files deleted because their decision was. */
  deleted: z.array(z.string()),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  conflicts: z.array(z.string()),
  /** Numbers held by more than one decision; `files` and `decisionIds` are parallel, by file name. */
  duplicates: z.array(z.object({ number: z.number().int(), files: z.array(z.string()), decisionIds: z.array(Id) })),
  problems: z.array(FileProblem),
  /** Present when the sync changed nothing because the folder looks moved or unmounted. */
  unavailable: SyncUnavailable.optional(),
});
export type SyncResult = z.infer<typeof SyncResult>;

/** What a sync would do to one decision or file, as `previewSync` lists it. */
export const SyncPlanAction = z.object({
  /**
   * pull: the file's version comes into Cairn (a new file becomes a new decision; a file back in the
   * folder restores its decision from the trash); push: Cairn's version is written to the file;
   * renumber: written under its new number's file name; rename: a file moved on disk is followed;
   * conflict: changed on both sides, waits for the person; delete: the decision goes to the trash
   * (its file was deleted) or its file is deleted (it is in the trash); unreadable: the file cannot
   * be read, its decision is left as it is; leave: nothing changes, for a reason worth saying.
   */
  kind: z.enum(['pull', 'push', 'renumber', 'rename', 'conflict', 'delete', 'unreadable', 'leave']),
  /** The file, relative to the folder. */
  file: z.string(),
  /** Where the file was before: for rename, renumber and a push that moves it. */
  from: z.string().nullable(),
  /** Null for a file that is not (yet) a decision's. */
  decisionId: Id.nullable(),
  number: z.number().int().nullable(),
  title: z.string().nullable(),
  /** What happens and why, in words. */
  detail: z.string(),
});
export type SyncPlanAction = z.infer<typeof SyncPlanAction>;

export const SyncPreview = z.object({
  /** Set when a sync now would change nothing because the folder looks moved or unmounted. */
  unavailable: SyncUnavailable.nullable(),
  /** "3 in, 2 out, 1 conflict": in are pulls, out pushes and renumbers. */
  counts: z.object({
    in: z.number().int(),
    out: z.number().int(),
    conflicts: z.number().int(),
    deleted: z.number().int(),
    renamed: z.number().int(),
    unreadable: z.number().int(),
  }),
  /** Every action but the plain "leave", files in the order the sync takes them. */
  actions: z.array(SyncPlanAction),
});
export type SyncPreview = z.infer<typeof SyncPreview>;

const SyncInput = z.object({
  workspaceId: Id,
  /** Go ahead although the folder lost most of its files (the person said "Sync anyway"). */
  force: z.boolean().default(false),
  /**
   * The files known to have changed (a watcher's events), relative to the folder: only these are read
   * and every other file is taken as the last sync left it. Without it the whole folder is read.
   */
  paths: z.array(z.string().min(1).max(4096)).max(100_000).optional(),
});

export const SyncConflict = z.object({
  decisionId: Id,
  number: z.number().int(),
  title: z.string(),
  file: z.string(),
  /** Null: the file was deleted on disk while the decision changed in the app. */
  diskText: z.string().nullable(),
  appText: z.string(),
  detectedAt: z.string(),
});
export type SyncConflict = z.infer<typeof SyncConflict>;

const RenumberInput = z.object({ id: Id, number: z.number().int().nonnegative().optional() });

/** What a renumber will do, before it is done. */
export const RenumberPreview = z.object({
  number: z.number().int().nonnegative(),
  /** Its file in the linked folder now, and the name it moves to; null when it has none. */
  file: z.string().nullable(),
  newFile: z.string().nullable(),
  /** The other decisions' files whose links to the old name are rewritten (in their text, Status or Links). */
  rewrites: z.array(z.object({ decisionId: Id, number: z.number().int(), title: z.string(), file: z.string() })),
});
export type RenumberPreview = z.infer<typeof RenumberPreview>;

export const syncOperations = {
  importFolder: op(
    z.object({ workspaceId: Id, folder: FolderPath, preview: z.boolean().default(false) }),
    ImportReport,
    'Imports every ADR file in a folder in one transaction, with a report per file; a preview stores nothing.',
  ),
  getImportProgress: op(
    z.object({ workspaceId: Id }),
    ImportProgress.nullable(),
    'How far the import or preview running for the workspace has come; null when none is running.',
  ),
  cancelImport: op(
    z.object({ workspaceId: Id }),
    z.object({ cancelled: z.boolean() }),
    'Stops the import or preview running for the workspace; nothing of it is stored. False when none was running.',
  ),
  getLastImportReport: op(z.object({ workspaceId: Id }), ImportReport.nullable(), 'The report of the last import into the workspace.'),
  exportWorkspace: op(
    z.object({ workspaceId: Id, folder: FolderPath, dialect: DialectId.nullable().default(null) }),
    ExportResult,
    'Writes every decision to a folder (each in its own dialect unless one is chosen) with a generated index; unchanged files are not rewritten.',
  ),
  getSyncFolder: op(z.object({ workspaceId: Id }), SyncFolderInfo.nullable(), 'The folder the workspace syncs with, if any.'),
  linkSyncFolder: op(
    z.object({ workspaceId: Id, path: FolderPath, dialect: DialectId.nullable().default(null) }),
    SyncFolderInfo,
    'Links the workspace to a folder for two-way sync.',
  ),
  syncWorkspace: op(
    SyncInput,
    SyncResult,
    'Brings disk edits in, sends app edits out and records a conflict where both changed; changes nothing when the folder looks moved or unmounted, unless forced.',
  ),
  previewSync: op(
    SyncInput.omit({ paths: true }),
    SyncPreview,
    'What a sync would do now, file by file, without changing anything.',
  ),
  listSyncConflicts: op(z.object({ workspaceId: Id }), z.array(SyncConflict), 'Decisions changed both in the app and on disk.'),
  resolveSyncConflict: op(
    z.object({
      decisionId: Id,
      keep: z.enum(['disk', 'app', 'merged']),
      /** The merged file text, for keep = "merged". */
      text: z.string().max(2_000_000, 'text is longer than 2,000,000 characters').optional(),
    }),
    SyncResult,
    'Settles a conflict with the disk version, the app version or a hand merge, and writes both sides to match.',
  ),
  listDecisionFiles: op(
    z.object({ workspaceId: Id }),
    z.array(z.object({ decisionId: Id, file: z.string(), dialect: DialectId })),
    'The Markdown file of each decision that has one (relative to the sync folder), by file name.',
  ),
  getFolderIndex: op(
    z.object({ workspaceId: Id }),
    z.object({ markdown: z.string() }),
    'The table of contents of the decisions and their files (the list `adr generate toc` makes, then a status table), read from the store.',
  ),
  previewRenumber: op(
    RenumberInput,
    RenumberPreview,
    'What renumberDecision would do, changing nothing: the new number, the new file name, and the other files whose links to it are rewritten.',
  ),
  renumberDecision: op(
    RenumberInput,
    Decision,
    'Gives a decision a new number (the next free one by default). Links to its file in the text of the other decisions are pointed at the new name at once (a revision each); its file and the links in Status and Links sections follow at the next sync.',
  ),
};
