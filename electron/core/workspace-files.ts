import type { DialectId } from '../../shared/dialects/adr-document';
import { contentHash } from './content-hash';
import type { CoreContext } from './core-context';
import type { DecisionRecord } from './decision-store';
import { RecordDirectory, relationsOf } from './link-targets';
import { plannedPaths, renderRecord, type RenderedRecord, type RenderSurroundings } from './record-rendering';
import type { DecisionFile, SyncStore } from './sync-store';

/** A workspace's decisions and their files as they stand, and how each would be written now. */
export interface WorkspaceFiles {
  /** Every decision, the trash included, by number. */
  all: DecisionRecord[];
  live: DecisionRecord[];
  fileOf(decisionId: string): DecisionFile | undefined;
  paths: Map<string, string>;
  around: RenderSurroundings;
  render(record: DecisionRecord): RenderedRecord;
  /** Everything `render` depends on besides the stored file: equal keys, equal renderings. */
  renderKey(record: DecisionRecord): string;
  /** The live records by their planned file names and numbers, for resolving links. */
  directory(): RecordDirectory;
}

/** `stored` saves reading the file state again when the caller has just read it. */
export function workspaceFiles(
  ctx: CoreContext,
  store: SyncStore,
  workspaceId: string,
  chosen: DialectId | null,
  stored: readonly DecisionFile[] = store.files(workspaceId),
): WorkspaceFiles {
  const all = ctx.decisions.inWorkspace(workspaceId);
  const live = all.filter((record) => record.deletedAt === null);
  const files = new Map(stored.map((file) => [file.decisionId, file]));
  const fileOf = (id: string) => files.get(id);
  const paths = plannedPaths(live, fileOf, chosen);
  const stated = new Map<string, ReadonlySet<string>>();
  const statedBy = (id: string): ReadonlySet<string> => {
    let keys = stated.get(id);
    if (!keys) {
      const file = files.get(id);
      keys = new Set(file ? relationsOf(id, file.document.links, file.linkTargets).map((r) => `${r.fromId}|${r.kind}|${r.toId}`) : []);
      stated.set(id, keys);
    }
    return keys;
  };
  const around: RenderSurroundings = { pathOf: (id) => paths.get(id), linksOf: (id) => ctx.links.viewsOf(id), statedBy };
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
        return [v.kind, v.direction, v.otherId, v.otherNumber, v.otherTitle, paths.get(v.otherId) ?? null, statedBy(v.otherId).has(absolute)];
      });
      return contentHash(JSON.stringify([record.revision, record.number, chosen, paths.get(record.id) ?? null, links]));
    },
    directory() {
      const directory = new RecordDirectory();
      for (const record of live) directory.add(record.id, paths.get(record.id) ?? '', record.number);
      return directory;
    },
  };
}
