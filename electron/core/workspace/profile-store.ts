import type { Database, Statement } from 'better-sqlite3';

/** The one local profile; its name authors revisions. */
export class ProfileStore {
  private readonly selectName: Statement<[], string | null>;
  private readonly upsertName: Statement<[string]>;

  constructor(db: Database) {
    this.selectName = db.prepare<[], string | null>('SELECT name FROM profile WHERE id = 1').pluck();
    this.upsertName = db.prepare<[string]>(
      'INSERT INTO profile (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
    );
  }

  name(): string | null {
    return this.selectName.get() ?? null;
  }

  setName(name: string): void {
    this.upsertName.run(name);
  }
}
