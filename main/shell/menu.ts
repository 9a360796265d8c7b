import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type Command } from '../../preload/contract';
import { helpFile, setAboutPanel } from './about';

/**
 * The native menu. Shortcuts are shown but, on Windows and Linux, left to the renderer
 * (registerAccelerator: false), so a key press never fires twice.
 */
export function installMenu(getWindow: () => BrowserWindow | undefined): void {
  setAboutPanel();
  const isMac = process.platform === 'darwin';
  const send = (command: Command) => () => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const item = (label: string, accelerator: string, command: Command): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: send(command),
  });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              item('Settings…', 'Cmd+,', 'settings'),
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    {
      label: '&File',
      submenu: [
        item('New Release', 'CmdOrCtrl+N', 'new-release'),
        { type: 'separator' },
        item('Export…', 'CmdOrCtrl+E', 'export'),
        item('Export All Releases…', 'CmdOrCtrl+Shift+E', 'export-all'),
        item('Publish All Approved…', 'CmdOrCtrl+Shift+U', 'publish-all'),
        item('Print…', 'CmdOrCtrl+P', 'print'),
        { type: 'separator' },
        item('Delete Release…', 'CmdOrCtrl+Backspace', 'delete-release'),
        { label: 'Restore from Backup…', click: send('restore-backup') },
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              item('Settings…', 'Ctrl+,', 'settings'),
              { type: 'separator' as const },
              { role: 'quit' as const },
            ]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Dateline Help', click: () => void shell.openPath(helpFile()) },
        // macOS has About in the application menu; Windows and Linux keep it under Help.
        ...(isMac
          ? []
          : [{ type: 'separator' as const }, { label: 'About Dateline', click: () => app.showAboutPanel() }]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
