import { AppError } from '../../../shared/api/api-result';
import type { ChangeEvent, RecordChange } from '../../../shared/api/change-event';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { Session } from '../../../shared/sessions/session';
import type { Room, RoomTarget } from '../../../shared/room/room';
import { BacklogRoom } from './backlog-room';
import { listNetworkAddresses } from './network-addresses';
import { OpenRoom } from './open-room';
import type { ListenRoom, RoomListener } from './room-door';
import type { Dispatch, RoomSubject } from './room-subject';
import { SessionRoom } from './session-room';

/** A room nobody used (no request, no change of what it was opened to) for half an hour closes. */
export const ROOM_IDLE_MS = 30 * 60_000;

/** What the host lends the core to open rooms: the listener, and the built participant page. */
export interface RoomLending {
  listen: ListenRoom;
  /** The built renderer folder holding participant.html; null serves no page (the API only). */
  pageDir: string | null;
  /** How long a room stays open without activity; half an hour unless a test says otherwise. */
  idleMs?: number;
}

export interface RoomHostOptions extends RoomLending {
  dispatch: Dispatch;
  subscribe: (listener: (event: ChangeEvent) => void) => () => void;
  announce: (changes: RecordChange[]) => void;
  now: () => Date;
}

/**
 * The open rooms, one per session or backlog at most. Follows the change feed so each room's pages
 * see their target change and a room closes when its session finishes or its target goes away.
 */
export class RoomHost {
  private readonly rooms = new Map<string, OpenRoom>();
  private readonly unsubscribe: () => void;

  constructor(private readonly options: RoomHostOptions) {
    this.unsubscribe = options.subscribe((event) => {
      for (const room of this.rooms.values()) {
        if (room.subject.touchedBy(event)) {
          // After the commit that told us, not inside it: the room reads its target through the dispatcher.
          setImmediate(() => room.refresh());
        }
      }
    });
  }

  async open(target: RoomTarget, address: string, allowAnonymous: boolean): Promise<Room> {
    const key = keyOf(target);
    const existing = this.rooms.get(key);
    if (existing) {
      if (existing.address !== address) throw new AppError('conflict', `The room is open on ${existing.address}; close it before opening it on another address`, 'address');
      existing.setAllowAnonymous(allowAnonymous);
      this.announce(existing);
      return existing.describe();
    }
    if (!listNetworkAddresses().some((a) => a.address === address)) {
      throw new AppError('invalid_input', `${address} is not an address of this machine: pick one of the addresses listed`, 'address');
    }
    const subject = await this.subjectFor(target, allowAnonymous);
    const room: OpenRoom = new OpenRoom({
      subject,
      address,
      allowAnonymous,
      now: this.options.now,
      idleMs: this.options.idleMs ?? ROOM_IDLE_MS,
      changed: () => this.announce(room),
      closed: () => {
        if (this.rooms.get(key) === room) this.rooms.delete(key);
        this.announce(room);
      },
    });
    let listener: RoomListener;
    try {
      listener = await this.options.listen({ address, door: room, pageDir: this.options.pageDir });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('conflict', `The room could not listen on ${address}: ${detail}`, 'address');
    }
    this.rooms.set(key, room);
    await room.listening(listener);
    this.announce(room);
    return room.describe();
  }

  get(target: RoomTarget): Room | null {
    return this.rooms.get(keyOf(target))?.describe() ?? null;
  }

  remove(target: RoomTarget, participantId: string): Room {
    const room = this.requireRoom(target);
    if (!room.remove(participantId)) throw new AppError('not_found', 'Nobody with that participant id is in the room', 'participantId');
    return room.describe();
  }

  async close(target: RoomTarget): Promise<boolean> {
    const room = this.rooms.get(keyOf(target));
    if (!room) return false;
    await room.close('closed');
    return true;
  }

  /** The core closes: every room with it. */
  async closeAll(): Promise<void> {
    this.unsubscribe();
    await Promise.all([...this.rooms.values()].map((room) => room.close('closed')));
  }

  /** What the room is for, once the target is found open to one: a running session, a teaching rotation's backlog. */
  private async subjectFor(target: RoomTarget, allowAnonymous: boolean): Promise<RoomSubject> {
    const { dispatch } = this.options;
    if (target.kind === 'session') {
      const found = await dispatch('getSession', { id: target.id });
      if (!found.ok) throw new AppError(found.error.code, found.error.message, 'id');
      if ((found.value as Session).status !== 'running') throw new AppError('conflict', 'This session is finished; a room opens for a running session only', 'id');
      return new SessionRoom(target.id, dispatch);
    }
    // Votes on a backlog are by name, and a name is what keeps one person to one vote a topic.
    if (allowAnonymous) throw new AppError('invalid_input', 'A backlog’s room asks everyone for a name: votes on topics are by name', 'allowAnonymous');
    const found = await dispatch('getRotation', { id: target.id });
    if (!found.ok) throw new AppError(found.error.code, found.error.message, 'id');
    const rotation = found.value as Rotation;
    if (rotation.kind !== 'teaching') throw new AppError('invalid_input', `${rotation.name} is a role rotation; only teaching rotations have a topic backlog`, 'id');
    return new BacklogRoom(target.id, dispatch);
  }

  private requireRoom(target: RoomTarget): OpenRoom {
    const room = this.rooms.get(keyOf(target));
    if (!room) throw new AppError('not_found', target.kind === 'session' ? 'This session has no open room' : 'This backlog has no open room', 'id');
    return room;
  }

  private announce(room: OpenRoom): void {
    this.options.announce([{ kind: room.subject.changeKind, workspaceId: null, ids: [room.target.id] }]);
  }
}

function keyOf(target: RoomTarget): string {
  return `${target.kind}:${target.id}`;
}
