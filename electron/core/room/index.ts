// The room feature's public entry: a session's participants on their own devices (ADR 0021).
export { RoomHost, ROOM_IDLE_MS, type RoomLending } from './room-host';
export type { ListenRoom, RoomDoor, RoomListener } from './room-door';
export { roomServices } from './room-services';
