/**
 * Every command with a shortcut or a place in the menu, in one table: the native menu
 * (main/shell/menuTemplate.ts), the window's key handling (renderer/src/app/useCommands.ts), the
 * buttons' titles and the README's list of shortcuts are all made from it.
 */

/** Who carries out a command's shortcut in the window. */
export type Handling =
  /** The window's key listener, wherever the focus is. */
  | 'window'
  /** The window's key listener, except in a text field, where the keys keep their editing meaning. */
  | 'window-outside-text'
  /** The body editor's own keymap, while the body has the focus. */
  | 'body';

interface Base {
  /** As the menu, the toolbar and the README name it. */
  label: string;
  /** On the native menu: main sends it to the window over the command channel. */
  menu: boolean;
  /** When it applies, for the README, beyond where the focus must be. */
  note?: string;
}

/** A command; one with a shortcut always says who carries it out. */
export type CommandSpec =
  | (Base & {
      /** Electron's accelerator syntax: CmdOrCtrl (⌘ on macOS, Ctrl elsewhere), Alt, Shift, then one key. */
      accelerator: string;
      /** On macOS instead, where the usual keys belong to the system (⌘H hides the app). */
      macAccelerator?: string;
      handling: Handling;
    })
  | (Base & { accelerator?: never; macAccelerator?: never; handling?: never });

const TABLE = {
  'new-release': { label: 'New Release', menu: true, accelerator: 'CmdOrCtrl+N', handling: 'window' },
  import: { label: 'Import…', menu: true, accelerator: 'CmdOrCtrl+O', handling: 'window' },
  // In a text field Ctrl+Shift+V pastes as plain text, and keeps doing so.
  'new-from-clipboard': {
    label: 'New from Clipboard',
    menu: true,
    accelerator: 'CmdOrCtrl+Shift+V',
    handling: 'window-outside-text',
  },
  export: { label: 'Export…', menu: true, accelerator: 'CmdOrCtrl+E', handling: 'window' },
  'export-all': { label: 'Export All Releases…', menu: true, accelerator: 'CmdOrCtrl+Shift+E', handling: 'window' },
  'publish-all': { label: 'Publish All Approved…', menu: true, accelerator: 'CmdOrCtrl+Shift+U', handling: 'window' },
  'send-email': { label: 'Send by E-mail…', menu: true, accelerator: 'CmdOrCtrl+Shift+M', handling: 'window' },
  print: { label: 'Print…', menu: true, accelerator: 'CmdOrCtrl+P', handling: 'window' },
  // In a text field Ctrl+Backspace deletes the word before the cursor, and keeps doing so.
  'delete-release': {
    label: 'Delete Release…',
    menu: true,
    accelerator: 'CmdOrCtrl+Backspace',
    handling: 'window-outside-text',
  },
  'undo-delete': {
    label: 'Undo Delete',
    menu: false,
    accelerator: 'CmdOrCtrl+Z',
    handling: 'window-outside-text',
    note: 'while the message of a deletion shows',
  },
  'restore-backup': { label: 'Restore from Backup…', menu: true },
  find: { label: 'Find…', menu: true, accelerator: 'CmdOrCtrl+F', handling: 'window' },
  // ⌘H hides the app on macOS: there Replace takes ⌥⌘F, as in Pages and Xcode.
  replace: {
    label: 'Replace…',
    menu: true,
    accelerator: 'CmdOrCtrl+H',
    macAccelerator: 'CmdOrCtrl+Alt+F',
    handling: 'window',
  },
  'zoom-in': { label: 'Zoom In', menu: true, accelerator: 'CmdOrCtrl+=', handling: 'window' },
  'zoom-out': { label: 'Zoom Out', menu: true, accelerator: 'CmdOrCtrl+-', handling: 'window' },
  'zoom-reset': { label: 'Actual Size', menu: true, accelerator: 'CmdOrCtrl+0', handling: 'window' },
  'go-to-body': { label: 'Go to Body', menu: true, accelerator: 'CmdOrCtrl+Shift+B', handling: 'window' },
  settings: { label: 'Settings…', menu: true, accelerator: 'CmdOrCtrl+,', handling: 'window' },
  bold: { label: 'Bold', menu: false, accelerator: 'CmdOrCtrl+B', handling: 'body' },
  italic: { label: 'Italic', menu: false, accelerator: 'CmdOrCtrl+I', handling: 'body' },
  heading: { label: 'Heading', menu: false, accelerator: 'CmdOrCtrl+Alt+2', handling: 'body' },
  subheading: { label: 'Subheading', menu: false, accelerator: 'CmdOrCtrl+Alt+3', handling: 'body' },
  'bulleted-list': { label: 'Bulleted list', menu: false, accelerator: 'CmdOrCtrl+Shift+8', handling: 'body' },
  'numbered-list': { label: 'Numbered list', menu: false, accelerator: 'CmdOrCtrl+Shift+7', handling: 'body' },
  link: { label: 'Link', menu: false, accelerator: 'CmdOrCtrl+K', handling: 'body' },
  quote: {
    label: 'Quote',
    menu: false,
    accelerator: 'CmdOrCtrl+Shift+Q',
    handling: 'body',
    note: 'again inside a quote: its speaker',
  },
} as const satisfies Record<string, CommandSpec>;

type Table = typeof TABLE;
export type CommandId = keyof Table;

/** The table, each entry seen as a CommandSpec. */
export const COMMAND_TABLE: { readonly [K in CommandId]: CommandSpec } = TABLE;
export const COMMAND_IDS = Object.keys(TABLE) as CommandId[];

/** The commands main's menu sends to the window. */
export type MenuCommand = { [K in CommandId]: Table[K]['menu'] extends true ? K : never }[CommandId];
/** The commands whose shortcut the window's key listener carries out. */
export type WindowKeyCommand = {
  [K in CommandId]: Table[K] extends { handling: 'window' | 'window-outside-text' } ? K : never;
}[CommandId];
/** The commands whose shortcut the body editor carries out. */
export type BodyCommand = { [K in CommandId]: Table[K] extends { handling: 'body' } ? K : never }[CommandId];

export const MENU_COMMANDS = COMMAND_IDS.filter((id) => COMMAND_TABLE[id].menu) as MenuCommand[];
export const WINDOW_KEY_COMMANDS = COMMAND_IDS.filter((id) =>
  ['window', 'window-outside-text'].includes(COMMAND_TABLE[id].handling ?? ''),
) as WindowKeyCommand[];
export const BODY_COMMANDS = COMMAND_IDS.filter((id) => COMMAND_TABLE[id].handling === 'body') as BodyCommand[];

/** The commands with a shortcut. */
export type KeyedCommand = WindowKeyCommand | BodyCommand;

/** A keyed command's accelerator, on macOS or elsewhere. */
export function acceleratorOf(id: KeyedCommand, mac = false): string {
  const spec: CommandSpec = TABLE[id];
  return (mac && spec.macAccelerator) || spec.accelerator!;
}

/** Any command's accelerator on the platform, if it has one. */
export function platformAccelerator(id: CommandId, mac: boolean): string | undefined {
  const spec: CommandSpec = COMMAND_TABLE[id];
  return (mac && spec.macAccelerator) || spec.accelerator;
}
