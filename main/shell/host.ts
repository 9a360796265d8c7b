import { BrowserWindow, clipboard, dialog, shell } from 'electron';
import { basename } from 'node:path';
import { EVENT_CHANNEL } from '../../preload/contract';
import type { Host } from '../core/host';
import { electronPrinter } from './pdf';
import { spellCheckerLanguages } from './spelling';

/** The core's questions answered with native dialogs on the main window; events sent to it. */
export function electronHost(getWindow: () => BrowserWindow | undefined): Host {
  const parent = () => getWindow() ?? BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    async chooseSavePath({ title, defaultPath, filters }) {
      const options = {
        title,
        defaultPath,
        filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseFolder({ title, defaultPath }) {
      const options = { title, defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async confirmOverwrite(paths) {
      const names = paths.slice(0, 5).map((path) => basename(path));
      const more = paths.length > 5 ? `\n…and ${paths.length - 5} more` : '';
      const options = {
        type: 'question' as const,
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message:
          paths.length === 1
            ? `${names[0]} already exists. Replace it?`
            : `${paths.length} files already exist. Replace them?`,
        detail: `${names.join('\n')}${more}`,
      };
      const window = parent();
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    emit(event) {
      getWindow()?.webContents.send(EVENT_CHANNEL, event);
    },
    async chooseImportFiles({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async readClipboard() {
      // Electron's clipboard follows the W3C one: items, each with its types.
      const items = await clipboard.read();
      const html = items.find((item) => item.types.includes('text/html'));
      const markup = html ? await (await html.getType('text/html')).text() : '';
      return { text: await clipboard.readText(), html: markup };
    },
    // Electron answers '' when the file opened, else the system's reason.
    openPath: (path) => shell.openPath(path),
    pdfPrinter: electronPrinter,
    setSpellingLanguage(language) {
      const session = getWindow()?.webContents.session;
      if (!session || process.platform === 'darwin') return;
      session.setSpellCheckerLanguages(spellCheckerLanguages(language, session.availableSpellCheckerLanguages));
    },
  };
}
