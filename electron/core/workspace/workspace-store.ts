import type { Database, Statement } from 'better-sqlite3';
import type { Workspace } from '../../../shared/api/contract';

interface WorkspaceRow {
  id: string;
  name: string;
  createdAt: string;
  customStatuses: string;
  writeFilesOnSave: number;
  decisionCount: number;
}

const SELECT = `
  SELECT w.id, w.name, w.created_at AS createdAt, w.custom_statuses AS customStatuses, w.write_files_on_save AS writeFilesOnSave,
    (SELECT count(*) FROM decisions d WHERE d.workspace_id = w.id AND d.deleted_at IS NULL) AS decisionCount
  FROM workspaces w`;

export class WorkspaceStore {
  private readonly selectAll: Statement<[], WorkspaceRow>;
  private readonly selectOne: Statement<[string], WorkspaceRow>;
  private readonly selectExists: Statement<[string], number>;
  private readonly selectCustomStatuses: Statement<[string], string>;
  private readonly selectIdByName: Statement<[string], string>;
  private readonly insertOne: Statement<[{ id: string; name: string; createdAt: string }]>;
  private readonly updateOne: Statement<[{ id: string; name: string; customStatuses: string; writeFilesOnSave: number }]>;
  private readonly countStatus: Statement<[string, string], number>;

  constructor(db: Database) {
    this.selectAll = db.prepare<[], WorkspaceRow>(`${SELECT} ORDER BY w.name COLLATE NOCASE, w.created_at`);
    this.selectOne = db.prepare<[string], WorkspaceRow>(`${SELECT} WHERE w.id = ?`);
    this.selectExists = db.prepare<[string], number>('SELECT 1 FROM workspaces WHERE id = ?').pluck();
    this.selectCustomStatuses = db
      .prepare<[string], string>('SELECT custom_statuses FROM workspaces WHERE id = ?')
      .pluck();
    this.selectIdByName = db
      .prepare<[string], string>('SELECT id FROM workspaces WHERE name = ? COLLATE NOCASE LIMIT 1')
      .pluck();
    this.insertOne = db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (@id, @name, @createdAt)');
    this.updateOne = db.prepare('UPDATE workspaces SET name = @name, custom_statuses = @customStatuses, write_files_on_save = @writeFilesOnSave WHERE id = @id');
    this.countStatus = db
      .prepare<[string, string], number>(
        'SELECT count(*) FROM decisions WHERE workspace_id = ? AND status = ? AND deleted_at IS NULL',
      )
      .pluck();
  }

  list(): Workspace[] {
    return this.selectAll.all().map(toWorkspace);
  }

  find(id: string): Workspace | undefined {
    const row = this.selectOne.get(id);
    return row && toWorkspace(row);
  }

  exists(id: string): boolean {
    return this.selectExists.get(id) !== undefined;
  }

  /** The workspace's own statuses, without counting its decisions as `find` does; undefined if there is no such workspace. */
  customStatusesOf(id: string): string[] | undefined {
    const json = this.selectCustomStatuses.get(id);
    return json === undefined ? undefined : (JSON.parse(json) as string[]);
  }

  /** The id of the workspace with this name, compared without case. */
  idByName(name: string): string | undefined {
    return this.selectIdByName.get(name);
  }

  insert(workspace: { id: string; name: string; createdAt: string }): void {
    this.insertOne.run(workspace);
  }

  update(workspace: { id: string; name: string; customStatuses: string[]; writeFilesOnSave: boolean }): void {
    this.updateOne.run({ ...workspace, customStatuses: JSON.stringify(workspace.customStatuses), writeFilesOnSave: workspace.writeFilesOnSave ? 1 : 0 });
  }

  /** How many live decisions of the workspace have this status. */
  countWithStatus(workspaceId: string, status: string): number {
    return this.countStatus.get(workspaceId, status) ?? 0;
  }
}

function toWorkspace(row: WorkspaceRow): Workspace {
  return { ...row, customStatuses: JSON.parse(row.customStatuses) as string[], writeFilesOnSave: row.writeFilesOnSave === 1 };
}
