import type { ApiResult } from '../../../shared/api/api-result';
import type { JoinAnswer } from '../../../shared/room/participant-request';
import type { RoomEvent, RoomView } from '../../../shared/room/participant-view';

/**
 * What a room's listener may ask of the room: the participant requests of one session or backlog and nothing
 * else. Every body comes in raw and is parsed here with the shared schemas; every answer is data.
 */
export interface RoomDoor {
  /** `from` is the caller's address, for the short code's attempt limit. */
  join(body: unknown, from: string): Promise<ApiResult<JoinAnswer>>;
  view(participantToken: string | null): Promise<ApiResult<RoomView>>;
  act(participantToken: string | null, body: unknown): Promise<ApiResult<RoomView>>;
  /**
   * Follows the room: `send` gets the view now and after every change, then `closed` once when the
   * participant is removed or the room closes, after which `end` is called. Returns the unfollow.
   */
  follow(participantToken: string | null, send: (event: RoomEvent) => void, end: () => void): ApiResult<() => void>;
}

/** A room's listener as the host lends it to the core: bound to `address`, serving `door` (and the page from `pageDir`). */
export type ListenRoom = (options: { address: string; door: RoomDoor; pageDir: string | null }) => Promise<RoomListener>;

export interface RoomListener {
  port: number;
  close(): Promise<void>;
}
