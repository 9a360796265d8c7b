import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumPrinter } from '../../../main/core/export/pdf/chromium';
import { createRegistry } from '../../../main/core/api';
import { openCore, type Core, type CoreOptions } from '../../../main/core/context';
import type { Host } from '../../../main/core/host';
import { COMMAND_CHANNEL, EVENT_CHANNEL, type Command } from '../../../preload/contract';
import { RESOURCES, ROOT } from '../../helpers/paths';

/**
 * The answers the native dialogs give in a test: Chromium cannot show them, so the test
 * says beforehand what the press officer picks, and sees what was asked.
 */
export interface ScriptedDialogs {
  savePath?: string;
  folder?: string;
  overwrite: boolean;
  /** Every overwrite question, with the paths it named. */
  overwriteAsked: string[][];
  /** The languages the spell checker was told, in order. */
  spellingLanguages: string[];
  /** The default paths the save dialogs opened with. */
  saveDefaults: string[];
  /** The files the open dialog returns for File ▸ Import…. */
  importPaths: string[];
  /** How many times the open dialog for an import was shown. */
  importAsked: number;
  /** What the system clipboard holds for New from Clipboard. */
  clipboard: { text: string; html: string };
  /** The files handed to the system to open (Send by E-mail… opens its .eml). */
  opened: string[];
  /** What the system says when asked to open a file: '' when it opened, else why not. */
  openAnswer: string;
}

/** The real core on a temp data folder, reached by the page through the built preload. */
export interface Bridge {
  core: Core;
  dialogs: ScriptedDialogs;
  /** Sends a native-menu command to the page, as main does. */
  command(command: Command): Promise<void>;
  close(): Promise<void>;
}

function scriptedHost(page: Page, dialogs: ScriptedDialogs): Host {
  return {
    chooseSavePath: async ({ defaultPath }) => {
      dialogs.saveDefaults.push(defaultPath);
      return dialogs.savePath;
    },
    chooseFolder: async () => dialogs.folder,
    confirmOverwrite: async (paths) => {
      dialogs.overwriteAsked.push(paths);
      return dialogs.overwrite;
    },
    emit: (event) => send(page, EVENT_CHANNEL, event).catch(() => undefined),
    setSpellingLanguage: (language) => void dialogs.spellingLanguages.push(language),
    chooseImportFiles: async () => {
      dialogs.importAsked++;
      return dialogs.importPaths;
    },
    readClipboard: async () => dialogs.clipboard,
    openPath: async (path) => {
      dialogs.opened.push(path);
      return dialogs.openAnswer;
    },
    // The core's own print path, in Debian's Chromium: what the CLI uses, where the app uses Electron's.
    pdfPrinter: () => chromiumPrinter(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  };
}

function send(page: Page, channel: string, message: unknown): Promise<void> {
  return page.evaluate(
    ([c, m]) => (window as unknown as { __datelineSend(c: unknown, m: unknown): void }).__datelineSend(c, m),
    [channel, message] as const,
  );
}

/**
 * Runs the built preload bundle in the page with `require('electron')` answered by a shim
 * whose ipcRenderer.invoke calls the very registry main exposes over ipcMain.
 */
export async function openBridge(page: Page, dataDir: string, options: Partial<CoreOptions> = {}): Promise<Bridge> {
  const dialogs: ScriptedDialogs = {
    overwrite: false,
    overwriteAsked: [],
    saveDefaults: [],
    spellingLanguages: [],
    importPaths: [],
    importAsked: 0,
    clipboard: { text: '', html: '' },
    opened: [],
    openAnswer: '',
  };
  const core = await openCore({
    dataDir,
    resourcesDir: RESOURCES,
    version: '0.0.0-test',
    host: scriptedHost(page, dialogs),
    defaultExportFolder: dataDir,
    ...options,
  });
  const registry = createRegistry(core);
  await page.exposeFunction('__datelineInvoke', (channel: string, arg: unknown) => registry.dispatch(channel, arg));
  const preload = await readFile(join(ROOT, 'out', 'preload', 'index.cjs'), 'utf8');
  await page.addInitScript({
    content: `(() => {
      const listeners = new Map();
      window.__datelineSend = (channel, message) => (listeners.get(channel) ?? []).forEach((listener) => listener({}, message));
      const electronShim = {
        contextBridge: { exposeInMainWorld: (key, value) => { window[key] = value; } },
        ipcRenderer: {
          invoke: (channel, arg) => window.__datelineInvoke(channel, arg),
          on: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
          off: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
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
    dialogs,
    command: (command) => send(page, COMMAND_CHANNEL, command),
    close: () => core.close(),
  };
}
