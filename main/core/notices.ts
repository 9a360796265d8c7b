import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Notice } from '../../preload/contract';
import { QUARANTINE_DIR, QUARANTINE_LOG, type QuarantineEntry } from './store/quarantine';

/** Every file ever quarantined in this data folder, from the quarantine log. */
export async function readQuarantineLog(dataDir: string): Promise<QuarantineEntry[]> {
  let text: string;
  try {
    text = await readFile(join(dataDir, QUARANTINE_DIR, QUARANTINE_LOG), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as QuarantineEntry];
      } catch {
        return [];
      }
    });
}

/** The quarantine entry in words a press officer can act on. */
export function quarantineNotice(dataDir: string, entry: QuarantineEntry): Notice {
  return {
    id: entry.id,
    title: 'A damaged file was set aside',
    message:
      `Dateline could not read ${relative(dataDir, entry.file)}: ${entry.reason}. ` +
      `It was moved to ${relative(dataDir, entry.movedTo)} in the data folder (${dataDir}) and everything else opened normally. ` +
      'If it held work you need, open that file in a text editor or send it to your IT support.',
  };
}
