import type { Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import type { CoreContext } from '../core-context';
import { listNetworkAddresses } from './network-addresses';
import type { RoomHost } from './room-host';

type RoomServices = Pick<Services, 'listNetworkAddresses' | 'openRoom' | 'getRoom' | 'removeRoomParticipant' | 'closeRoom'>;

/** A session's or a backlog's room (ADR 0021): opened, described and closed here; the participants come in through its listener. */
export function roomServices(ctx: CoreContext): RoomServices {
  const rooms = (): RoomHost => {
    if (!ctx.rooms) throw new AppError('conflict', 'Rooms open in the Cairn app or the web host, which can listen on the network; this Cairn cannot');
    return ctx.rooms;
  };
  return {
    listNetworkAddresses: () => listNetworkAddresses(),
    openRoom: ({ kind, id, address, allowAnonymous }) => rooms().open({ kind, id }, address, allowAnonymous),
    getRoom: ({ kind, id }) => ctx.rooms?.get({ kind, id }) ?? null,
    removeRoomParticipant: ({ kind, id, participantId }) => rooms().remove({ kind, id }, participantId),
    closeRoom: async ({ kind, id }) => ({ closed: (await ctx.rooms?.close({ kind, id })) ?? false }),
  };
}
