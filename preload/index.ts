// The preload runs sandboxed: it may import only 'electron', so it is bundled into one file.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi } from './api';
import { COMMAND_CHANNEL } from './contract';

const bridge = createBridgeApi(
  (channel, arg) => ipcRenderer.invoke(channel, arg),
  (listener) => {
    const handler = (_event: unknown, command: unknown) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => ipcRenderer.off(COMMAND_CHANNEL, handler);
  },
);

contextBridge.exposeInMainWorld('dateline', bridge);
