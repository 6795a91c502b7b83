import type { Database, Statement } from 'better-sqlite3';
import type { SearchDecisionsOutput } from '../../../shared/api/contract';

type Facets = SearchDecisionsOutput['facets'];
type FacetCount = Facets['tags'][number];

/** The facet values of one decision, as indexes into the workspace's value lists. */
interface DecisionFacets {
  /** An unknown status counts under NO_STATUS_KEY. */
  status: number;
  undated: boolean;
  tags: number[];
  people: number[];
}

interface WorkspaceFacets {
  workspaceId: string;
  stamp: string;
  byDecision: Map<number, DecisionFacets>;
  statuses: ValueList;
  tags: ValueList;
  /** Keyed by person_key; shows the first of its spellings in code-point order. */
  people: ValueList;
}

/** The key an unknown status is counted under: no status name is empty. */
const NO_STATUS_KEY = '';

/** Past this many changed decisions in one transaction (an import), reading everything again is cheaper. */
const MAX_PATCHED_DECISIONS = 200;

/**
 * Counts statuses (unknown ones too), dates that are unknown, tags and people over a set of live decisions. Counting in SQL costs a join per
 * matching decision (about 30 ms when a word matches all 10,000), so the facet values of the
 * workspace being searched are held in memory, as small integers, and counted here.
 *
 * The copy is stamped with `total_changes()` (moves with every write on this connection) and
 * `data_version` (moves with every commit of another process: the CLI, a second window); a stamp
 * that no longer matches means reading it all again (about 50 ms). So that a save does not cost
 * that, the search index reports each decision it rewrites (`changed`), and after the commit
 * (`committed`) only those decisions are read again.
 */
export class FacetCounter {
  private cached: WorkspaceFacets | null = null;
  private readonly changedSeqs = new Set<number>();
  private freshBeforeWrite = false;
  private readonly selectStamp: Statement<[], string>;
  private readonly selectStatuses: Statement<[string], [number, string | null, number]>;
  private readonly selectTags: Statement<[string], [number, string]>;
  private readonly selectPeople: Statement<[string], [number, string, string]>;
  private readonly selectOne: Statement<[number], { workspaceId: string; status: string | null; undated: number; live: number }>;
  private readonly selectOneTags: Statement<[number], string>;
  private readonly selectOnePeople: Statement<[number], [string, string]>;

  constructor(db: Database) {
    this.selectStamp = db.prepare<[], string>("SELECT total_changes() || ':' || data_version FROM pragma_data_version").pluck();
    this.selectStatuses = db
      .prepare<[string], [number, string | null, number]>('SELECT seq, status, date IS NULL FROM decisions WHERE workspace_id = ? AND deleted_at IS NULL')
      .raw();
    this.selectTags = db.prepare<[string], [number, string]>('SELECT decision_seq, tag FROM decision_tags WHERE workspace_id = ?').raw();
    this.selectPeople = db
      .prepare<[string], [number, string, string]>('SELECT decision_seq, person_key, person FROM decision_people WHERE workspace_id = ?')
      .raw();
    this.selectOne = db.prepare<[number], { workspaceId: string; status: string | null; undated: number; live: number }>(
      'SELECT workspace_id AS workspaceId, status, date IS NULL AS undated, deleted_at IS NULL AS live FROM decisions WHERE seq = ?',
    );
    this.selectOneTags = db.prepare<[number], string>('SELECT tag FROM decision_tags WHERE decision_seq = ?').pluck();
    this.selectOnePeople = db
      .prepare<[number], [string, string]>('SELECT person_key, person FROM decision_people WHERE decision_seq = ?')
      .raw();
  }

  /** Call before a write transaction begins. */
  writing(): void {
    this.changedSeqs.clear();
    this.freshBeforeWrite = this.cached !== null && this.cached.stamp === this.stamp();
  }

  /** Called by the search index, inside the transaction, for each decision whose facets it rewrote. */
  changed(seq: number): void {
    this.changedSeqs.add(seq);
  }

  /** Call after the write transaction committed: brings the copy up to date with the changed decisions. */
  committed(): void {
    const cached = this.cached;
    if (!cached || !this.freshBeforeWrite || this.changedSeqs.size > MAX_PATCHED_DECISIONS) {
      this.cached = null;
    } else {
      for (const seq of this.changedSeqs) this.reread(cached, seq);
      cached.stamp = this.stamp();
    }
    this.changedSeqs.clear();
  }

  /** Facet counts over the given live decisions of the workspace (all of them when `seqs` is omitted), most frequent first. */
  count(workspaceId: string, seqs?: Iterable<number>): Facets {
    return this.countAmong(workspaceId, seqs).facets;
  }

  /**
   * Facet counts over those of `seqs` that are live decisions of the workspace (all of them when `seqs`
   * is omitted), and how many those were: the others (another workspace's) are passed over.
   */
  countAmong(workspaceId: string, seqs?: Iterable<number>): { counted: number; facets: Facets } {
    const facets = this.facetsOf(workspaceId);
    const statuses = new Int32Array(facets.statuses.size);
    const tags = new Int32Array(facets.tags.size);
    const people = new Int32Array(facets.people.size);
    let counted = 0;
    let undated = 0;
    const add = (decision: DecisionFacets | undefined) => {
      if (!decision) return;
      counted += 1;
      if (decision.undated) undated += 1;
      statuses[decision.status]! += 1;
      for (const tag of decision.tags) tags[tag]! += 1;
      for (const person of decision.people) people[person]! += 1;
    };
    if (seqs) for (const seq of seqs) add(facets.byDecision.get(seq));
    else for (const decision of facets.byDecision.values()) add(decision);
    return {
      counted,
      facets: {
        statuses: facets.statuses.counted(statuses).map(({ value, count }) => ({ value: value === NO_STATUS_KEY ? null : value, count })),
        tags: facets.tags.counted(tags),
        people: facets.people.counted(people),
        undated,
      },
    };
  }

  private stamp(): string {
    return this.selectStamp.get() ?? '';
  }

  private reread(cached: WorkspaceFacets, seq: number): void {
    const row = this.selectOne.get(seq);
    if (!row || !row.live || row.workspaceId !== cached.workspaceId) {
      cached.byDecision.delete(seq);
      return;
    }
    cached.byDecision.set(seq, {
      status: cached.statuses.idOf(row.status ?? NO_STATUS_KEY, row.status ?? NO_STATUS_KEY),
      undated: row.undated === 1,
      tags: this.selectOneTags.all(seq).map((tag) => cached.tags.idOf(tag, tag)),
      people: this.selectOnePeople.all(seq).map(([key, name]) => cached.people.idOf(key, name)),
    });
  }

  private facetsOf(workspaceId: string): WorkspaceFacets {
    const stamp = this.stamp();
    if (this.cached?.workspaceId !== workspaceId || this.cached.stamp !== stamp) this.cached = this.read(workspaceId, stamp);
    return this.cached;
  }

  private read(workspaceId: string, stamp: string): WorkspaceFacets {
    const statuses = new ValueList();
    const tags = new ValueList();
    const people = new ValueList();
    const byDecision = new Map<number, DecisionFacets>();
    for (const [seq, status, undated] of this.selectStatuses.all(workspaceId)) {
      byDecision.set(seq, { status: statuses.idOf(status ?? NO_STATUS_KEY, status ?? NO_STATUS_KEY), undated: undated === 1, tags: [], people: [] });
    }
    for (const [seq, tag] of this.selectTags.all(workspaceId)) byDecision.get(seq)?.tags.push(tags.idOf(tag, tag));
    for (const [seq, key, name] of this.selectPeople.all(workspaceId)) byDecision.get(seq)?.people.push(people.idOf(key, name));
    return { workspaceId, stamp, byDecision, statuses, tags, people };
  }
}

/** Distinct facet values numbered 0, 1, 2 … in the order first seen. */
class ValueList {
  private readonly ids = new Map<string, number>();
  private readonly shown: string[] = [];

  get size(): number {
    return this.shown.length;
  }

  /** The number of the value with this key; of several spellings, the first in code-point order is shown. */
  idOf(key: string, spelling: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.shown.length;
      this.ids.set(key, id);
      this.shown.push(spelling);
    } else if (spelling < this.shown[id]!) {
      this.shown[id] = spelling;
    }
    return id;
  }

  /** The values with a non-zero count, most frequent first, then by value. */
  counted(counts: Int32Array): FacetCount[] {
    const result: FacetCount[] = [];
    counts.forEach((count, id) => {
      if (count > 0) result.push({ value: this.shown[id]!, count });
    });
    return result.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
}
