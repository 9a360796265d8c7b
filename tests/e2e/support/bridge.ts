import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createRegistry } from '../../../main/core/api';
import { openCore, type Core, type CoreOptions } from '../../../main/core/context';
import type { Command } from '../../../preload/contract';
import { RESOURCES, ROOT } from '../../helpers/paths';

/** The real core on a temp data folder, reached by the page through the built preload. */
export interface Bridge {
  core: Core;
  /** Sends a native-menu command to the page, as main does. */
  command(command: Command): Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs the built preload bundle in the page with `require('electron')` answered by a shim
 * whose ipcRenderer.invoke calls the very registry main exposes over ipcMain.
 */
export async function openBridge(page: Page, dataDir: string, options: Partial<CoreOptions> = {}): Promise<Bridge> {
  const core = await openCore({ dataDir, resourcesDir: RESOURCES, version: '0.0.0-test', ...options });
  const registry = createRegistry(core);
  await page.exposeFunction('__datelineInvoke', (channel: string, arg: unknown) => registry.dispatch(channel, arg));
  const preload = await readFile(join(ROOT, 'out', 'preload', 'index.cjs'), 'utf8');
  await page.addInitScript({
    content: `(() => {
      const listeners = new Set();
      window.__datelineCommand = (command) => listeners.forEach((listener) => listener({}, command));
      const electronShim = {
        contextBridge: { exposeInMainWorld: (key, value) => { window[key] = value; } },
        ipcRenderer: {
          invoke: (channel, arg) => window.__datelineInvoke(channel, arg),
          on: (_channel, listener) => listeners.add(listener),
          off: (_channel, listener) => listeners.delete(listener),
        },
      };
      const require = (name) => {
        if (name !== 'electron') throw new Error('A sandboxed preload may not require ' + name);
        return electronShim;
      };
      const module = { exports: {} };
      const exports = module.exports;
      ${preload}
    })();`,
  });
  return {
    core,
    command: (command) =>
      page.evaluate((c) => (window as unknown as { __datelineCommand(c: string): void }).__datelineCommand(c), command),
    close: () => core.close(),
  };
}
