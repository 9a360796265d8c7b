import { COMMAND_TABLE, WINDOW_KEY_COMMANDS, platformAccelerator, type WindowKeyCommand } from './table';

/** An accelerator taken apart. */
export interface Chord {
  /** CmdOrCtrl: ⌘ on macOS, Ctrl elsewhere. */
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

const MODIFIERS = { CmdOrCtrl: 'mod', Alt: 'alt', Shift: 'shift' } as const;

/** Reads Electron's accelerator syntax, limited to the modifiers the table uses. */
export function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`No key in the accelerator "${accelerator}"`);
  const chord: Chord = { mod: false, alt: false, shift: false, key };
  for (const part of parts) {
    const modifier = MODIFIERS[part as keyof typeof MODIFIERS];
    if (!modifier) throw new Error(`Unknown modifier "${part}" in the accelerator "${accelerator}"`);
    chord[modifier] = true;
  }
  return chord;
}

/** What a key press says about itself, as a KeyboardEvent does. */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press is the accelerator's; Ctrl and ⌘ both stand for CmdOrCtrl. */
export function matchesAccelerator(accelerator: string, press: KeyPress): boolean {
  const chord = parseAccelerator(accelerator);
  const mod = press.ctrlKey || press.metaKey;
  // With Shift a digit key reports its symbol ("*" for 8), so its position is compared too.
  const key =
    press.key.toLowerCase() === chord.key.toLowerCase() ||
    (/^\d$/.test(chord.key) && press.code === `Digit${chord.key}`);
  return mod === chord.mod && press.altKey === chord.alt && press.shiftKey === chord.shift && key;
}

/** The command the window's key listener runs for this key press, if any. */
export function windowCommandFor(press: KeyPress, inTextField: boolean, mac = false): WindowKeyCommand | undefined {
  return WINDOW_KEY_COMMANDS.find((id) => {
    const { handling } = COMMAND_TABLE[id];
    const accelerator = platformAccelerator(id, mac);
    if (!accelerator || (inTextField && handling === 'window-outside-text')) return false;
    return matchesAccelerator(accelerator, press);
  });
}

const MAC_KEYS: Record<string, string> = { Backspace: '⌫' };

/** The shortcut as people read it: "Ctrl+Shift+E" on Windows and Linux, "⇧⌘E" on macOS. */
export function shortcutText(accelerator: string, mac: boolean): string {
  const { mod, alt, shift, key } = parseAccelerator(accelerator);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  if (mac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${MAC_KEYS[key] ?? shown}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', shown].filter(Boolean).join('+');
}

/** The shortcut for aria-keyshortcuts: "Control+Shift+E", or "Meta+Shift+E" on macOS. */
export function ariaKeyShortcuts(accelerator: string, mac: boolean): string {
  const { mod, alt, shift, key } = parseAccelerator(accelerator);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  return [mod && (mac ? 'Meta' : 'Control'), alt && 'Alt', shift && 'Shift', shown].filter(Boolean).join('+');
}
