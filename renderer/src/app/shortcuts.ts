import { ariaKeyShortcuts, shortcutText } from '../../../common/commands/keys';
import { COMMAND_TABLE, platformAccelerator, type CommandId } from '../../../common/commands/table';

export const MAC = /^Mac/.test(navigator.platform);

/** A button's tooltip naming its shortcut from the table: "Export… (Ctrl+E)". */
export function shortcutTitle(id: CommandId, label: string = COMMAND_TABLE[id].label): string {
  const accelerator = platformAccelerator(id, MAC);
  return accelerator ? `${label} (${shortcutText(accelerator, MAC)})` : label;
}

/** The button's aria-keyshortcuts, from the table. */
export function shortcutKeys(id: CommandId): string | undefined {
  const accelerator = platformAccelerator(id, MAC);
  return accelerator ? ariaKeyShortcuts(accelerator, MAC) : undefined;
}

/** Both, to spread on a button. */
export function shortcutProps(id: CommandId, label?: string): { title: string; 'aria-keyshortcuts'?: string } {
  const keys = shortcutKeys(id);
  return { title: shortcutTitle(id, label), ...(keys ? { 'aria-keyshortcuts': keys } : {}) };
}
