import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_TABLE, platformAccelerator, type MenuCommand } from '../../common/commands/table';

/** What the menu's items do; Electron's own calls, passed in so the template is a plain value. */
export interface MenuActions {
  /** Sends a command to the window. */
  send(command: MenuCommand): void;
  openHelp(): void;
  showAbout(): void;
}

/**
 * The native menu. A command's label and shortcut come from common/commands/table.ts. Shortcuts
 * are shown but, on Windows and Linux, left to the window (registerAccelerator: false), so a key
 * press never fires twice: the table says the window handles every one.
 */
export function menuTemplate(appName: string, isMac: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const { label } = COMMAND_TABLE[command];
    const accelerator = platformAccelerator(command, isMac);
    return {
      id: command,
      label,
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => actions.send(command),
    };
  };

  return [
    ...(isMac
      ? [
          {
            label: appName,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              item('settings'),
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
        item('new-release'),
        item('new-from-clipboard'),
        item('import'),
        { type: 'separator' },
        item('export'),
        item('export-all'),
        item('publish-all'),
        item('send-email'),
        item('print'),
        { type: 'separator' },
        item('delete-release'),
        item('restore-backup'),
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              item('settings'),
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
        { type: 'separator' },
        item('find'),
        item('replace'),
        { type: 'separator' },
        item('go-to-body'),
      ],
    },
    {
      label: '&View',
      submenu: [
        // The editor's own zoom, remembered: not Chromium's, which would scale the library and panels too.
        item('zoom-reset'),
        item('zoom-in'),
        item('zoom-out'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Dateline Help', click: actions.openHelp },
        // macOS has About in the application menu; Windows and Linux keep it under Help.
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: 'About Dateline', click: actions.showAbout }]),
      ],
    },
  ];
}
