import type { Database, Statement } from 'better-sqlite3';
import type { ParsedInput, SearchDecisionsOutput } from '../../../shared/api/contract';
import type { FacetCounter } from './facet-counter';
import { personKey } from './search-document';
import { toFtsQuery } from './search-query';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './summary-row';

type SearchInput = ParsedInput<'searchDecisions'>;

interface Params {
  workspaceId: string;
  match: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  statuses: string;
  /** Whether "no status" is one of the statuses asked for. */
  noStatus: number;
  tags: string;
  person: string | null;
}

/** The SQL pieces of one search: `base` picks what the facets count, `where` adds the filters. */
interface Query {
  params: Params;
  from: string;
  base: string;
  where: string;
  hasFilters: boolean;
}

/** Title matches weigh most, then tags and people, then the body text. */
export const RANK = 'bm25(decision_fts, 10.0, 1.0, 4.0, 4.0)';

/** Deeper than this into the ranking, reading the ranks of every row it passes costs more than the join it saves. */
const MAX_INDEX_RANKED = 1000;

/**
 * Full-text search with facets over one workspace's live decisions. A few set-based queries per call
 * (page, its rows, its snippets, count, the matching set for the facets), never one per row;
 * statements are prepared once per shape of query and reused. Facets count the decisions matching
 * the text and date range, before the status, tag and person filters (FacetCounter); "No date" counts
 * the decisions matching the text without a date, since a date range and "No date" are alternatives.
 *
 * Filters: statuses and tags each match any of the chosen values (OR within a facet, AND across
 * facets), so ticking a second tag widens the list the way ticking a second status does.
 */
export class DecisionSearch {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly facetCounter: FacetCounter,
  ) {}

  search(input: SearchInput): SearchDecisionsOutput {
    // One read transaction: the total, the page and the facets describe the same moment.
    return this.db.transaction(() => this.searchNow(input))();
  }

  private searchNow(input: SearchInput): SearchDecisionsOutput {
    const query = toQuery(input);
    const { match } = query.params;
    const { total, facets, onlyThisWorkspace } = this.totalAndFacets(query);
    const pageSeqs = (onlyThisWorkspace ? this.pageFromIndex(query, input) : null) ?? this.pageSeqs(query, input);
    const snippets = match ? this.snippets(match, pageSeqs) : new Map<number, string>();
    return {
      total,
      facets,
      items: this.summaryRows(pageSeqs).map((row) => toSummary(row, match ? (snippets.get(row.seq) ?? null) : null)),
    };
  }

  /** The page's decisions in order. Sorting only seqs keeps the sorter small when thousands match. */
  private pageSeqs({ params, from, where }: Query, input: SearchInput): number[] {
    const sql = `SELECT d.seq FROM ${from} WHERE ${where} ORDER BY ${orderBy(input, params.match !== null)} LIMIT @limit OFFSET @offset`;
    return this.column(sql).all({ ...params, limit: input.limit, offset: input.offset }) as number[];
  }

  /**
   * The page of a text search by relevance, ranked from the full-text index alone, when every row the
   * text matches is a live decision of this workspace and no facet filter applies (the usual case).
   * pageSeqs would join each of thousands of matching rows to its decision only for the number that
   * breaks ties; here the index ranks the best rows, a margin past the page's end so that rows of equal
   * rank there are all in hand, and only those are looked up. Null, to fall back to pageSeqs, when the
   * rows of the last rank on the page run past the margin.
   */
  private pageFromIndex({ params, hasFilters }: Query, input: SearchInput): number[] | null {
    const wanted = input.offset + input.limit;
    if (params.match === null || hasFilters || input.sort !== 'relevance' || wanted > MAX_INDEX_RANKED) return null;
    const fetched = 2 * wanted + 50;
    // bm25 is lower for better matches, so "most relevant first" (desc) sorts it ascending.
    const direction = input.order === 'desc' ? 'ASC' : 'DESC';
    const best = this.arrays(`SELECT rowid, ${RANK} AS r FROM decision_fts WHERE decision_fts MATCH @match ORDER BY r ${direction} LIMIT @n`).all({
      match: params.match,
      n: fetched,
    }) as [number, number][];
    let candidates = best;
    if (best.length > wanted) {
      const lastRank = best[wanted - 1]![1];
      if (best.length === fetched && best[fetched - 1]![1] === lastRank) return null;
      candidates = best.filter(([, rank]) => (direction === 'ASC' ? rank <= lastRank : rank >= lastRank));
    }
    const numbers = new Map(
      this.arrays('SELECT seq, number FROM decisions WHERE seq IN (SELECT value FROM json_each(@seqs))').all({
        seqs: JSON.stringify(candidates.map(([seq]) => seq)),
      }) as [number, number][],
    );
    const sign = direction === 'ASC' ? 1 : -1;
    // As pageSeqs orders them: by rank, then the higher number first.
    candidates.sort(([a, rankA], [b, rankB]) => sign * (rankA - rankB) || numbers.get(b)! - numbers.get(a)!);
    return candidates.slice(input.offset, wanted).map(([seq]) => seq);
  }

  /**
   * The total and the facets. For a text query without a date range, the matching rows come from the
   * full-text index alone and the facet counter passes over any that are not this workspace's; whether
   * there were any says whether pageFromIndex may rank the page from the index too.
   */
  private totalAndFacets({ params, from, base, where, hasFilters }: Query): Pick<SearchDecisionsOutput, 'total' | 'facets'> & {
    onlyThisWorkspace: boolean;
  } {
    const countFiltered = () => this.column(`SELECT count(*) FROM ${from} WHERE ${where}`).get(params) as number;
    if (params.dateFrom === null && params.dateTo === null) {
      if (params.match === null) return { total: countFiltered(), facets: this.facetCounter.count(params.workspaceId), onlyThisWorkspace: false };
      // The index holds live decisions only (a decision moved to the trash leaves it).
      const found = this.column('SELECT rowid FROM decision_fts WHERE decision_fts MATCH @match').all({ match: params.match }) as number[];
      const { counted, facets } = this.facetCounter.countAmong(params.workspaceId, found);
      return { total: hasFilters ? countFiltered() : counted, facets, onlyThisWorkspace: counted === found.length };
    }
    const matching = this.column(`SELECT d.seq FROM ${from} WHERE ${base}`).all(params) as number[];
    // A date range leaves out every undated decision, so "No date" is counted beside the range, not
    // within it: the person who set a range still sees how many "No date" would show instead.
    const undated = this.column(`SELECT count(*) FROM ${from} WHERE ${baseConditions({ ...params, dateFrom: null, dateTo: null }).join(' AND ')} AND d.date IS NULL`).get(params) as number;
    return {
      total: hasFilters ? countFiltered() : matching.length,
      facets: { ...this.facetCounter.count(params.workspaceId, matching), undated },
      onlyThisWorkspace: false,
    };
  }

  /** The list rows of these decisions, in the order given. */
  private summaryRows(seqs: number[]): SummaryRow[] {
    if (seqs.length === 0) return [];
    const rows = this.statement(`SELECT ${SUMMARY_COLUMNS} FROM decisions d WHERE d.seq IN (SELECT value FROM json_each(@seqs))`).all({
      seqs: JSON.stringify(seqs),
    }) as SummaryRow[];
    const bySeq = new Map(rows.map((row) => [row.seq, row]));
    return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
  }

  private snippets(match: string, seqs: number[]): Map<number, string> {
    if (seqs.length === 0) return new Map();
    // A plain `rowid IN (…)` makes FTS5 run the whole match once per row (seconds for a prefix query
    // over 10,000 decisions). One scan over the page's rowid range, with the unary + keeping the IN
    // list a filter rather than a lookup, computes snippets for the page's rows only.
    const found = this.statement(`
      SELECT rowid AS seq, snippet(decision_fts, -1, '«', '»', '…', 16) AS snippet
      FROM decision_fts
      WHERE decision_fts MATCH @match AND rowid BETWEEN @low AND @high AND +rowid IN (SELECT value FROM json_each(@seqs))`,
    ).all({ match, low: Math.min(...seqs), high: Math.max(...seqs), seqs: JSON.stringify(seqs) }) as { seq: number; snippet: string }[];
    return new Map(found.map((f) => [f.seq, f.snippet]));
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** A statement that returns each row as an array of its values; cached apart, as raw() changes the statement. */
  private arrays(sql: string): Statement {
    const key = `arrays:${sql}`;
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql).raw();
      this.statements.set(key, statement);
    }
    return statement;
  }

  /** A statement that returns its first column's values; cached apart, as pluck() changes the statement. */
  private column(sql: string): Statement {
    const key = `column:${sql}`;
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql).pluck();
      this.statements.set(key, statement);
    }
    return statement;
  }
}

function toQuery(input: SearchInput): Query {
  const params: Params = {
    workspaceId: input.workspaceId,
    match: toFtsQuery(input.query),
    dateFrom: input.dateFrom ?? null,
    dateTo: input.dateTo ?? null,
    statuses: JSON.stringify(input.statuses.filter((status) => status !== null)),
    noStatus: input.statuses.includes(null) ? 1 : 0,
    tags: JSON.stringify(input.tags),
    person: input.person ? likeWords(personKey(input.person)) : null,
  };
  const base = baseConditions(params).join(' AND ');
  const filters = filterConditions(params, input);
  return {
    params,
    from: params.match ? 'decision_fts JOIN decisions d ON d.seq = decision_fts.rowid' : 'decisions d',
    base,
    where: [base, ...filters].join(' AND '),
    hasFilters: filters.length > 0,
  };
}

function baseConditions(params: Params): string[] {
  const conditions = ['d.workspace_id = @workspaceId', 'd.deleted_at IS NULL'];
  if (params.match) conditions.push('decision_fts MATCH @match');
  if (params.dateFrom) conditions.push('d.date >= @dateFrom');
  if (params.dateTo) conditions.push('d.date <= @dateTo');
  return conditions;
}

function filterConditions(params: Params, input: SearchInput): string[] {
  const conditions: string[] = [];
  if (input.statuses.length > 0) conditions.push('(d.status IN (SELECT value FROM json_each(@statuses)) OR (@noStatus AND d.status IS NULL))');
  if (input.undated) conditions.push('d.date IS NULL');
  // IN (…) rather than EXISTS: SQLite reads the few matching keys from the side table's index once,
  // instead of probing it for every decision in the workspace.
  if (input.tags.length > 0) {
    conditions.push(
      'd.seq IN (SELECT decision_seq FROM decision_tags WHERE workspace_id = @workspaceId AND tag IN (SELECT value FROM json_each(@tags)))',
    );
  }
  if (params.person) {
    conditions.push(
      "d.seq IN (SELECT decision_seq FROM decision_people WHERE workspace_id = @workspaceId AND ' ' || person_key || ' ' LIKE @person ESCAPE '\\')",
    );
  }
  return conditions;
}

/**
 * A LIKE pattern for a person filter that matches whole words of a name: "Knuth" finds "Ada Knuth"
 * and "ada knuth" finds her too, but "Gra" does not find "Grace" (a part of a word is too loose a
 * match for people). The name is matched with a space on either side.
 */
function likeWords(key: string): string {
  return `% ${key.replace(/[\\%_]/g, (c) => `\\${c}`)} %`;
}

function orderBy(input: SearchInput, hasText: boolean): string {
  const dir = input.order === 'asc' ? 'ASC' : 'DESC';
  switch (input.sort) {
    case 'relevance':
      // bm25 is lower for better matches, so "most relevant first" (desc) sorts it ascending.
      if (hasText) return `${RANK} ${dir === 'DESC' ? 'ASC' : 'DESC'}, d.number DESC`;
      return `d.number ${dir}, d.seq ${dir}`;
    case 'date':
      // Unknown dates are filed apart, after the known ones either way.
      return `d.date IS NULL, d.date ${dir}, d.number ${dir}`;
    case 'title':
      return `d.title COLLATE NOCASE ${dir}, d.number ${dir}`;
    case 'number':
      return `d.number ${dir}, d.seq ${dir}`;
  }
}
