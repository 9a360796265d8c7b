// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAccelerator } from '../../../common/commands/keys';
import { COMMAND_TABLE, MENU_COMMANDS, WINDOW_KEY_COMMANDS } from '../../../common/commands/table';
import type { Command } from '../../../preload/contract';
import { useCommands, type CommandHandlers } from './useCommands';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ids = [...new Set([...MENU_COMMANDS, ...WINDOW_KEY_COMMANDS])];
let root: Root;
let handlers: Record<string, ReturnType<typeof vi.fn>>;
let menu: ((command: Command) => void) | undefined;

function Probe() {
  useCommands(
    {
      onCommand: (listener) => {
        menu = listener;
        return () => (menu = undefined);
      },
    },
    handlers as unknown as CommandHandlers,
  );
  return <input aria-label="Headline" />;
}

/** Presses an accelerator's keys on an element, as Chromium on Linux reports them. */
function press(accelerator: string, target: EventTarget = document.body): KeyboardEvent {
  const { mod, alt, shift, key } = parseAccelerator(accelerator);
  const event = new KeyboardEvent('keydown', {
    key: key.length === 1 ? (shift ? key.toUpperCase() : key.toLowerCase()) : key,
    code: /^\d$/.test(key) ? `Digit${key}` : '',
    ctrlKey: mod,
    altKey: alt,
    shiftKey: shift,
    bubbles: true,
    cancelable: true,
  });
  act(() => void target.dispatchEvent(event));
  return event;
}

beforeEach(() => {
  handlers = Object.fromEntries(ids.map((id) => [id, vi.fn()]));
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<Probe />));
});
afterEach(() => {
  act(() => root.unmount());
  document.body.replaceChildren();
});

describe('the window’s commands', () => {
  it('carry out every shortcut of the table the window handles, Delete Release’s Ctrl+Backspace included', () => {
    expect(WINDOW_KEY_COMMANDS).toContain('delete-release');
    for (const id of WINDOW_KEY_COMMANDS) {
      const event = press(COMMAND_TABLE[id].accelerator!);
      expect(handlers[id], `${id} on ${COMMAND_TABLE[id].accelerator}`).toHaveBeenCalledTimes(1);
      expect(event.defaultPrevented).toBe(true);
    }
    const called = Object.entries(handlers).filter(([, fn]) => fn.mock.calls.length > 0);
    expect(called.map(([id]) => id).sort()).toEqual([...WINDOW_KEY_COMMANDS].sort());
  });

  it('leave Ctrl+Backspace and Ctrl+Z to a text field, where they edit the text', () => {
    const input = document.querySelector('input')!;
    for (const id of WINDOW_KEY_COMMANDS) press(COMMAND_TABLE[id].accelerator!, input);
    for (const id of WINDOW_KEY_COMMANDS) {
      expect(handlers[id], id).toHaveBeenCalledTimes(COMMAND_TABLE[id].handling === 'window-outside-text' ? 0 : 1);
    }
  });

  it('run every command the menu sends', () => {
    for (const id of MENU_COMMANDS) act(() => menu?.(id));
    for (const id of MENU_COMMANDS) expect(handlers[id], id).toHaveBeenCalledTimes(1);
  });

  it('let other keys through', () => {
    const event = press('CmdOrCtrl+Shift+N');
    expect(event.defaultPrevented).toBe(false);
    expect(Object.values(handlers).every((fn) => fn.mock.calls.length === 0)).toBe(true);
  });
});
