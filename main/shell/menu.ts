import { app, Menu, shell, type BrowserWindow } from 'electron';
import { COMMAND_CHANNEL } from '../../preload/contract';
import { helpFile, setAboutPanel } from './about';
import { menuTemplate } from './menuTemplate';

/** Installs the native menu; its commands go to the main window. */
export function installMenu(getWindow: () => BrowserWindow | undefined): void {
  setAboutPanel();
  const template = menuTemplate(app.name, process.platform === 'darwin', {
    send: (command) => getWindow()?.webContents.send(COMMAND_CHANNEL, command),
    openHelp: () => void shell.openPath(helpFile()),
    showAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
