import type { OperationName } from '../shared/api/contract';

/** One IPC channel per operation, so a handler only ever answers the operation it was made for. */
export function apiChannel(operation: OperationName): string {
  return `cairn:${operation}`;
}
