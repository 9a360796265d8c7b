import { useEffect, useEffectEvent } from 'react';
import { windowCommandFor } from '../../../common/commands/keys';
import type { MenuCommand, WindowKeyCommand } from '../../../common/commands/table';
import type { Api } from '../../../preload/contract';
import { MAC } from './shortcuts';

/** What the window does for every command it is given: from the menu, or by a shortcut of the table. */
export type CommandHandlers = Record<MenuCommand | WindowKeyCommand, () => void>;

/** A text field, where keys such as Ctrl+Backspace and Ctrl+Z keep their editing meaning. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName);
}

/** Runs the menu's commands, and the window's shortcuts as common/commands/table.ts lists them. */
export function useCommands(api: Pick<Api, 'onCommand'>, handlers: CommandHandlers): void {
  const run = useEffectEvent((command: MenuCommand | WindowKeyCommand) => handlers[command]());
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = windowCommandFor(event, inTextField(event.target), MAC);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    const stop = api.onCommand((command) => run(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [api]);
}
