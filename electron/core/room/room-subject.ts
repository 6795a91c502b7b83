import type { ApiResult } from '../../../shared/api/api-result';
import type { ChangeEvent, ChangeKind } from '../../../shared/api/change-event';
import type { RoomView } from '../../../shared/room/participant-view';
import type { RoomParticipant, RoomTarget } from '../../../shared/room/room';

/** How the room reaches the core: the dispatcher, like every other caller (ADR 0014). */
export type Dispatch = (operation: string, input: unknown) => Promise<ApiResult<unknown>>;

/** Who someone is in what the room was opened to, once admitted. */
export interface Admitted {
  participantId: string;
  name: string;
}

/** What the room's target is now, read once and shown to each person in the room. */
export interface SubjectState {
  /** The target is over (a finished session): the room closes. */
  finished: boolean;
  /** Whether someone is still part of the target (the facilitator may take them out of a session). */
  present: (participantId: string) => boolean;
  viewOf: (participant: RoomParticipant) => RoomView;
}

/**
 * What a room is opened to, a session or a backlog: everything the room does that depends on it.
 * The room around it (tokens, code, capacity, streams, idle close) and the listener are the same
 * for both. Every write goes through the dispatcher, so the target's own rules and the change feed
 * apply; a participant's request body is parsed here with the shared schemas.
 */
export interface RoomSubject {
  readonly target: RoomTarget;
  /** The kind of change the room's own news (a join, a removal, a close) is announced as. */
  readonly changeKind: ChangeKind;
  /** Whether a committed change may have changed what the room's pages show. */
  touchedBy(event: ChangeEvent): boolean;
  admit(request: { name: string | undefined; anonymous: boolean }, inRoom: readonly RoomParticipant[]): Promise<ApiResult<Admitted>>;
  /** `inRoom`: how many people the room holds, for the pages that show it. */
  read(inRoom: number): Promise<ApiResult<SubjectState>>;
  act(participant: RoomParticipant, action: unknown, inRoom: number): Promise<ApiResult<RoomView>>;
}
