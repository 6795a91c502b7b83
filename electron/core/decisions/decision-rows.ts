import type { Database, Statement } from 'better-sqlite3';
import type { ParsedInput, Services } from '../../../shared/api/contract';
import type { DecisionRow, DecisionRowLink } from '../../../shared/api/decision-list-operations';
import type { LinkKind } from '../../../shared/domain/link-kind';
import type { CoreContext } from '../core-context';
import { compareLinkViews } from './link-store';
import { requireWorkspaceExists } from '../workspace';
import { RANK, toFtsQuery } from '../search';

type Input = ParsedInput<'listDecisionRows'>;

/** id, number, title, status, its source, date, its source, tags (JSON), file path or null. */
type Row = [string, number, string, string | null, DecisionRow['statusSource'], string | null, DecisionRow['dateSource'], string, string | null];
/** kind, from id, from number, to id, to number. */
type LinkRow = [LinkKind, string, number, string, number];

interface SortableLink {
  kind: LinkKind;
  direction: DecisionRowLink['direction'];
  otherNumber: number;
  otherId: string;
}

const COLUMNS = 'd.id, d.number, d.title, d.status, d.status_source, d.date, d.date_source, d.tags, f.path';
// decision_files holds only what sync knows of a file; the row's JSON document is never read here.
const FILE_JOIN = 'LEFT JOIN decision_files f ON f.decision_id = d.id AND f.workspace_id = d.workspace_id';
const LIVE = 'd.workspace_id = @workspaceId AND d.deleted_at IS NULL';

/**
 * A workspace's decisions as the command line lists them, with their links and files, from three
 * queries in one read transaction however many decisions there are: the rows (with the file path
 * joined in), and every live link touching the workspace. Nothing is read per decision, and no
 * content or sync document is parsed.
 */
export class DecisionRows {
  private readonly statements = new Map<string, Statement>();
  private readonly selectLinks: Statement<{ workspaceId: string }, LinkRow>;

  constructor(private readonly db: Database) {
    // Links whose other end is in the trash stay out, as on the decision page (LinkStore.viewsOf).
    this.selectLinks = db
      .prepare<{ workspaceId: string }, LinkRow>(`
        SELECT l.kind, a.id, a.number, b.id, b.number
        FROM decision_links l
        JOIN decisions a ON a.id = l.from_id AND a.deleted_at IS NULL
        JOIN decisions b ON b.id = l.to_id AND b.deleted_at IS NULL
        WHERE a.workspace_id = @workspaceId OR b.workspace_id = @workspaceId`)
      .raw();
  }

  list(input: Input): DecisionRow[] {
    return this.db.transaction(() => this.listNow(input))();
  }

  private listNow(input: Input): DecisionRow[] {
    const rows = this.rows(input);
    const links = this.linksOf(input.workspaceId);
    return rows.map(([id, number, title, status, statusSource, date, dateSource, tags, file]) => ({
      id,
      number,
      title,
      status,
      statusSource,
      date,
      dateSource,
      tags: JSON.parse(tags) as string[],
      links: links.get(id) ?? [],
      file,
    }));
  }

  /**
   * Without a query, by number. With one, the matching decisions most relevant first, as searchDecisions
   * sorts them by relevance; a query with no word in it matches everything, newest number first.
   */
  private rows({ workspaceId, status, query }: Input): Row[] {
    const conditions = [LIVE];
    if (status === null) conditions.push('d.status IS NULL');
    else if (status !== undefined) conditions.push('d.status = @status');
    const match = query === undefined ? null : toFtsQuery(query);
    let sql: string;
    if (match !== null) {
      conditions.push('decision_fts MATCH @match');
      sql = `SELECT ${COLUMNS} FROM decision_fts JOIN decisions d ON d.seq = decision_fts.rowid ${FILE_JOIN}
        WHERE ${conditions.join(' AND ')} ORDER BY ${RANK} ASC, d.number DESC`;
    } else {
      const order = query === undefined ? 'ASC' : 'DESC';
      sql = `SELECT ${COLUMNS} FROM decisions d ${FILE_JOIN} WHERE ${conditions.join(' AND ')} ORDER BY d.number ${order}, d.seq ${order}`;
    }
    return this.statement(sql).all({ workspaceId, status: status ?? null, match }) as Row[];
  }

  /** Each decision's live links, keyed by its id, in the order the decision page shows them. */
  private linksOf(workspaceId: string): Map<string, DecisionRowLink[]> {
    const byDecision = new Map<string, SortableLink[]>();
    const add = (id: string, link: SortableLink) => {
      const list = byDecision.get(id);
      if (list) list.push(link);
      else byDecision.set(id, [link]);
    };
    for (const [kind, fromId, fromNumber, toId, toNumber] of this.selectLinks.all({ workspaceId })) {
      add(fromId, { kind, direction: 'outgoing', otherNumber: toNumber, otherId: toId });
      add(toId, { kind, direction: 'incoming', otherNumber: fromNumber, otherId: fromId });
    }
    const result = new Map<string, DecisionRowLink[]>();
    for (const [id, links] of byDecision) {
      // Ties (two linked decisions with the same number) go by id, the order the link index gives them.
      links.sort((a, b) => compareLinkViews(a, b) || (a.otherId < b.otherId ? -1 : a.otherId > b.otherId ? 1 : 0));
      result.set(id, links.map((l) => ({ kind: l.kind, direction: l.direction, number: l.otherNumber, id: l.otherId })));
    }
    return result;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw();
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

export function decisionListServices(ctx: CoreContext): Pick<Services, 'listDecisionRows'> {
  return {
    listDecisionRows: (input) => {
      requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
      return ctx.decisionRows.list(input);
    },
  };
}
