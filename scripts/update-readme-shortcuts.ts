// Rewrites the README's table of shortcuts from common/commands/table.ts; a unit test fails while they differ.
import { readFile, writeFile } from 'node:fs/promises';
import { README, withShortcuts } from './readmeShortcuts';

await writeFile(README, await withShortcuts(await readFile(README, 'utf8')));
console.log('wrote the shortcuts in README.md');
