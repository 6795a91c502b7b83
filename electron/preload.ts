import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../shared/api/contract';
import { apiChannel, CHANGE_CHANNEL } from './ipc-channel';

// Exactly the typed API the web build also implements (renderer/src/api/cairn-bridge.d.ts), and
// nothing else: no ipcRenderer, no Node, no generic "send" that a compromised page could abuse.
// The one way back is the change feed, whose events the page validates like any answer.
const bridge = {
  ...Object.fromEntries(OPERATION_NAMES.map((operation) => [operation, (input: unknown) => ipcRenderer.invoke(apiChannel(operation), input)])),
  onChange(listener: (event: unknown) => void): () => void {
    const receive = (_event: unknown, data: unknown) => listener(data);
    ipcRenderer.on(CHANGE_CHANNEL, receive);
    return () => ipcRenderer.removeListener(CHANGE_CHANNEL, receive);
  },
};

contextBridge.exposeInMainWorld('cairn', bridge);
