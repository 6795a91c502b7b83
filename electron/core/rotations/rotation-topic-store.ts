import type { Database, Statement } from 'better-sqlite3';
import type { RotationTopic } from '../../../shared/api/rotation-operations';

interface TopicRow {
  id: string;
  rotationId: string;
  title: string;
  description: string;
  links: string;
  proposedBy: string;
  createdAt: string;
  assignedDate: string | null;
}

const SELECT = `
  SELECT id, rotation_id AS rotationId, title, description, links, proposed_by AS proposedBy,
    created_at AS createdAt, assigned_date AS assignedDate
  FROM rotation_topics`;

/** The topic backlog of teaching rotations, with one vote per person per topic. */
export class RotationTopicStore {
  private readonly selectOne: Statement<[string], TopicRow>;
  private readonly selectByRotation: Statement<[string], TopicRow>;
  private readonly selectByDate: Statement<[string, string], TopicRow>;
  private readonly selectVoters: Statement<[string], string>;
  private readonly insertTopic: Statement<[TopicRow]>;
  private readonly updateAssigned: Statement<[string | null, string]>;
  private readonly deleteTopic: Statement<[string]>;
  private readonly insertVote: Statement<[string, string, string]>;
  private readonly deleteVote: Statement<[string, string]>;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], TopicRow>(`${SELECT} WHERE id = ?`);
    this.selectByRotation = db.prepare<[string], TopicRow>(`${SELECT} WHERE rotation_id = ? ORDER BY created_at, rowid`);
    this.selectByDate = db.prepare<[string, string], TopicRow>(`${SELECT} WHERE rotation_id = ? AND assigned_date = ?`);
    this.selectVoters = db.prepare<[string], string>('SELECT voter FROM rotation_topic_votes WHERE topic_id = ? ORDER BY voter_key').pluck();
    this.insertTopic = db.prepare(`
      INSERT INTO rotation_topics (id, rotation_id, title, description, links, proposed_by, created_at, assigned_date)
      VALUES (@id, @rotationId, @title, @description, @links, @proposedBy, @createdAt, @assignedDate)`);
    this.updateAssigned = db.prepare('UPDATE rotation_topics SET assigned_date = ? WHERE id = ?');
    this.deleteTopic = db.prepare('DELETE FROM rotation_topics WHERE id = ?');
    this.insertVote = db.prepare('INSERT OR IGNORE INTO rotation_topic_votes (topic_id, voter_key, voter) VALUES (?, ?, ?)');
    this.deleteVote = db.prepare('DELETE FROM rotation_topic_votes WHERE topic_id = ? AND voter_key = ?');
  }

  find(id: string): RotationTopic | undefined {
    const row = this.selectOne.get(id);
    return row && this.toTopic(row);
  }

  listByRotation(rotationId: string): RotationTopic[] {
    return this.selectByRotation.all(rotationId).map((row) => this.toTopic(row));
  }

  assignedOn(rotationId: string, date: string): RotationTopic | undefined {
    const row = this.selectByDate.get(rotationId, date);
    return row && this.toTopic(row);
  }

  insert(topic: Omit<RotationTopic, 'voters'>): void {
    this.insertTopic.run({ ...topic, links: JSON.stringify(topic.links) });
  }

  assign(id: string, date: string | null): void {
    this.updateAssigned.run(date, id);
  }

  delete(id: string): void {
    this.deleteTopic.run(id);
  }

  vote(topicId: string, voter: string, vote: boolean): void {
    if (vote) this.insertVote.run(topicId, voter.toLowerCase(), voter);
    else this.deleteVote.run(topicId, voter.toLowerCase());
  }

  private toTopic(row: TopicRow): RotationTopic {
    return { ...row, links: JSON.parse(row.links) as string[], voters: this.selectVoters.all(row.id) };
  }
}
