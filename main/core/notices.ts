import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { noticeId } from '../../common/model/noticeId';
import type { Notice } from '../../preload/contract';
import type { UnflushedError } from './store/atomic';
import { QUARANTINE_DIR, QUARANTINE_LOG, type QuarantineEntry } from './store/quarantine';
import { SETTINGS_FILE } from './store/settingsStore';

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
    id: noticeId(entry.id),
    title: 'A damaged file was set aside',
    message:
      `Dateline could not read ${relative(dataDir, entry.file)}: ${entry.reason}. ` +
      `It was moved to ${relative(dataDir, entry.movedTo)} in the data folder (${dataDir}) and everything else opened normally. ` +
      (basename(entry.file) === SETTINGS_FILE
        ? 'Dateline started with its default settings: set your name and preferences again, or send that file to your IT support.'
        : 'If it held work you need, open that file in a text editor or send it to your IT support.'),
  };
}

/** A snapshot that failed in the background; the id carries the time, so a later failure shows again. */
export function backupFailedNotice(error: unknown, at: Date): Notice {
  return {
    id: noticeId(`backup-failed-${at.toISOString()}`),
    title: 'A backup did not work',
    message:
      `${(error as Error)?.message ?? String(error)} ` +
      'Your work is saved as usual; Dateline tries again the next time it opens.',
  };
}

/** A restore that was interrupted (Dateline closed or crashed) and finished on opening. */
export function restoreFinishedNotice(snapshot: string, safetyCopy: string): Notice {
  return {
    id: noticeId(`restore-finished-${snapshot}-${safetyCopy}`),
    title: 'A restore was finished',
    message:
      `Dateline stopped while restoring the snapshot ${snapshot} and finished the restore when it opened: ` +
      `your releases, their history and your settings are those of that snapshot. What you had before is kept as the snapshot ${safetyCopy}.`,
  };
}

/** A release file the system could not read at opening (not damaged as far as Dateline knows): left in place. */
export function unreadableNotice(dataDir: string, path: string, reason: string): Notice {
  return {
    id: noticeId(`unreadable-${relative(dataDir, path)}`),
    title: 'A release could not be read',
    message:
      `Dateline could not read ${relative(dataDir, path)} (${reason}) and left it where it is, untouched; ` +
      'the other releases opened normally. Close and reopen Dateline to try again; if it keeps happening, check the disk or ask your IT support.',
  };
}

/** A release file claiming an approval or state the model refused: its words open as a draft. */
export function claimNotice(dataDir: string, path: string, problem: string): Notice {
  return {
    id: noticeId(`claim-${relative(dataDir, path)}-${problem}`),
    title: 'A release opened as a draft',
    message:
      `${relative(dataDir, path)} claims a state Dateline cannot verify: ${problem}. ` +
      'Its text is intact and opened as a draft; its history keeps what the file claimed. ' +
      'If it should be approved, submit it for review and approve it again.',
  };
}

/** A change in place whose flush to the disk the system refused: it is saved, and the flush is tried again. */
export function unflushedNotice(dataDir: string, error: UnflushedError, at: Date): Notice {
  const folder = relative(dataDir, error.folder) || 'the data folder';
  return {
    id: noticeId(`unflushed-${folder}-${at.toISOString()}`),
    title: 'Saved, not yet confirmed on the disk',
    message:
      `Your change is saved in ${folder}, but the system could not confirm that it reached the disk ` +
      `(${(error.cause as Error)?.message ?? error.message}). Dateline keeps trying on its own; until it succeeds, ` +
      'a power cut could undo the latest change. If this message comes back, check the disk or ask your IT support.',
  };
}
