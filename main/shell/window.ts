import { BrowserWindow, Menu, screen } from 'electron';
import { contextMenuTemplate } from './spelling';
import { join } from 'node:path';
import type { SettingsStore } from '../core/store/settingsStore';
import type { WindowState } from '../../common/model/settings';

const DEFAULT_SIZE = { width: 1280, height: 820 };

/** Restores the saved bounds only if they still fall on a connected display. */
function visibleBounds(state: WindowState | undefined): Partial<WindowState['bounds']> {
  if (!state) return DEFAULT_SIZE;
  const area = screen.getDisplayMatching(state.bounds).workArea;
  const { x, y, width, height } = state.bounds;
  const overlaps = x < area.x + area.width && x + width > area.x && y < area.y + area.height && y + height > area.y;
  return overlaps ? state.bounds : DEFAULT_SIZE;
}

function stateOf(window: BrowserWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { bounds: { x, y, width, height }, maximized: window.isMaximized() };
}

/** The one editor window, locked down, remembering where it was. */
export function createMainWindow(settings: SettingsStore, rendererUrl: string | undefined): BrowserWindow {
  const saved = settings.get().window;
  const window = new BrowserWindow({
    ...visibleBounds(saved),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dateline',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click would otherwise open a link as a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed() || window.isMinimized()) return;
      const state = stateOf(window);
      void settings.update((s) => ({ ...s, window: state })).catch(() => undefined);
    }, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', remember);

  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  // Right-click in a text field: the spell checker's suggestions and "Add to Dictionary", then editing.
  window.webContents.on('context-menu', (_event, params) => {
    const { webContents } = window;
    const template = contextMenuTemplate(params, {
      replace: (word) => webContents.replaceMisspelling(word),
      addToDictionary: (word) => webContents.session.addWordToSpellCheckerDictionary(word),
    });
    Menu.buildFromTemplate(template).popup({ window });
  });
  return window;
}
