import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { shortcutText } from '../../../common/commands/keys';
import { COMMAND_IDS, COMMAND_TABLE } from '../../../common/commands/table';
import { README, readmeSection, shortcutsSection } from '../../../scripts/readmeShortcuts';

describe('the README’s shortcuts', () => {
  it('are the command table’s (npm run readme:shortcuts writes them)', async () => {
    const readme = await readFile(README, 'utf8');
    expect(readmeSection(readme)).toBe(await shortcutsSection());
  });

  it('name only the table’s shortcuts in the prose too', async () => {
    const readme = await readFile(README, 'utf8');
    const known = new Set(
      COMMAND_IDS.flatMap((id) => COMMAND_TABLE[id].accelerator ?? []).map((a) => shortcutText(a, false)),
    );
    const named = [...readme.matchAll(/Ctrl\+(?:(?:Shift|Alt)\+)*(?:[A-Za-z0-9]+|,)/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((shortcut) => !known.has(shortcut))).toEqual([]);
  });
});
