import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { shortcutText } from '../common/commands/keys';
import { COMMAND_IDS, COMMAND_TABLE, type Handling } from '../common/commands/table';

export const README = join(import.meta.dirname, '..', 'README.md');
const START =
  '<!-- shortcuts: made from common/commands/table.ts by `npm run readme:shortcuts`; edit the table, not this -->';
const END = '<!-- /shortcuts -->';

const WHERE: Record<Handling, string> = {
  window: 'anywhere in the window',
  'window-outside-text': 'outside a text field',
  body: 'in the body',
};

/** The README's table of shortcuts, as the command table has them, formatted as Prettier keeps it. */
export async function shortcutsSection(): Promise<string> {
  const rows = COMMAND_IDS.flatMap((id) => {
    const { label, accelerator, macAccelerator, handling, note } = COMMAND_TABLE[id];
    if (!accelerator || !handling) return [];
    const where = [WHERE[handling], note].filter(Boolean).join(', ');
    return [
      `| ${shortcutText(accelerator, false)} | ${shortcutText(macAccelerator ?? accelerator, true)} | ${label} | ${where} |`,
    ];
  });
  const table = ['| Windows and Linux | macOS | Command | Where |', '| - | - | - | - |', ...rows].join('\n');
  const formatted = await format(table, { ...(await resolveConfig(README)), parser: 'markdown' });
  return `${START}\n\n${formatted.trimEnd()}\n\n${END}`;
}

/** The section as the README has it now, markers included; undefined without the markers. */
export function readmeSection(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  return start < 0 || end < 0 ? undefined : readme.slice(start, end + END.length);
}

/** The README with its section made afresh. */
export async function withShortcuts(readme: string): Promise<string> {
  const current = readmeSection(readme);
  if (current === undefined) throw new Error(`README.md has no ${START} … ${END} section to fill`);
  return readme.replace(current, await shortcutsSection());
}
