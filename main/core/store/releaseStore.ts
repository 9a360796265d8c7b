import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DatelineError } from '../../../preload/errors';
import { byUpdated, contentOf, summaryOf } from '../../../common/release';
import type { WorkflowAction } from '../../../common/model/stateMachine';
import type { Workflow } from '../../../common/model/workflow';
import { contentHash } from '../workflow/hash';
import { afterEdit, applyAction, type Actor } from '../workflow/transitions';
import { verifyLoaded } from '../workflow/verify';
import { LoadError } from '../../../common/model/migrate';
import { RELEASE_MIGRATIONS } from '../../../common/model/releaseMigrations';
import { loadVersioned } from '../../../common/model/load';
import {
  RELEASE_SCHEMA_VERSION,
  newRelease,
  releaseSchema,
  type Release,
  type ReleaseContent,
  type ReleaseSummary,
} from '../../../common/model/release';
import { defaultFs, isTempFile, type AtomicFs } from './atomic';
import { invalidInput, writeFailed } from './errors';
import { AtomicJsonFile } from './jsonFile';
import {
  folderIdentity,
  readLibraryIndex,
  stampOf,
  writeLibraryIndex,
  type FileStamp,
  type IndexEntry,
  INDEX_DIR,
} from './libraryIndex';
import { DeferredWrite } from './deferredWrite';
import { backupBeforeMigration } from './migrationBackup';
import { quarantine, type QuarantineEntry } from './quarantine';

export const RELEASES_DIR = 'releases';
export const TRASH_DIR = 'trash';

/**
 * Reads a release file's text as the model allows it: a workflow that breaks the model's rules
 * (an approval of other content, a state with no approval) is read as a draft keeping the claim
 * as an event, and `onClaim` hears what was wrong. Throws LoadError for a file that cannot be read.
 */
/** Reads a release file's text as written, its workflow unchecked: for the importer, which keeps no claim. */
export function parseReleaseFile(text: string, onOlder?: (version: number) => void): Release {
  return loadVersioned(text, releaseSchema, RELEASE_SCHEMA_VERSION, RELEASE_MIGRATIONS, onOlder);
}

export function loadRelease(
  text: string,
  onOlder?: (version: number) => void,
  onClaim?: (problem: string) => void,
): Release {
  const loaded = verifyLoaded(parseReleaseFile(text, onOlder));
  if (loaded.problem) onClaim?.(loaded.problem);
  return loaded.release;
}

export interface ReleaseStoreOptions {
  fs?: AtomicFs;
  now?: () => Date;
  /** For readers such as the CLI's list and export: nothing on disk is written; only a damaged file is set aside, as the app does. */
  readOnly?: boolean;
  /** Told about each file an open skips: one the system cannot read at all. */
  onSkipped?: (path: string, reason: string) => void;
  /** Told about each file read whose claimed approval or state the model refused: it opens as a draft. */
  onClaim?: (path: string, problem: string) => void;
  /** Told after each change is on disk: the history and the search index follow the store. */
  observer?: StoreObserver;
}

/** What follows the store's changes; nothing it does can fail a save. */
export interface StoreObserver {
  stored(release: Release, kind: 'edit' | 'state' | 'restore', note?: string): void;
  removed(id: string): void;
  restored(release: Release): void;
  /** A file changed or vanished outside Dateline, found after opening: follow it, record no history. */
  changedOnDisk?(id: string, release: Release | undefined): void;
}

const ACTION_NOTES: Record<WorkflowAction, string> = {
  submit: 'Submitted for review',
  approve: 'Approved',
  reopen: 'Reopened',
  publish: 'Published',
};

/** A release file that vanished between listing and reading. */
class MissingFile extends Error {}

/** A file the system could not read just now (EIO, too many open files): left in place, never quarantined. */
class UnreadableFile extends Error {}

/** How many release files are read at once while opening. */
const OPEN_CONCURRENCY = 64;
/** How long the library index waits for more changes before it is rewritten. */
const INDEX_DELAY_MS = 1000;

/**
 * Releases kept one file each, so saving one never rewrites the others.
 * Only summaries stay in memory; a release's body is read when it is opened.
 */
export class ReleaseStore {
  private readonly summaries = new Map<string, ReleaseSummary>();
  /** The workflow of each release read or written in this run, so a save need not read the old file. */
  private readonly workflows = new Map<string, Workflow>();
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Releases whose file is of an older schema: id → that version, backed up before the first rewrite. */
  private readonly olderOnDisk = new Map<string, number>();
  /** Each release file's mtime and size as this store last read or wrote it, for the library index. */
  private readonly stamps = new Map<string, FileStamp>();
  /** The releases folder's identity, written into the library index so a swapped folder is never trusted. */
  private folderId: string | undefined;
  private readonly indexLater = new DeferredWrite(() => void this.writeIndex());
  private indexWrite: Promise<void> = Promise.resolve();
  private checking: Promise<void> = Promise.resolve();
  /** Ids trusted from the library index and not yet compared with their file; a change checks its id first. */
  private readonly unchecked = new Set<string>();
  private closed = false;
  private closing = false;
  /** Files found damaged by the comparison after an open from the index. */
  private readonly quarantinedLater: QuarantineEntry[] = [];

  private constructor(
    readonly dataDir: string,
    private readonly options: ReleaseStoreOptions,
  ) {}

  /** Loads every release; files that fail are quarantined and reported, the rest load. */
  static async open(
    dataDir: string,
    options: ReleaseStoreOptions = {},
  ): Promise<{ store: ReleaseStore; quarantined: QuarantineEntry[] }> {
    const store = new ReleaseStore(dataDir, options);
    if (!options.readOnly) {
      await mkdir(store.folder, { recursive: true });
      await mkdir(join(dataDir, TRASH_DIR), { recursive: true });
    } else if (
      !(await readdir(dataDir).then(
        () => true,
        () => false,
      ))
    ) {
      throw new DatelineError('NOT_FOUND', `There is no Dateline data folder at ${dataDir}.`);
    }
    store.folderId = await folderIdentity(store.folder).catch(() => undefined);
    // Summaries cached by the last run: listed at once, compared with the files in the background.
    const cached = store.folderId === undefined ? undefined : await readLibraryIndex(dataDir, store.folderId);
    if (cached) {
      for (const entry of cached.values()) store.trust(entry);
      store.checking = store.reconcile();
      return { store, quarantined: [] };
    }
    const quarantined: QuarantineEntry[] = [];
    const names = await store.releaseFiles();
    for (let i = 0; i < names.length; i += OPEN_CONCURRENCY) {
      await Promise.all(
        names.slice(i, i + OPEN_CONCURRENCY).map(async (name) => {
          const path = join(store.folder, name);
          const id = name.slice(0, -'.json'.length);
          try {
            // A passing failure often clears at once: read once more before giving up on the file.
            // Stamped before reading: a change in between makes the stamp stale, so the next check re-reads.
            const stamp = await stampOf(path);
            const release = await store.read(id).catch((error: unknown) => {
              if (!(error instanceof UnreadableFile)) throw error;
              return store.read(id);
            });
            store.remember(release, stamp);
          } catch (error) {
            if (error instanceof MissingFile) return;
            if (error instanceof UnreadableFile) return options.onSkipped?.(path, error.message);
            if (!(error instanceof LoadError)) throw error;
            // One file that cannot even be moved must not keep the library from opening.
            const entry = await quarantine(dataDir, path, error.message, store.now()).catch(() => undefined);
            if (entry) quarantined.push(entry);
          }
        }),
      );
    }
    // A first open writes the index before it returns, so the next one reads one file.
    if (!options.readOnly) await store.writeIndex();
    return { store, quarantined };
  }

  /** The release files' names; temp files of saves cut short are removed (the real file is intact). */
  private async releaseFiles(): Promise<string[]> {
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

  /** Resolves once the summaries trusted from the library index were compared with the files, with what was quarantined. */
  async checked(): Promise<QuarantineEntry[]> {
    await this.checking;
    return [...this.quarantinedLater];
  }

  /** Lets changes under way reach the disk, then writes the library index if it is behind. */
  async close(): Promise<void> {
    // Entries not compared yet keep their stamps in the index, so the next open compares them.
    this.closing = true;
    await this.checking;
    await Promise.allSettled([...this.pending.values()]);
    if (this.indexLater.pending) await this.writeIndex();
    await this.indexWrite;
    this.closed = true;
  }

  /** Forgets a pending index write, e.g. when the data folder was replaced under this store. */
  discard(): void {
    this.indexLater.cancel();
    this.closed = true;
  }

  /** The library: newest change first. */
  list(): ReleaseSummary[] {
    return [...this.summaries.values()].sort(byUpdated);
  }

  get size(): number {
    return this.summaries.size;
  }

  async get(id: string): Promise<Release> {
    const known = this.requireKnown(id);
    try {
      const release = await this.read(id);
      // A summary from the index can lag a change made outside Dateline: the file is the truth.
      if (release.revision !== known.revision || release.updatedAt !== known.updatedAt) {
        this.remember(release, undefined);
      }
      // The workflow this store last wrote stays: a change retried after a failed write starts from it.
      if (!this.workflows.has(id)) this.workflows.set(id, release.workflow);
      return release;
    } catch (error) {
      if (error instanceof UnreadableFile) {
        throw new DatelineError(
          'READ_FAILED',
          `This release’s file could not be read just now (${error.message}). It was left as it is: try again in a moment.`,
        );
      }
      if (error instanceof MissingFile) {
        this.forget(id);
        throw new DatelineError(
          'NOT_FOUND',
          'This release’s file is no longer in the data folder; it was removed outside Dateline.',
        );
      }
      if (!(error instanceof LoadError)) throw error;
      this.forget(id);
      await quarantine(this.dataDir, this.pathOf(id), error.message, this.now());
      throw new DatelineError(
        'READ_FAILED',
        `This release's file was damaged (${error.message}) and has been moved to the quarantine folder.`,
      );
    }
  }

  async create(content: Partial<ReleaseContent> = {}, familyId?: string): Promise<Release> {
    const fresh = newRelease(randomUUID(), this.now(), content);
    // Never write what the next open would quarantine.
    const checked = releaseSchema.safeParse(familyId ? { ...fresh, familyId } : fresh);
    if (!checked.success) throw invalidInput('The new release', checked.error);
    const release = checked.data;
    this.remember(release, await this.write(release, 'the new release'));
    this.options.observer?.stored(release, 'edit', 'Created');
    return release;
  }

  /** Adds a whole release as it was exported or backed up; an id already here gets a fresh one. */
  async insert(release: Release): Promise<{ release: Release; renamed: boolean }> {
    const renamed = this.summaries.has(release.id);
    // Whoever inserts, the model's rules hold: a claim that does not verify goes in as a draft.
    const stored = verifyLoaded(releaseSchema.parse(renamed ? { ...release, id: randomUUID() } : release)).release;
    this.remember(stored, await this.write(stored, `“${stored.headline || 'Untitled'}”`));
    this.options.observer?.stored(stored, 'edit', 'Imported');
    return { release: stored, renamed };
  }

  /** Saves an edit made on top of `baseRevision`; an edit of an older revision is a conflict. */
  save(
    id: string,
    baseRevision: number,
    content: ReleaseContent,
    kind: 'edit' | 'restore' = 'edit',
    note?: string,
  ): Promise<Release> {
    return this.serial(id, async () => {
      // The revision compared must be the file's, not a summary the index may hold from before a crash.
      await this.checkOne(id);
      const current = this.requireKnown(id);
      if (current.revision !== baseRevision) {
        throw new DatelineError(
          'CONFLICT',
          `“${current.headline || 'Untitled'}” was changed elsewhere since you opened it (revision ${current.revision}, yours ${baseRevision}). Reload it to see the newer version.`,
        );
      }
      // The rest is known from the summary and, once the release was opened, its workflow: no read.
      const workflow = this.workflows.get(id) ?? (await this.get(id)).workflow;
      const at = this.now().toISOString();
      const { familyId } = current;
      const next: Release = {
        schemaVersion: RELEASE_SCHEMA_VERSION,
        id,
        revision: current.revision + 1,
        ...content,
        // Only an approval is bound to a hash: a draft's save skips hashing its whole body.
        workflow: workflow.approval ? afterEdit(workflow, contentHash(content), at) : workflow,
        familyId,
        createdAt: current.createdAt,
        updatedAt: at,
      };
      this.remember(next, await this.write(next, `“${next.headline || 'Untitled'}”`));
      this.options.observer?.stored(next, kind, note);
      return next;
    });
  }

  /**
   * Takes a workflow action (submit, approve, reopen, publish) on the release as stored.
   * The content revision is unchanged, so an open editor's next save is not a conflict.
   */
  transition(id: string, action: WorkflowAction, actor: Omit<Actor, 'at'>, files?: string[]): Promise<Release> {
    return this.serial(id, async () => {
      await this.checkOne(id);
      this.requireKnown(id);
      const release = await this.get(id);
      const at = this.now().toISOString();
      const workflow = applyAction(
        this.workflows.get(id) ?? release.workflow,
        action,
        { ...actor, at },
        contentHash(contentOf(release)),
        files,
      );
      const next: Release = { ...release, workflow };
      this.remember(next, await this.write(next, `“${next.headline || 'Untitled'}”`));
      const by = actor.by ? ` by ${actor.by}` : '';
      this.options.observer?.stored(
        next,
        'state',
        `${ACTION_NOTES[action]}${by}${actor.comment ? `: ${actor.comment}` : ''}`,
      );
      return next;
    });
  }

  /** Moves a release to the trash, from where restore() brings it back. */
  remove(id: string): Promise<ReleaseSummary> {
    return this.serial(id, async () => {
      await this.checkOne(id);
      const summary = this.requireKnown(id);
      await this.fs.rename(this.pathOf(id), this.trashPathOf(id)).catch((error: unknown) => {
        throw writeFailed('the deletion', error);
      });
      this.forget(id);
      this.olderOnDisk.delete(id);
      this.options.observer?.removed(id);
      return summary;
    });
  }

  restore(id: string): Promise<Release> {
    return this.serial(id, async () => {
      if (this.summaries.has(id)) throw new DatelineError('CONFLICT', 'This release is not deleted.');
      await this.fs.rename(this.trashPathOf(id), this.pathOf(id)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new DatelineError('NOT_FOUND', 'That release is no longer in the trash.');
        }
        throw writeFailed('the restored release', error);
      });
      const stamp = await stampOf(this.pathOf(id));
      const release = await this.read(id);
      this.remember(release, stamp);
      this.options.observer?.restored(release);
      return release;
    });
  }

  private remember(release: Release, stamp: FileStamp | undefined): void {
    this.summaries.set(release.id, summaryOf(release));
    this.workflows.set(release.id, release.workflow);
    // No stamp: the next open reads the file rather than trust a summary it cannot check.
    if (stamp) this.stamps.set(release.id, { mtimeMs: stamp.mtimeMs, size: stamp.size });
    else this.stamps.delete(release.id);
    this.indexChanged();
  }

  /** Lists a release as the library index has it, to be compared with its file by reconcile(). */
  private trust({ mtimeMs, size, summary }: IndexEntry): void {
    this.summaries.set(summary.id, summary);
    this.stamps.set(summary.id, { mtimeMs, size });
    this.unchecked.add(summary.id);
  }

  private forget(id: string): void {
    this.summaries.delete(id);
    this.workflows.delete(id);
    this.stamps.delete(id);
    this.indexChanged();
  }

  /**
   * After an open from the index: removes temp files, reads files the index does not know, and
   * compares each trusted entry with its file, re-reading changed ones and dropping vanished ones.
   */
  private async reconcile(): Promise<void> {
    const names = await this.releaseFiles();
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      // Unknown to the index: no stamp, so checkOne reads it.
      if (!this.summaries.has(id)) this.unchecked.add(id);
    }
    const ids = [...this.unchecked];
    for (let i = 0; i < ids.length; i += OPEN_CONCURRENCY) {
      if (this.closed || this.closing) return;
      await Promise.all(ids.slice(i, i + OPEN_CONCURRENCY).map((id) => this.serial(id, () => this.checkOne(id))));
    }
  }

  /** Re-reads a release trusted from the index if its file changed since; call it inside serial(id). */
  private async checkOne(id: string): Promise<void> {
    if (!this.unchecked.delete(id)) return;
    const path = this.pathOf(id);
    const now = await stampOf(path);
    const known = this.stamps.get(id);
    if (known && now && now.mtimeMs === known.mtimeMs && now.size === known.size) return;
    let release: Release | undefined;
    try {
      // A passing failure often clears at once: read once more before giving up on the file.
      release = now
        ? await this.read(id).catch((error: unknown) => {
            if (!(error instanceof UnreadableFile)) throw error;
            return this.read(id);
          })
        : undefined;
    } catch (error) {
      if (error instanceof UnreadableFile) return this.options.onSkipped?.(path, error.message);
      if (error instanceof LoadError) {
        const entry = await quarantine(this.dataDir, path, error.message, this.now()).catch(() => undefined);
        if (entry) this.quarantinedLater.push(entry);
      } else if (!(error instanceof MissingFile)) throw error;
    }
    if (release) this.remember(release, now);
    else if (this.summaries.has(id)) this.forget(id);
    else return;
    this.options.observer?.changedOnDisk?.(id, release);
  }

  /** Schedules a rewrite of the library index, coalescing the changes of the next moment. */
  private indexChanged(delay = INDEX_DELAY_MS): void {
    if (this.options.readOnly || this.closed || this.folderId === undefined) return;
    this.indexLater.schedule(delay);
  }

  private writeIndex(): Promise<void> {
    const folderId = this.folderId;
    if (folderId === undefined || this.closed) return this.indexWrite;
    // This write covers any change a pending one was waiting for.
    this.indexLater.cancel();
    const entries: IndexEntry[] = [];
    for (const [id, summary] of this.summaries) {
      const stamp = this.stamps.get(id);
      // An older-schema file is read on every open until it is saved, so its migration backup is kept.
      if (!stamp || this.olderOnDisk.has(id)) continue;
      entries.push({ ...stamp, summary });
    }
    // Written one after another, with the plain fs (it is a cache); a failure only costs the next open some reading.
    this.indexWrite = this.indexWrite
      .then(() => mkdir(join(this.dataDir, INDEX_DIR), { recursive: true }))
      .then(() => writeLibraryIndex(this.dataDir, folderId, entries))
      .catch(() => undefined);
    return this.indexWrite;
  }

  private get folder(): string {
    return join(this.dataDir, RELEASES_DIR);
  }

  private pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  private trashPathOf(id: string): string {
    return join(this.dataDir, TRASH_DIR, `${id}.json`);
  }

  private get fs(): AtomicFs {
    return this.options.fs ?? defaultFs;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private requireKnown(id: string): ReleaseSummary {
    const summary = this.summaries.get(id);
    if (!summary) {
      throw new DatelineError('NOT_FOUND', 'That release does not exist; it may have been deleted.');
    }
    return summary;
  }

  private file(id: string, load: (text: string) => Release = loadRelease): Low<Release | null> {
    return new Low(new AtomicJsonFile<Release | null>(this.pathOf(id), load, this.options.fs, 0), null);
  }

  private async read(id: string): Promise<Release> {
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

  /** Writes the release's file and returns its new stamp. */
  private async write(release: Release, what: string): Promise<FileStamp | undefined> {
    const older = this.olderOnDisk.get(release.id);
    if (older !== undefined) {
      // The original bytes are kept before the new schema replaces them; no backup, no rewrite.
      await backupBeforeMigration(this.dataDir, this.pathOf(release.id), older, this.now(), this.options.fs).catch(
        (error: unknown) => {
          throw writeFailed(`a backup of the older file of ${what}`, error);
        },
      );
      this.olderOnDisk.delete(release.id);
    }
    const db = this.file(release.id);
    db.data = release;
    await db.write().catch((error: unknown) => {
      throw writeFailed(what, error);
    });
    return stampOf(this.pathOf(release.id));
  }

  /** Runs changes to one release one after another, so revision checks cannot race. */
  private serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.pending.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.pending.set(id, next);
    const done = () => {
      if (this.pending.get(id) === next) this.pending.delete(id);
    };
    next.then(done, done);
    return next;
  }
}
