import type { DialectId } from '../../../shared/dialects/adr-document';
import { contentHash } from './content-hash';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';
import { fileKey, RecordDirectory, relationsOf, type MoreRecords } from './link-targets';
import { plannedPaths, recordDialect, recordPath, renderRecord, type RenderedRecord, type RenderSurroundings } from './record-rendering';
import type { DecisionFile } from './sync-store';

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
  /**
   * The hash of what `render(record)` gives, without rendering it: known when the record's file was
   * synced (or imported) under the render key it has now (`key`, computed when not given), since the
   * rendering saved then is the one it would make again. Null when only rendering can tell.
   */
  knownHash(record: DecisionRecord, key?: string): string | null;
  /** The live records by their planned file names and numbers, for resolving links. */
  directory(): RecordDirectory;
}

/**
 * `stored` saves reading the file state again when the caller has just read it (or gives it as a
 * sync will leave it: files found moved under their new names). `reserved` names files in the folder
 * that are nobody's yet, which no decision is planned over. `linksOf` reads a decision's links when
 * they are rendered: one query each by default, as a sync changes links while it renders.
 */
export function workspaceFiles(
  ctx: CoreContext,
  workspaceId: string,
  chosen: DialectId | null,
  stored: readonly DecisionFile[] = ctx.sync.files(workspaceId),
  reserved: readonly string[] = [],
  linksOf: RenderSurroundings['linksOf'] = (id) => ctx.links.viewsOf(id),
): WorkspaceFiles {
  const all = ctx.decisions.inWorkspace(workspaceId);
  const live = all.filter((record) => record.deletedAt === null);
  const files = new Map(stored.map((file) => [file.decisionId, file]));
  const fileOf = (id: string) => files.get(id);
  const paths = plannedPaths(live, fileOf, chosen, reserved);
  return assemble({ all, live, fileOf, otherFile: fileOf, paths, pathOf: (id) => paths.get(id), linksOf, titlesOf: (id) => ctx.revisions.titles(id), chosen }, () => {
    const directory = new RecordDirectory();
    for (const record of live) directory.add(record.id, paths.get(record.id) ?? '', record.number);
    return directory;
  });
}

/**
 * The files of a few decisions only: those a sync must look at because they changed since the last
 * one (ADR 0013). Every other decision is as the last sync left it, so its planned file is the one it
 * has and its number the one its file was synced with; those are asked of the store one by one (a
 * name, a link's target), never read all. Null when a new file name cannot be settled without
 * planning the whole workspace (it is taken), or a decision asked for no longer exists.
 */
export function someWorkspaceFiles(ctx: CoreContext, workspaceId: string, chosen: DialectId | null, ids: ReadonlySet<string>): WorkspaceFiles | null {
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
  const elsewhere = (start: string, matches: (path: string) => boolean) =>
    ctx.sync.filesNamed(workspaceId, start, matches).filter((file) => !ids.has(file.decisionId));

  const paths = new Map<string, string>();
  const given = new Set<string>();
  const wanted = live.map((record) => {
    const file = fileOf(record.id);
    const path = recordPath(record, file, recordDialect(record, file, chosen));
    return { id: record.id, path, keeps: file !== undefined && file.path === path };
  });
  // As in plannedPaths: those keeping their file claim its name before a new name is given out.
  for (const { id, path } of [...wanted.filter((w) => w.keeps), ...wanted.filter((w) => !w.keeps)]) {
    const lower = path.toLowerCase();
    if (given.has(lower) || elsewhere(lower, (other) => other.toLowerCase() === lower).length > 0) return null;
    given.add(lower);
    paths.set(id, path);
  }
  const pathsElsewhere = new Map<string, string | undefined>();
  const pathOf = (id: string) => {
    if (paths.has(id) || ids.has(id)) return paths.get(id);
    if (!pathsElsewhere.has(id)) pathsElsewhere.set(id, ctx.sync.livePath(workspaceId, id));
    return pathsElsewhere.get(id);
  };
  // A row's path is a name directly in the folder, so the file key a link names is how that path starts.
  const others: MoreRecords = {
    byFileKey: (key) => elsewhere(key, (other) => fileKey(other) === key).flatMap((file) => (file.trashed ? [] : [file.decisionId])),
    byNumber: (number) => ctx.sync.liveFilesNumbered(workspaceId, number).filter((id) => !ids.has(id)),
  };
  return assemble({ all, live, fileOf, otherFile, paths, pathOf, linksOf: (id) => ctx.links.viewsOf(id), titlesOf: (id) => ctx.revisions.titles(id), chosen }, () => {
    const directory = new RecordDirectory(others);
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
  linksOf: RenderSurroundings['linksOf'];
  titlesOf: RenderSurroundings['titlesOf'];
  chosen: DialectId | null;
}

function assemble(parts: Parts, directory: () => RecordDirectory): WorkspaceFiles {
  const { all, live, fileOf, otherFile, paths, pathOf, linksOf, chosen } = parts;
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
  const titles = new Map<string, readonly string[]>();
  const titlesOf = (id: string): readonly string[] => {
    let found = titles.get(id);
    if (!found) {
      found = parts.titlesOf(id);
      titles.set(id, found);
    }
    return found;
  };
  const around: RenderSurroundings = { pathOf, linksOf, statedBy, titlesOf };
  const renderKey = (record: DecisionRecord) => {
    const links = around.linksOf(record.id).map((v) => {
      const absolute = v.direction === 'outgoing' ? `${record.id}|${v.kind}|${v.otherId}` : `${v.otherId}|${v.kind}|${record.id}`;
      return [v.kind, v.direction, v.otherId, v.otherNumber, v.otherTitle, pathOf(v.otherId) ?? null, statedBy(v.otherId).has(absolute)];
    });
    return contentHash(JSON.stringify([record.revision, record.number, chosen, pathOf(record.id) ?? null, links]));
  };
  return {
    all,
    live,
    fileOf,
    paths,
    around,
    render: (record) => renderRecord(record, fileOf(record.id), chosen, around),
    renderKey,
    knownHash: (record, key = renderKey(record)) => {
      const file = fileOf(record.id);
      return file !== undefined && file.diskHash !== null && file.renderKey === key ? file.appHash : null;
    },
    directory,
  };
}
