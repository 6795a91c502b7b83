import type { OperationName } from '../shared/api/contract';

/** One IPC channel per operation, so a handler only ever answers the operation it was made for. */
export function apiChannel(operation: OperationName): string {
  return `cairn:${operation}`;
}

/** The one channel main sends on: the core's change feed, to the app's own page (preload passes it on). */
export const CHANGE_CHANNEL = 'cairn:changes';
