import type { ApiResult } from '../shared/api/api-result';
import type { ChangeEvent } from '../shared/api/change-event';
import { OPERATION_NAMES } from '../shared/api/contract';
import { apiChannel, CHANGE_CHANNEL } from './ipc-channel';

/** The part of an IPC event the handlers look at: which frame sent it. */
export interface IpcSender {
  senderFrame: { url: string; parent: unknown } | null;
}

/** The part of Electron's ipcMain the API needs, so the handlers are tested without Electron. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: IpcSender, input: unknown) => Promise<ApiResult<unknown>>): void;
}

export type Dispatch = (operation: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * Answers every operation over IPC. Only the app's own top-level page may call: a message from any
 * other frame (an iframe, a page navigated elsewhere) is refused before its input is even parsed.
 * The dispatcher then validates the input with the operation's schema, as on every transport.
 */
export function registerApiHandlers(ipc: IpcRegistry, dispatch: Dispatch, isAppPage: (url: string) => boolean): void {
  for (const operation of OPERATION_NAMES) {
    ipc.handle(apiChannel(operation), async (event, input) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppPage(frame.url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not use the Cairn API.' } };
      }
      return dispatch(operation, input);
    });
  }
}

/** The part of a window's webContents the change feed needs, so forwarding is tested without Electron. */
export interface ChangeReceiver {
  getURL(): string;
  isDestroyed(): boolean;
  send(channel: string, event: ChangeEvent): void;
}

/**
 * Passes every event of the core's change feed to the windows showing the app's own page (a window
 * navigated anywhere else gets nothing). Returns the function that stops forwarding.
 */
export function forwardChanges(
  subscribe: (listener: (event: ChangeEvent) => void) => () => void,
  receivers: () => readonly ChangeReceiver[],
  isAppPage: (url: string) => boolean,
): () => void {
  return subscribe((event) => {
    for (const receiver of receivers()) {
      if (!receiver.isDestroyed() && isAppPage(receiver.getURL())) receiver.send(CHANGE_CHANNEL, event);
    }
  });
}
