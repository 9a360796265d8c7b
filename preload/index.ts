// The preload runs sandboxed: it may import only 'electron', so it is bundled into one file.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi } from './api';

const bridge = createBridgeApi(
  (channel, arg) => ipcRenderer.invoke(channel, arg),
  (channel, listener) => {
    const handler = (_event: unknown, message: unknown) => listener(message);
    ipcRenderer.on(channel, handler);
    return () => ipcRenderer.off(channel, handler);
  },
);

contextBridge.exposeInMainWorld('dateline', bridge);
