import { describe, expect, it } from 'vitest';
import {
  matchesAccelerator,
  parseAccelerator,
  shortcutText,
  windowCommandFor,
  type KeyPress,
} from '../../../common/commands/keys';
import {
  COMMAND_IDS,
  COMMAND_TABLE,
  MENU_COMMANDS,
  WINDOW_KEY_COMMANDS,
  acceleratorOf,
  platformAccelerator,
} from '../../../common/commands/table';
import { COMMANDS } from '../../../preload/contract';
import { menuTemplate } from '../../../main/shell/menuTemplate';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

/** The key press a person makes for an accelerator, as Chromium reports it on Windows and Linux. */
function pressFor(accelerator: string, meta = false): KeyPress {
  const { mod, alt, shift, key } = parseAccelerator(accelerator);
  const shifted: Record<string, string> = { '7': '&', '8': '*' };
  return {
    key: shift ? (shifted[key] ?? key.toUpperCase()) : key.length === 1 ? key.toLowerCase() : key,
    ...(/^\d$/.test(key) ? { code: `Digit${key}` } : {}),
    ctrlKey: mod && !meta,
    metaKey: mod && meta,
    altKey: alt,
    shiftKey: shift,
  };
}

/** Every item of a menu template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const noop = { send: () => undefined, openHelp: () => undefined, showAbout: () => undefined };

describe('the command table', () => {
  it('gives every shortcut a known syntax and a handler, and no two commands the same keys', () => {
    for (const mac of [false, true]) {
      const accelerators = COMMAND_IDS.flatMap((id) => platformAccelerator(id, mac) ?? []);
      for (const accelerator of accelerators) expect(() => parseAccelerator(accelerator)).not.toThrow();
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
    for (const id of COMMAND_IDS) {
      const { accelerator, handling } = COMMAND_TABLE[id];
      expect(Boolean(accelerator), id).toBe(Boolean(handling));
    }
  });

  it('is what the contract sends from the menu', () => {
    expect([...COMMANDS].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('gives Replace ⌥⌘F on macOS, where ⌘H hides the app, and Ctrl+H elsewhere', () => {
    expect(shortcutText(acceleratorOf('replace', true), true)).toBe('⌥⌘F');
    expect(shortcutText(acceleratorOf('replace'), false)).toBe('Ctrl+H');
    expect(windowCommandFor(pressFor('CmdOrCtrl+H', true), false, true)).toBeUndefined();
    expect(windowCommandFor(pressFor('CmdOrCtrl+Alt+F', true), false, true)).toBe('replace');
    expect(windowCommandFor(pressFor('CmdOrCtrl+H'), false, false)).toBe('replace');
    for (const mac of [false, true]) {
      const item = items(menuTemplate('Dateline', mac, noop)).find((entry) => entry.id === 'replace');
      expect(item?.accelerator).toBe(mac ? 'CmdOrCtrl+Alt+F' : 'CmdOrCtrl+H');
    }
    // No two commands share keys on either platform: ⌘H stays the system's on macOS.
    expect(COMMAND_IDS.map((id) => platformAccelerator(id, true))).not.toContain('CmdOrCtrl+H');
  });

  it('reaches every window command from its shortcut, with Ctrl or ⌘', () => {
    expect(WINDOW_KEY_COMMANDS.length).toBeGreaterThan(0);
    for (const id of WINDOW_KEY_COMMANDS) {
      const accelerator = COMMAND_TABLE[id].accelerator!;
      expect(windowCommandFor(pressFor(accelerator), false), accelerator).toBe(id);
      expect(windowCommandFor(pressFor(accelerator, true), false), accelerator).toBe(id);
    }
  });

  it('leaves Ctrl+Backspace and Ctrl+Z to a text field, and runs the other window shortcuts from one', () => {
    for (const id of WINDOW_KEY_COMMANDS) {
      const { accelerator, handling } = COMMAND_TABLE[id];
      expect(windowCommandFor(pressFor(accelerator!), true), id).toBe(
        handling === 'window-outside-text' ? undefined : id,
      );
    }
    expect(COMMAND_TABLE['delete-release']).toMatchObject({
      accelerator: 'CmdOrCtrl+Backspace',
      handling: 'window-outside-text',
    });
  });

  it('matches modifiers exactly, and digits by their key when Shift changes the character', () => {
    expect(windowCommandFor(pressFor('CmdOrCtrl+Shift+N'), false)).toBeUndefined();
    expect(windowCommandFor(pressFor('CmdOrCtrl+Alt+E'), false)).toBeUndefined();
    expect(windowCommandFor({ ...pressFor('CmdOrCtrl+E'), ctrlKey: false }, false)).toBeUndefined();
    expect(matchesAccelerator('CmdOrCtrl+Shift+8', pressFor('CmdOrCtrl+Shift+8'))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Shift+8', pressFor('CmdOrCtrl+8'))).toBe(false);
  });

  it('writes shortcuts as people read them on each system', () => {
    expect(shortcutText('CmdOrCtrl+Shift+E', false)).toBe('Ctrl+Shift+E');
    expect(shortcutText('CmdOrCtrl+Backspace', false)).toBe('Ctrl+Backspace');
    expect(shortcutText('CmdOrCtrl+Alt+2', false)).toBe('Ctrl+Alt+2');
    expect(shortcutText('CmdOrCtrl+Shift+E', true)).toBe('⇧⌘E');
    expect(shortcutText('CmdOrCtrl+Backspace', true)).toBe('⌘⌫');
    expect(shortcutText('CmdOrCtrl+,', true)).toBe('⌘,');
  });
});

describe.each([
  ['Windows and Linux', false],
  ['macOS', true],
])('the menu on %s', (_system, isMac) => {
  const menu = items(menuTemplate('Dateline', isMac, noop));

  it('shows only the table’s shortcuts, each one the window carries out', () => {
    const shown = menu.filter((item) => item.accelerator);
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) {
      const spec = COMMAND_TABLE[item.id as keyof typeof COMMAND_TABLE];
      expect(spec, `${item.label}`).toBeDefined();
      expect(item).toMatchObject({
        label: spec.label,
        accelerator: platformAccelerator(item.id as keyof typeof COMMAND_TABLE, isMac),
        registerAccelerator: false,
      });
      expect(['window', 'window-outside-text'], `${item.label}`).toContain(spec.handling);
    }
  });

  it('holds every menu command of the table once, labelled as the table says', () => {
    const commands = menu.filter((item) => item.id).map((item) => item.id);
    expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of menu.filter((i) => i.id)) {
      expect(item.label).toBe(COMMAND_TABLE[item.id as keyof typeof COMMAND_TABLE].label);
    }
  });

  it('sends its command when an item is clicked', () => {
    const sent: string[] = [];
    const clickable = items(menuTemplate('Dateline', isMac, { ...noop, send: (c) => void sent.push(c) }));
    for (const item of clickable.filter((i) => i.id)) {
      (item.click as () => void)();
    }
    expect(sent.sort()).toEqual([...MENU_COMMANDS].sort());
  });
});
