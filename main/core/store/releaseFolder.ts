import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { LoadError } from '../../../common/model/migrate';
import { loadReleaseFile } from '../../../common/model/releaseFile';
import type { Release } from '../../../common/model/release';
import { fingerprintOf } from '../workflow/verify';
import { isTempFile, type AtomicFs, type UnflushedError } from './atomic';
import { writeFailed } from './errors';
import { FlushRetry } from './flushRetry';
import { AtomicJsonFile } from './jsonFile';
import { stampOf, type FileStamp } from './libraryIndex';
import { backupBeforeMigration } from './migrationBackup';

export const RELEASES_DIR = 'releases';

/** A release file that vanished between listing and reading. */
export class MissingFile extends Error {}

/** A file the system could not read just now (EIO, too many open files): left in place, never quarantined. */
export class UnreadableFile extends Error {}

/** A release file's text as the model allows it (see loadReleaseFile), approvals checked against the content now. */
export function loadRelease(
  text: string,
  onOlder?: (version: number) => void,
  onClaim?: (problem: string) => void,
): Release {
  return loadReleaseFile(text, fingerprintOf, onOlder, onClaim);
}

export interface ReleaseFolderOptions {
  fs?: AtomicFs;
  readOnly?: boolean;
  now: () => Date;
  onClaim?: (path: string, problem: string) => void;
  onUnflushed?: (error: UnflushedError) => void;
  flushRetryMs?: number;
}

/**
 * The folder of release files, one `<id>.json` each: reading one as the model allows it, and
 * writing one atomically, an older schema's original backed up before its first rewrite.
 */
export class ReleaseFolder {
  /** Releases whose file is of an older schema: id → that version, backed up before the first rewrite. */
  private readonly olderOnDisk = new Map<string, number>();
  /** Folders holding a change in place but not yet flushed to the disk, retried until they are. */
  readonly flushes: FlushRetry;

  constructor(
    private readonly dataDir: string,
    private readonly options: ReleaseFolderOptions,
  ) {
    const { fs, flushRetryMs: retryMs, onUnflushed } = options;
    this.flushes = new FlushRetry({ fs, retryMs, onUnflushed });
  }

  get folder(): string {
    return join(this.dataDir, RELEASES_DIR);
  }

  pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  /** Whether the file of `id` is of an older schema, so its migration backup is still to be made. */
  isOlder(id: string): boolean {
    return this.olderOnDisk.has(id);
  }

  /** The file of `id` left the folder (the trash): nothing of it is to be backed up any more. */
  forget(id: string): void {
    this.olderOnDisk.delete(id);
  }

  /** The release files' names; temp files of saves cut short are removed (the real file is intact). */
  async names(): Promise<string[]> {
    // Only plain files are candidates; a stray folder is left alone.
    const entries = await readdir(this.folder, { withFileTypes: true }).catch(() => []);
    const names: string[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      if (isTempFile(entry.name)) {
        if (!this.options.readOnly) await rm(join(this.folder, entry.name), { force: true });
      } else if (entry.name.endsWith('.json')) names.push(entry.name);
    }
    return names;
  }

  /** Reads a release; throws MissingFile, UnreadableFile, or LoadError for a damaged file. */
  async read(id: string): Promise<Release> {
    let older: number | undefined;
    const db = this.file(id, (text) =>
      loadRelease(
        text,
        (version) => (older = version),
        (problem) => this.options.onClaim?.(this.pathOf(id), problem),
      ),
    );
    await db.read().catch((error: unknown) => {
      if (error instanceof LoadError) throw error;
      throw new UnreadableFile(`the system could not read it: ${(error as Error).message}`);
    });
    if (!db.data) throw new MissingFile();
    if (db.data.id !== id) throw new LoadError(`the file name does not match the release id ${db.data.id}`);
    if (older === undefined) this.olderOnDisk.delete(id);
    else if (!this.options.readOnly) this.olderOnDisk.set(id, older);
    return db.data;
  }

  /** As read(), once more after a failure of the system: a passing one often clears at once. */
  readPatiently(id: string): Promise<Release> {
    return this.read(id).catch((error: unknown) => {
      if (!(error instanceof UnreadableFile)) throw error;
      return this.read(id);
    });
  }

  /**
   * Writes the release's file and returns its new stamp. A change in place whose folder could not
   * be flushed is a change made: the flush is retried and the one told is onUnflushed.
   */
  async write(release: Release, what: string): Promise<FileStamp | undefined> {
    const older = this.olderOnDisk.get(release.id);
    if (older !== undefined) {
      // The original bytes are kept before the new schema replaces them; no backup, no rewrite.
      const path = this.pathOf(release.id);
      await backupBeforeMigration(this.dataDir, path, older, this.options.now(), this.options.fs).catch(
        (error: unknown) => {
          throw writeFailed(`a backup of the older file of ${what}`, error);
        },
      );
      this.olderOnDisk.delete(release.id);
    }
    const db = this.file(release.id);
    db.data = release;
    await this.flushes
      .landed(this.folder, () => db.write())
      .catch((error: unknown) => {
        throw writeFailed(what, error);
      });
    return stampOf(this.pathOf(release.id));
  }

  private file(id: string, load: (text: string) => Release = loadRelease): Low<Release | null> {
    return new Low(new AtomicJsonFile<Release | null>(this.pathOf(id), load, this.options.fs, 0), null);
  }
}
