import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../shared/api/contract';
import { apiChannel } from './ipc-channel';

// Exactly the typed API the web build also implements (renderer/src/api/cairn-bridge.d.ts), and
// nothing else: no ipcRenderer, no Node, no generic "send" that a compromised page could abuse.
const bridge = Object.fromEntries(
  OPERATION_NAMES.map((operation) => [operation, (input: unknown) => ipcRenderer.invoke(apiChannel(operation), input)]),
);

contextBridge.exposeInMainWorld('cairn', bridge);
