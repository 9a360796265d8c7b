import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import { byUpdated, contentOf, summaryOf } from '../../../common/release';
import type { WorkflowAction } from '../../../common/model/stateMachine';
import type { Workflow } from '../../../common/model/workflow';
import { contentHash } from '../workflow/hash';
import { afterEdit, applyAction, type Actor } from '../workflow/transitions';
import { verifyLoaded } from '../workflow/verify';
import { LoadError } from '../../../common/model/migrate';
import {
  RELEASE_SCHEMA_VERSION,
  newRelease,
  releaseSchema,
  type Release,
  type ReleaseContent,
  type ReleaseSummary,
} from '../../../common/model/release';
import { defaultFs, type AtomicFs, type UnflushedError } from './atomic';
import { invalidInput } from './errors';
import { KeyedQueue } from './keyedQueue';
import { MissingFile, RELEASES_DIR, ReleaseFolder, UnreadableFile } from './releaseFolder';
import { makeTrash, moveFromTrash, moveToTrash } from './trash';
import { IndexWriter } from './indexWriter';
import { folderIdentity, readLibraryIndex, stampOf, type FileStamp, type IndexEntry } from './libraryIndex';
import { quarantine, type QuarantineEntry } from './quarantine';

export { parseReleaseFile } from '../../../common/model/releaseFile';
export { loadRelease, RELEASES_DIR } from './releaseFolder';
export { TRASH_DIR } from './trash';

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
  /** Told when a change is in place but its folder could not be flushed to the disk: the change stands, the flush is retried. */
  onUnflushed?: (error: UnflushedError) => void;
  /** The first wait before such a flush is retried, in ms. */
  flushRetryMs?: number;
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

/** How many release files are read at once while opening. */
const OPEN_CONCURRENCY = 64;

/**
 * Releases kept one file each, so saving one never rewrites the others.
 * Only summaries stay in memory; a release's body is read when it is opened.
 */
export class ReleaseStore {
  private readonly summaries = new Map<string, ReleaseSummary>();
  /** The workflow of each release read or written in this run, so a save need not read the old file. */
  private readonly workflows = new Map<string, Workflow>();
  /** Changes to one release, one after another, so revision checks cannot race. */
  private readonly queue = new KeyedQueue();
  private readonly files: ReleaseFolder;
  /** Each release file's mtime and size as this store last read or wrote it, for the library index. */
  private readonly stamps = new Map<string, FileStamp>();
  private readonly index: IndexWriter;
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
    /** The releases folder's identity, written into the library index so a swapped folder is never trusted. */
    folderId: string | undefined,
  ) {
    this.files = new ReleaseFolder(dataDir, { ...options, now: () => this.now() });
    this.index = new IndexWriter(dataDir, folderId, () => this.indexEntries(), options.readOnly);
  }

  /** Loads every release; files that fail are quarantined and reported, the rest load. */
  static async open(
    dataDir: string,
    options: ReleaseStoreOptions = {},
  ): Promise<{ store: ReleaseStore; quarantined: QuarantineEntry[] }> {
    const folder = join(dataDir, RELEASES_DIR);
    if (!options.readOnly) {
      await mkdir(folder, { recursive: true });
      await makeTrash(dataDir);
    } else if (
      !(await readdir(dataDir).then(
        () => true,
        () => false,
      ))
    ) {
      throw new DatelineError('NOT_FOUND', `There is no Dateline data folder at ${dataDir}.`);
    }
    const folderId = await folderIdentity(folder).catch(() => undefined);
    const store = new ReleaseStore(dataDir, options, folderId);
    // Summaries cached by the last run: listed at once, compared with the files in the background.
    const cached = folderId === undefined ? undefined : await readLibraryIndex(dataDir, folderId);
    if (cached) {
      for (const entry of cached.values()) store.trust(entry);
      store.checking = store.reconcile();
      return { store, quarantined: [] };
    }
    const quarantined: QuarantineEntry[] = [];
    const names = await store.files.names();
    for (let i = 0; i < names.length; i += OPEN_CONCURRENCY) {
      await Promise.all(
        names.slice(i, i + OPEN_CONCURRENCY).map(async (name) => {
          const path = join(store.folder, name);
          const id = name.slice(0, -'.json'.length);
          try {
            // Stamped before reading: a change in between makes the stamp stale, so the next check re-reads.
            const stamp = await stampOf(path);
            store.remember(await store.files.readPatiently(id), stamp);
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
    if (!options.readOnly) await store.index.write();
    return { store, quarantined };
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
    await this.queue.idle();
    // One last try for a folder whose flush failed; the changes themselves are in place.
    await this.files.flushes.close();
    await this.index.close();
    this.closed = true;
  }

  /** Forgets a pending index write, e.g. when the data folder was replaced under this store. */
  discard(): void {
    this.index.discard();
    this.files.flushes.cancel();
    this.closed = true;
  }

  /** Folders holding a change that is in place but not yet known to be flushed to the disk; retried until it is. */
  get unflushed(): string[] {
    return this.files.flushes.pending;
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
      const release = await this.files.read(id);
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
    const release = await this.write(checked.data, 'the new release');
    this.options.observer?.stored(release, 'edit', 'Created');
    return release;
  }

  /** Adds a whole release as it was exported or backed up; an id already here gets a fresh one. */
  async insert(release: Release): Promise<{ release: Release; renamed: boolean }> {
    const renamed = this.summaries.has(release.id);
    // Whoever inserts, the model's rules hold: a claim that does not verify goes in as a draft.
    const given = releaseSchema.parse(renamed ? { ...release, id: randomUUID() } : release);
    const stored = await this.write(given, `“${given.headline || 'Untitled'}”`);
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
    return this.queue.run(id, async () => {
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
        workflow: afterEdit(workflow, () => contentHash(content), at),
        familyId,
        createdAt: current.createdAt,
        updatedAt: at,
      };
      const stored = await this.write(next, `“${next.headline || 'Untitled'}”`);
      this.options.observer?.stored(stored, kind, note);
      return stored;
    });
  }

  /**
   * Takes a workflow action (submit, approve, reopen, publish) on the release as stored.
   * The content revision is unchanged, so an open editor's next save is not a conflict.
   */
  transition(id: string, action: WorkflowAction, actor: Omit<Actor, 'at'>, files?: string[]): Promise<Release> {
    return this.queue.run(id, async () => {
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
      const next = await this.write({ ...release, workflow }, `“${release.headline || 'Untitled'}”`);
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
    return this.queue.run(id, async () => {
      await this.checkOne(id);
      const summary = this.requireKnown(id);
      await moveToTrash(this.dataDir, id, this.pathOf(id), this.fs);
      this.forget(id);
      this.files.forget(id);
      this.options.observer?.removed(id);
      return summary;
    });
  }

  restore(id: string): Promise<Release> {
    return this.queue.run(id, async () => {
      if (this.summaries.has(id)) throw new DatelineError('CONFLICT', 'This release is not deleted.');
      await moveFromTrash(this.dataDir, id, this.pathOf(id), this.fs);
      const stamp = await stampOf(this.pathOf(id));
      const release = await this.files.read(id);
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
    this.index.changed();
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
    this.index.changed();
  }

  /**
   * After an open from the index: removes temp files, reads files the index does not know, and
   * compares each trusted entry with its file, re-reading changed ones and dropping vanished ones.
   */
  private async reconcile(): Promise<void> {
    const names = await this.files.names();
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      // Unknown to the index: no stamp, so checkOne reads it.
      if (!this.summaries.has(id)) this.unchecked.add(id);
    }
    const ids = [...this.unchecked];
    for (let i = 0; i < ids.length; i += OPEN_CONCURRENCY) {
      if (this.closed || this.closing) return;
      await Promise.all(ids.slice(i, i + OPEN_CONCURRENCY).map((id) => this.queue.run(id, () => this.checkOne(id))));
    }
  }

  /** Re-reads a release trusted from the index if its file changed since; call it inside queue.run(id). */
  private async checkOne(id: string): Promise<void> {
    if (!this.unchecked.delete(id)) return;
    const path = this.pathOf(id);
    const now = await stampOf(path);
    const known = this.stamps.get(id);
    if (known && now && now.mtimeMs === known.mtimeMs && now.size === known.size) return;
    let release: Release | undefined;
    try {
      release = now ? await this.files.readPatiently(id) : undefined;
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

  /** The library index's entries: every release whose file this store has a stamp of. */
  private indexEntries(): IndexEntry[] {
    const entries: IndexEntry[] = [];
    for (const [id, summary] of this.summaries) {
      const stamp = this.stamps.get(id);
      // An older-schema file is read on every open until it is saved, so its migration backup is kept.
      if (!stamp || this.files.isOlder(id)) continue;
      entries.push({ ...stamp, summary });
    }
    return entries;
  }

  private get folder(): string {
    return this.files.folder;
  }

  private pathOf(id: string): string {
    return this.files.pathOf(id);
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

  /**
   * Writes the release's file and remembers it; returns the release as stored. The model's
   * invariants hold on every write: a workflow that breaks them is stored as a draft keeping the claim.
   */
  private async write(given: Release, what: string): Promise<Release> {
    const release = verifyLoaded(given).release;
    this.remember(release, await this.files.write(release, what));
    return release;
  }
}
