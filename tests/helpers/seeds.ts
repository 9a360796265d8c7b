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

/** A seed page's article as the site prints it, without the site's navigation. */
export interface SeedArticle {
  /** The type line above the headline ("Press release", "News Item"). */
  type: string;
  headline: string;
  /** The lines between the headline and the metadata block (the news item's summary; the press release has none). */
  summary: string[];
  /** The metadata block, in order: each label ("Date:") with its value ('' where the page leaves it empty). */
  metadata: { label: string; value: string }[];
  /** The article's paragraphs, as printed (no seed defect corrected). */
  body: string[];
}

/** Splits a seed page into its article's parts: what follows the navigation's last entry, "- About us". */
export function seedArticle(text: string): SeedArticle {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const start = lines.lastIndexOf('- About us') + 1;
  const fields = lines.lastIndexOf('- Fields of work:');
  if (start === 0 || fields < start) throw new Error('the seed has no "- About us" or "- Fields of work:" entry');
  const isLabel = (line: string) => /^- [^-].*:$/.test(line);
  const metaStart = lines.findIndex((line, i) => i > start + 1 && isLabel(line));
  const metadata: SeedArticle['metadata'] = [];
  for (const line of lines.slice(metaStart, fields + 2)) {
    if (isLabel(line)) metadata.push({ label: line.slice(2), value: '' });
    else metadata.at(-1)!.value = [metadata.at(-1)!.value, line.replace(/^- /, '')].filter(Boolean).join(', ');
  }
  return {
    type: lines[start]!,
    headline: lines[start + 1]!,
    summary: lines.slice(start + 2, metaStart).filter((line) => line.trim() !== ''),
    metadata,
    body: lines.slice(fields + 2).filter((line) => line.trim() !== ''),
  };
}
