import type { Database, Statement } from 'better-sqlite3';
import { detectDialect } from '../../../shared/dialects/detect-dialect';
import { TeamTemplate } from '../../../shared/templates/team-template';

interface TeamTemplateRow {
  id: string;
  workspaceId: string;
  name: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = 'SELECT id, workspace_id AS workspaceId, name, body, created_at AS createdAt, updated_at AS updatedAt FROM team_templates';

/** The templates teams added in their workspace settings. */
export class TeamTemplateStore {
  private readonly selectAll: Statement<[string], TeamTemplateRow>;
  private readonly selectOne: Statement<[string], TeamTemplateRow>;
  private readonly selectByName: Statement<[string, string], TeamTemplateRow>;
  private readonly insertOne: Statement<[TeamTemplateRow]>;
  private readonly updateOne: Statement<[{ id: string; name: string; body: string; updatedAt: string }]>;
  private readonly deleteOne: Statement<[string]>;

  constructor(db: Database) {
    this.selectAll = db.prepare<[string], TeamTemplateRow>(`${SELECT} WHERE workspace_id = ? ORDER BY name COLLATE NOCASE`);
    this.selectOne = db.prepare<[string], TeamTemplateRow>(`${SELECT} WHERE id = ?`);
    this.selectByName = db.prepare<[string, string], TeamTemplateRow>(`${SELECT} WHERE workspace_id = ? AND name = ? COLLATE NOCASE`);
    this.insertOne = db.prepare(
      'INSERT INTO team_templates (id, workspace_id, name, body, created_at, updated_at) VALUES (@id, @workspaceId, @name, @body, @createdAt, @updatedAt)',
    );
    this.updateOne = db.prepare('UPDATE team_templates SET name = @name, body = @body, updated_at = @updatedAt WHERE id = @id');
    this.deleteOne = db.prepare('DELETE FROM team_templates WHERE id = ?');
  }

  list(workspaceId: string): TeamTemplate[] {
    return this.selectAll.all(workspaceId).map(toTeamTemplate);
  }

  find(id: string): TeamTemplate | undefined {
    const row = this.selectOne.get(id);
    return row && toTeamTemplate(row);
  }

  /** The workspace's template of this name, whatever its case. */
  findByName(workspaceId: string, name: string): TeamTemplate | undefined {
    const row = this.selectByName.get(workspaceId, name);
    return row && toTeamTemplate(row);
  }

  insert(row: TeamTemplateRow): TeamTemplate {
    this.insertOne.run(row);
    return toTeamTemplate(row);
  }

  update(id: string, changes: { name: string; body: string; updatedAt: string }): void {
    this.updateOne.run({ id, ...changes });
  }

  delete(id: string): void {
    this.deleteOne.run(id);
  }
}

// Read back through the output schema, so a row some other writer left malformed fails here, by name.
function toTeamTemplate(row: TeamTemplateRow): TeamTemplate {
  return TeamTemplate.parse({ ...row, dialect: detectDialect(row.body, 'template.md') });
}
