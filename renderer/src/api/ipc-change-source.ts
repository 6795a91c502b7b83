import type { CairnBridge } from './cairn-bridge';
import { receiveChange, type ChangeSource } from './change-source';

/** The change feed in Electron: the preload passes main's events on; each is validated here. */
export function createIpcChangeSource(bridge: CairnBridge): ChangeSource {
  return (handlers) => bridge.onChange((data) => receiveChange(data, handlers));
}
