import type { Migration } from './migration';

export const rotationTurnsSchema: Migration = {
  version: 11,
  name: 'rotation-turns',
  up(db) {
    db.exec(`
      -- How long a turn lasts, as TurnLength JSON; NULL: as the rotation's kind says (a role until the
      -- next holder takes over, a teaching session its duration).
      ALTER TABLE rotations ADD COLUMN turn_length TEXT;

      -- New orders of a rotation's queue, each from its date; seq keeps the order they were made in.
      -- member_ids is a JSON array of member ids in the new order.
      CREATE TABLE rotation_reorders (
        id TEXT PRIMARY KEY,
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        from_date TEXT NOT NULL,
        member_ids TEXT NOT NULL
      );
      CREATE INDEX rotation_reorders_by_rotation ON rotation_reorders(rotation_id, seq);

      -- The checklist items a holder ticked off for one turn (the date), by the item's key: every turn
      -- starts with a fresh list, and a tick survives edits to the checklist's other items.
      CREATE TABLE rotation_checklist_ticks (
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        item_key TEXT NOT NULL,
        ticked_at TEXT NOT NULL,
        PRIMARY KEY (rotation_id, date, item_key)
      ) WITHOUT ROWID;
    `);
  },
};
