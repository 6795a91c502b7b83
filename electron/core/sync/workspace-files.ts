import type { DialectId } from '../../../shared/dialects/adr-document';
import { contentHash } from './content-hash';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';
import { RecordDirectory, relationsOf } from './link-targets';
import { plannedPaths, recordDialect, recordPath, renderRecord, type RenderedRecord, type RenderSurroundings } from './record-rendering';
import type { DecisionFile, TrackedFile } from './sync-store';

/** A workspace's decisions and their files as they stand, and how each would be written now. */
export interface WorkspaceFiles {
  /** Every decision, the trash included, by number (or only those asked for: `someWorkspaceFiles`). */
  all: DecisionRecord[];
  live: DecisionRecord[];
  fileOf: (decisionId: string) => DecisionFile | undefined;
  paths: Map<string, string>;
  around: RenderSurroundings;
  render(record: DecisionRecord): RenderedRecord;
  /** Everything `render` depends on besides the stored file: equal keys, equal renderings. */
  renderKey(record: DecisionRecord): string;
  /** The live records by their planned file names and numbers, for resolving links. */
  directory(): RecordDirectory;
}

/**
 * `stored` saves reading the file state again when the caller has just read it (or gives it as a
 * sync will leave it: files found moved under their new names). `reserved` names files in the folder
 * that are nobody's yet, which no decision is planned over.
 */
export function workspaceFiles(
  ctx: CoreContext,
  workspaceId: string,
  chosen: DialectId | null,
  stored: readonly DecisionFile[] = ctx.sync.files(workspaceId),
  reserved: readonly string[] = [],
): WorkspaceFiles {
  const all = ctx.decisions.inWorkspace(workspaceId);
  const live = all.filter((record) => record.deletedAt === null);
  const files = new Map(stored.map((file) => [file.decisionId, file]));
  const fileOf = (id: string) => files.get(id);
  const paths = plannedPaths(live, fileOf, chosen, reserved);
  return assemble(ctx, { all, live, fileOf, otherFile: fileOf, paths, pathOf: (id) => paths.get(id), chosen }, () => {
    const directory = new RecordDirectory();
    for (const record of live) directory.add(record.id, paths.get(record.id) ?? '', record.number);
    return directory;
  });
}

/**
 * The files of a few decisions only: those a sync must look at because they changed since the last
 * one (ADR 0013). Every other decision is as the last sync left it, so its planned file is the one it
 * has and its number the one its file was synced with. Null when a new file name cannot be settled
 * without planning the whole workspace (it is taken), or a decision asked for no longer exists.
 */
export function someWorkspaceFiles(
  ctx: CoreContext,
  workspaceId: string,
  chosen: DialectId | null,
  ids: ReadonlySet<string>,
  tracked: readonly TrackedFile[],
): WorkspaceFiles | null {
  const found = [...ids].map((id) => ctx.decisions.find(id));
  const all = found.filter((record): record is DecisionRecord => record !== undefined && record.workspaceId === workspaceId);
  if (all.length !== ids.size) return null;
  all.sort((a, b) => a.number - b.number || a.seq - b.seq);
  const live = all.filter((record) => record.deletedAt === null);
  const files = new Map<string, DecisionFile | undefined>(all.map((record) => [record.id, ctx.sync.file(record.id)]));
  const fileOf = (id: string) => files.get(id);
  const otherFile = (id: string) => {
    if (!files.has(id)) files.set(id, ctx.sync.file(id));
    return files.get(id);
  };

  const paths = new Map<string, string>();
  const taken = new Set(tracked.filter((file) => !ids.has(file.decisionId)).map((file) => file.path.toLowerCase()));
  const wanted = live.map((record) => {
    const file = fileOf(record.id);
    const path = recordPath(record, file, recordDialect(record, file, chosen));
    return { id: record.id, path, keeps: file !== undefined && file.path === path };
  });
  // As in plannedPaths: those keeping their file claim its name before a new name is given out.
  for (const { id, path } of [...wanted.filter((w) => w.keeps), ...wanted.filter((w) => !w.keeps)]) {
    if (taken.has(path.toLowerCase())) return null;
    taken.add(path.toLowerCase());
    paths.set(id, path);
  }
  const trashed = ctx.sync.trashed(workspaceId);
  const liveElsewhere = new Map(tracked.filter((file) => !ids.has(file.decisionId) && !trashed.has(file.decisionId)).map((file) => [file.decisionId, file]));
  const pathOf = (id: string) => paths.get(id) ?? liveElsewhere.get(id)?.path;
  return assemble(ctx, { all, live, fileOf, otherFile, paths, pathOf, chosen }, () => {
    const directory = new RecordDirectory();
    for (const file of liveElsewhere.values()) directory.add(file.decisionId, file.path, file.syncedNumber);
    for (const record of live) directory.add(record.id, paths.get(record.id) ?? '', record.number);
    return directory;
  });
}

interface Parts {
  all: DecisionRecord[];
  live: DecisionRecord[];
  fileOf: (id: string) => DecisionFile | undefined;
  /** The file of any decision, those outside `all` included (for the links they state). */
  otherFile: (id: string) => DecisionFile | undefined;
  paths: Map<string, string>;
  pathOf: (id: string) => string | undefined;
  chosen: DialectId | null;
}

function assemble(ctx: CoreContext, parts: Parts, directory: () => RecordDirectory): WorkspaceFiles {
  const { all, live, fileOf, otherFile, paths, pathOf, chosen } = parts;
  const stated = new Map<string, ReadonlySet<string>>();
  const statedBy = (id: string): ReadonlySet<string> => {
    let keys = stated.get(id);
    if (!keys) {
      const file = otherFile(id);
      keys = new Set(file ? relationsOf(id, file.document.links, file.linkTargets).map((r) => `${r.fromId}|${r.kind}|${r.toId}`) : []);
      stated.set(id, keys);
    }
    return keys;
  };
  const around: RenderSurroundings = { pathOf, linksOf: (id) => ctx.links.viewsOf(id), statedBy };
  return {
    all,
    live,
    fileOf,
    paths,
    around,
    render: (record) => renderRecord(record, fileOf(record.id), chosen, around),
    renderKey: (record) => {
      const links = around.linksOf(record.id).map((v) => {
        const absolute = v.direction === 'outgoing' ? `${record.id}|${v.kind}|${v.otherId}` : `${v.otherId}|${v.kind}|${record.id}`;
        return [v.kind, v.direction, v.otherId, v.otherNumber, v.otherTitle, pathOf(v.otherId) ?? null, statedBy(v.otherId).has(absolute)];
      });
      return contentHash(JSON.stringify([record.revision, record.number, chosen, pathOf(record.id) ?? null, links]));
    },
    directory,
  };
}
