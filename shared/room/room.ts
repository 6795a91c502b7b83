import { z } from 'zod';
import { Id } from '../domain/decision';

/** The most people one room takes: a meeting, not a broadcast (docs/security.md). */
export const ROOM_CAPACITY = 50;

/** An address of this machine a room's listener can bind to. */
export const NetworkAddress = z.object({
  /** The interface's name as the system gives it ("wlan0", "en0", "lo"). */
  interface: z.string(),
  address: z.ipv4(),
  /** The loopback address: reachable from this machine only. */
  internal: z.boolean(),
});
export type NetworkAddress = z.infer<typeof NetworkAddress>;

/**
 * What a room is opened to: a running session, or a teaching rotation's topic backlog (by the
 * rotation's id). One host, one listener and one set of guards serve both (ADR 0021).
 */
export const RoomKind = z.enum(['session', 'backlog']);
export type RoomKind = z.infer<typeof RoomKind>;
export const RoomTarget = z.object({ kind: RoomKind, id: Id });
export type RoomTarget = z.infer<typeof RoomTarget>;

/** Someone who joined the room from their own device. */
export const RoomParticipant = z.object({
  /** Their participant in the session; in a backlog's room, an id the room gives them. */
  participantId: z.string(),
  name: z.string(),
  /** Joined without a name: the session shows them as "Anonymous N". */
  anonymous: z.boolean(),
  joinedAt: z.string(),
});
export type RoomParticipant = z.infer<typeof RoomParticipant>;

/** An open room as the facilitator sees it: how to join, and who has. */
export const Room = z.object({
  target: RoomTarget,
  address: z.ipv4(),
  port: z.number().int().min(1).max(65_535),
  /** The address a participant opens; the join token travels in the fragment, which browsers never send. */
  joinUrl: z.string(),
  /** The join link as a QR code, an SVG document. */
  qrSvg: z.string(),
  /** The short code to type at the room's address instead; null once it has expired or been guessed at too often. */
  code: z.string().nullable(),
  codeExpiresAt: z.string().nullable(),
  /** Whether people may join without giving a name. */
  allowAnonymous: z.boolean(),
  capacity: z.number().int(),
  participants: z.array(RoomParticipant),
  openedAt: z.string(),
});
export type Room = z.infer<typeof Room>;

/** Why a room closed, as the participants' page says it ('finished' and 'gone' name what the room was opened to). */
export const RoomClosedReason = z.enum(['closed', 'finished', 'inactive', 'removed', 'gone']);
export type RoomClosedReason = z.infer<typeof RoomClosedReason>;
