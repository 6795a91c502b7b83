import { z } from 'zod';
import { Id } from '../domain/decision';
import { NetworkAddress, Room, RoomKind } from '../room/room';
import { op } from './operation';

/** A session's or a backlog's id, the room of a session by default. */
const Target = {
  /** What the room is opened to: a session, or a teaching rotation's topic backlog. */
  kind: RoomKind.default('session'),
  /** The session's id, or the rotation's for its backlog. */
  id: Id,
};

/** A session's or a backlog's room: participants on their own devices, through a listener of its own (ADR 0021, docs/security.md). */
export const roomOperations = {
  listNetworkAddresses: op(
    z.object({}),
    z.array(NetworkAddress),
    "This machine's IPv4 addresses a room can listen on: the local network's first, loopback last.",
  ),
  openRoom: op(
    z.object({
      ...Target,
      /** One of listNetworkAddresses; 127.0.0.1 lets only this machine in. */
      address: z.ipv4('Pick one of the addresses listed'),
      /** A session's only: a backlog's votes are by name. */
      allowAnonymous: z.boolean().default(false),
    }),
    Room,
    "Opens a running session's room, or a teaching rotation's backlog's, on the address (or returns it if already open there): a join link, a QR code and a short code.",
  ),
  getRoom: op(z.object(Target), Room.nullable(), "The session's or backlog's open room, or null."),
  removeRoomParticipant: op(
    z.object({ ...Target, participantId: z.string().min(1).max(100) }),
    Room,
    'Shuts one person out of the room: their token stops working and their page is told. They stay a participant of the session; their votes stay on the backlog.',
  ),
  closeRoom: op(z.object(Target), z.object({ closed: z.boolean() }), "Closes the session's or backlog's room; every participant's page is told."),
};
