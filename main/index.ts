// The Electron entry: creates the window and wires the Electron-free core to IPC. Nothing else lives here.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRegistry } from './core/api';
import { openCore, type Core } from './core/context';
import { resolveDataDir } from './core/dataDir';
import { registerIpc } from './shell/ipc';
import { isTrustedSender } from './shell/policy';
import { electronHost } from './shell/host';
import { installMenu } from './shell/menu';
import { denyPermissions, lockDownContents } from './shell/security';
import { createMainWindow } from './shell/window';

const rendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
/** The app's own page: the dev server, or the very file createMainWindow loads. */
const appUrl = rendererUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;

function isAppUrl(url: string): boolean {
  return isTrustedSender(url, appUrl);
}

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

function showWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    if (core) mainWindow = createMainWindow(core.settings, rendererUrl);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  lockDownContents(isAppUrl);
  denyPermissions();
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  try {
    core = await openCore({
      dataDir,
      resourcesDir: join(app.getAppPath(), 'resources'),
      version: app.getVersion(),
      host: electronHost(() => mainWindow),
      defaultExportFolder: app.getPath('documents'),
      warmSearch: true,
    });
  } catch (error) {
    dialog.showErrorBox('Dateline cannot open its data folder', (error as Error).message);
    app.exit(1);
    return;
  }
  registerIpc(createRegistry(core), appUrl);
  installMenu(() => mainWindow);
  showWindow();
}

// One running Dateline per user: a second launch focuses the first instead of writing too.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void core?.close());
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Dateline could not start', String(error));
    app.exit(1);
  });
}
