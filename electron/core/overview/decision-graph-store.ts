import type { Database, Statement } from 'better-sqlite3';
import type { DecisionGraph, GraphEdge, GraphNode } from '../../../shared/graph/decision-graph';

interface NodeRow extends Omit<GraphNode, 'tags'> {
  tags: string;
}

/** Reads a workspace's decisions and links as one graph: two queries, however many decisions. */
export class DecisionGraphStore {
  private readonly selectNodes: Statement<[string], NodeRow>;
  private readonly selectEdges: Statement<[string], GraphEdge>;

  constructor(db: Database) {
    this.selectNodes = db.prepare(`
      SELECT id, number, title, status, tags FROM decisions
      WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY number, id`);
    // Links whose other end is in the trash stay out, as they do on the decision page.
    this.selectEdges = db.prepare(`
      SELECT l.from_id AS fromId, l.kind, l.to_id AS toId
      FROM decision_links l
      JOIN decisions f ON f.id = l.from_id AND f.deleted_at IS NULL
      JOIN decisions t ON t.id = l.to_id AND t.deleted_at IS NULL
      WHERE f.workspace_id = ?
      ORDER BY f.number, l.kind, t.number`);
  }

  graph(workspaceId: string): DecisionGraph {
    return {
      nodes: this.selectNodes.all(workspaceId).map((row) => ({ ...row, tags: JSON.parse(row.tags) as string[] })),
      edges: this.selectEdges.all(workspaceId),
    };
  }
}
