import type { Migration } from './migration';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT
      );

      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        custom_statuses TEXT NOT NULL DEFAULT '[]'
      );

      -- seq is the stable integer key the search index and facet tables join on; without an explicit
      -- INTEGER PRIMARY KEY, VACUUM may renumber rowids and silently detach the FTS rows.
      -- No UNIQUE (workspace_id, number): imports from two git branches can bring the same number twice.
      -- The row holds only what lists, counts and filters read (title … decision_makers are copies of
      -- content fields); the full content lives in decision_contents, so scans never wade through it.
      CREATE TABLE decisions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        template TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        date TEXT NOT NULL,
        review_by TEXT,
        tags TEXT NOT NULL,
        decision_makers TEXT NOT NULL,
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX decisions_by_number ON decisions(workspace_id, number);
      CREATE INDEX decisions_by_date ON decisions(workspace_id, date);
      CREATE INDEX decisions_by_title ON decisions(workspace_id, title COLLATE NOCASE);
      CREATE INDEX decisions_by_review ON decisions(workspace_id, review_by) WHERE review_by IS NOT NULL;
      -- Counts live decisions and their statuses (workspace list, status facet) from the index alone.
      CREATE INDEX decisions_live_by_status ON decisions(workspace_id, status) WHERE deleted_at IS NULL;

      -- The full DecisionContent as JSON, one row per decision.
      CREATE TABLE decision_contents (
        decision_seq INTEGER PRIMARY KEY REFERENCES decisions(seq) ON DELETE CASCADE,
        content TEXT NOT NULL
      );

      -- The search index: tags, people and full text of LIVE decisions only (a decision moved to the
      -- trash leaves it; a restore writes it again). Tags and people are rows so that filters are key
      -- lookups and a whole workspace's facets are one covering-index scan (hence workspace_id here).
      CREATE TABLE decision_tags (
        decision_seq INTEGER NOT NULL REFERENCES decisions(seq) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        workspace_id TEXT NOT NULL,
        PRIMARY KEY (decision_seq, tag)
      ) WITHOUT ROWID;
      CREATE INDEX decision_tags_by_workspace ON decision_tags(workspace_id, tag);

      -- One row per person per decision, whatever their role; person_key is the lower-cased name the
      -- case-insensitive filter and the people facet group by.
      CREATE TABLE decision_people (
        decision_seq INTEGER NOT NULL REFERENCES decisions(seq) ON DELETE CASCADE,
        person_key TEXT NOT NULL,
        person TEXT NOT NULL,
        workspace_id TEXT NOT NULL,
        PRIMARY KEY (decision_seq, person_key)
      ) WITHOUT ROWID;
      CREATE INDEX decision_people_by_workspace ON decision_people(workspace_id, person_key, person);

      CREATE TABLE decision_links (
        from_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        to_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        PRIMARY KEY (from_id, kind, to_id)
      ) WITHOUT ROWID;
      CREATE INDEX decision_links_by_target ON decision_links(to_id);

      CREATE TABLE revisions (
        decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        summary TEXT NOT NULL,
        content TEXT NOT NULL,
        markdown TEXT NOT NULL,
        PRIMARY KEY (decision_id, revision)
      );

      -- rowid = decisions.seq. remove_diacritics so "cafe" finds "café". The prefix indexes keep the
      -- first keystrokes fast: without them "d"* or "da"* expands to every matching term's doclist,
      -- which takes seconds at 10,000 decisions.
      CREATE VIRTUAL TABLE decision_fts USING fts5(
        title, body, tags, people,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
      );
      -- FTS rows have no foreign key; a hard delete (a workspace removed with its decisions) must not orphan them.
      CREATE TRIGGER decisions_leave_fts AFTER DELETE ON decisions BEGIN
        DELETE FROM decision_fts WHERE rowid = old.seq;
      END;
    `);
  },
};
