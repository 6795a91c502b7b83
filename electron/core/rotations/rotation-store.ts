import type { Database, Statement } from 'better-sqlite3';
import type { Rotation, RotationMember, RotationOverride, RotationReorder } from '../../../shared/api/rotation-operations';
import { Cadence, TurnCap } from '../../../shared/rotations/rotation-model';
import { TurnLength } from '../../../shared/rotations/turn-span';

interface RotationRow {
  id: string;
  workspaceId: string;
  name: string;
  kind: Rotation['kind'];
  cadence: string;
  startDate: string;
  time: string;
  durationMinutes: number;
  timeZone: string;
  cap: string | null;
  checklist: string;
  withSecondary: number;
  turnLength: string | null;
  createdAt: string;
  updatedAt: string;
}

type RotationSettingsRow = Omit<RotationRow, 'createdAt'>;

const SELECT = `
  SELECT id, workspace_id AS workspaceId, name, kind, cadence, start_date AS startDate, time,
    duration_minutes AS durationMinutes, time_zone AS timeZone, cap, checklist,
    with_secondary AS withSecondary, turn_length AS turnLength, created_at AS createdAt, updated_at AS updatedAt
  FROM rotations`;

/**
 * Rotations with their members (in queue order), their schedule changes and their new orders (each
 * in the order made). Saving writes members, changes and orders whole, so a member whose joining was
 * undone loses their row with everything else the change took back.
 */
export class RotationStore {
  private readonly selectOne: Statement<[string], RotationRow>;
  private readonly selectByWorkspace: Statement<[string], RotationRow>;
  private readonly selectMembers: Statement<[string], RotationMember>;
  private readonly selectOverrides: Statement<[string], { id: string; data: string }>;
  private readonly insertRotation: Statement<[RotationRow]>;
  private readonly updateRotation: Statement<[RotationSettingsRow]>;
  private readonly deleteRotation: Statement<[string]>;
  private readonly deleteMembers: Statement<[string]>;
  private readonly insertMember: Statement<[{ id: string; rotationId: string; position: number; name: string; activeFrom: string | null; activeUntil: string | null }]>;
  private readonly deleteOverrides: Statement<[string]>;
  private readonly insertOverride: Statement<[{ id: string; rotationId: string; seq: number; data: string }]>;
  private readonly selectReorders: Statement<[string], { id: string; from: string; memberIds: string }>;
  private readonly deleteReorders: Statement<[string]>;
  private readonly insertReorder: Statement<[{ id: string; rotationId: string; seq: number; from: string; memberIds: string }]>;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], RotationRow>(`${SELECT} WHERE id = ?`);
    this.selectByWorkspace = db.prepare<[string], RotationRow>(`${SELECT} WHERE workspace_id = ? ORDER BY name COLLATE NOCASE, created_at`);
    this.selectMembers = db.prepare<[string], RotationMember>(
      'SELECT id, name, active_from AS activeFrom, active_until AS activeUntil FROM rotation_members WHERE rotation_id = ? ORDER BY position',
    );
    this.selectOverrides = db.prepare<[string], { id: string; data: string }>('SELECT id, data FROM rotation_overrides WHERE rotation_id = ? ORDER BY seq');
    this.insertRotation = db.prepare(`
      INSERT INTO rotations (id, workspace_id, name, kind, cadence, start_date, time, duration_minutes, time_zone, cap, checklist, with_secondary, turn_length, created_at, updated_at)
      VALUES (@id, @workspaceId, @name, @kind, @cadence, @startDate, @time, @durationMinutes, @timeZone, @cap, @checklist, @withSecondary, @turnLength, @createdAt, @updatedAt)`);
    this.updateRotation = db.prepare(`
      UPDATE rotations SET name = @name, kind = @kind, cadence = @cadence, start_date = @startDate, time = @time,
        duration_minutes = @durationMinutes, time_zone = @timeZone, cap = @cap, checklist = @checklist, with_secondary = @withSecondary,
        turn_length = @turnLength, updated_at = @updatedAt
      WHERE id = @id AND workspace_id = @workspaceId`);
    this.deleteRotation = db.prepare('DELETE FROM rotations WHERE id = ?');
    this.deleteMembers = db.prepare('DELETE FROM rotation_members WHERE rotation_id = ?');
    this.insertMember = db.prepare(
      'INSERT INTO rotation_members (id, rotation_id, position, name, active_from, active_until) VALUES (@id, @rotationId, @position, @name, @activeFrom, @activeUntil)',
    );
    this.deleteOverrides = db.prepare('DELETE FROM rotation_overrides WHERE rotation_id = ?');
    this.insertOverride = db.prepare('INSERT INTO rotation_overrides (id, rotation_id, seq, data) VALUES (@id, @rotationId, @seq, @data)');
    this.selectReorders = db.prepare<[string], { id: string; from: string; memberIds: string }>(
      'SELECT id, from_date AS "from", member_ids AS memberIds FROM rotation_reorders WHERE rotation_id = ? ORDER BY seq',
    );
    this.deleteReorders = db.prepare('DELETE FROM rotation_reorders WHERE rotation_id = ?');
    this.insertReorder = db.prepare(
      'INSERT INTO rotation_reorders (id, rotation_id, seq, from_date, member_ids) VALUES (@id, @rotationId, @seq, @from, @memberIds)',
    );
  }

  find(id: string): Rotation | undefined {
    const row = this.selectOne.get(id);
    return row && this.toRotation(row);
  }

  listByWorkspace(workspaceId: string): Rotation[] {
    return this.selectByWorkspace.all(workspaceId).map((row) => this.toRotation(row));
  }

  insert(rotation: Rotation): void {
    this.insertRotation.run(toRow(rotation));
    this.saveParts(rotation);
  }

  /** Writes the settings, members, overrides and reorders as they are in `rotation`. */
  save(rotation: Rotation): void {
    const { createdAt: _createdAt, ...settings } = toRow(rotation);
    this.updateRotation.run(settings);
    this.saveParts(rotation);
  }

  delete(id: string): void {
    this.deleteRotation.run(id);
  }

  private saveParts(rotation: Rotation): void {
    this.saveMembers(rotation.id, rotation.members);
    this.deleteOverrides.run(rotation.id);
    rotation.overrides.forEach((override, seq) => {
      const { id, ...data } = override;
      this.insertOverride.run({ id, rotationId: rotation.id, seq, data: JSON.stringify(data) });
    });
    this.deleteReorders.run(rotation.id);
    rotation.reorders.forEach((r, seq) => this.insertReorder.run({ id: r.id, rotationId: rotation.id, seq, from: r.from, memberIds: JSON.stringify(r.memberIds) }));
  }

  private saveMembers(rotationId: string, members: readonly RotationMember[]): void {
    this.deleteMembers.run(rotationId);
    members.forEach((m, position) => this.insertMember.run({ ...m, rotationId, position }));
  }

  private toRotation(row: RotationRow): Rotation {
    return {
      ...row,
      cadence: Cadence.parse(JSON.parse(row.cadence)),
      cap: row.cap === null ? null : TurnCap.parse(JSON.parse(row.cap)),
      withSecondary: row.withSecondary === 1,
      turnLength: row.turnLength === null ? null : TurnLength.parse(JSON.parse(row.turnLength)),
      members: this.selectMembers.all(row.id),
      overrides: this.selectOverrides.all(row.id).map(({ id, data }) => ({ id, ...JSON.parse(data) }) as RotationOverride),
      reorders: this.selectReorders.all(row.id).map((r): RotationReorder => ({ id: r.id, from: r.from, memberIds: JSON.parse(r.memberIds) as string[] })),
    };
  }
}

function toRow(rotation: Rotation): RotationRow {
  return {
    id: rotation.id,
    workspaceId: rotation.workspaceId,
    name: rotation.name,
    kind: rotation.kind,
    cadence: JSON.stringify(rotation.cadence),
    startDate: rotation.startDate,
    time: rotation.time,
    durationMinutes: rotation.durationMinutes,
    timeZone: rotation.timeZone,
    cap: rotation.cap === null ? null : JSON.stringify(rotation.cap),
    checklist: rotation.checklist,
    withSecondary: rotation.withSecondary ? 1 : 0,
    turnLength: rotation.turnLength === null ? null : JSON.stringify(rotation.turnLength),
    createdAt: rotation.createdAt,
    updatedAt: rotation.updatedAt,
  };
}
