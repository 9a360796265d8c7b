import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEEDS } from './paths';

/** The seed page whose file name starts with `prefix` (000_ the news item, 004_ the press release). */
export async function seedText(prefix: string): Promise<string> {
  const name = (await readdir(SEEDS)).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`no seed file ${prefix}*.txt in ${SEEDS}`);
  return readFile(join(SEEDS, name), 'utf8');
}

/** The article's paragraphs: every line after the page's last metadata entry, the fields of work. */
export function seedBody(text: string): string[] {
  const lines = text.split('\n');
  const fields = lines.lastIndexOf('- Fields of work:');
  if (fields < 0) throw new Error('the seed has no "- Fields of work:" entry');
  return (
    lines
      .slice(fields + 2)
      // Known seed defect: the page closes Nicot's quote with a straight mark (smugglers," said Nicot).
      .map((line) => line.replace('smugglers," said Nicot', 'smugglers,” said Nicot'))
  );
}
