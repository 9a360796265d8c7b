import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DatelineError } from '../../../preload/errors';
import { loadVersioned } from '../../../common/model/load';
import { RELEASE_SCHEMA_VERSION, releaseIdSchema, releaseSchema, type Release } from '../../../common/model/release';
import { RELEASE_MIGRATIONS } from '../../../common/model/releaseMigrations';
import { syncFolder, UnflushedError, withHandle, writeFileAtomic } from '../store/atomic';
import { KeyedQueue } from '../store/keyedQueue';
import { QUARANTINE_DIR } from '../store/quarantine';
import { TRASH_DIR } from '../store/trash';

export const HISTORY_DIR = 'history';
/** Beside the trashed release files: a release's history goes where the release goes. */
export const HISTORY_TRASH_DIR = join(TRASH_DIR, HISTORY_DIR);
/** The line format written today. */
export const HISTORY_FORMAT = 1;

export const REVISION_KINDS = ['edit', 'state', 'restore'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** One line of `<dataDir>/history/<releaseId>.jsonl`. */
export interface HistoryLine {
  v: typeof HISTORY_FORMAT;
  /** The release's revision this snapshot was saved as. */
  rev: number;
  at: string;
  kind: RevisionKind;
  /** The whole stored release after the save. */
  snapshot: Release;
  note?: string;
  /** Supersedes the edit line just before it: a continued edit appends instead of rewriting the file. */
  replaces?: true;
}

/** What the history panel lists for one revision, without its body. */
export type { RevisionSummary } from '../../../common/model/revision';
import type { RevisionSummary } from '../../../common/model/revision';

export interface HistoryStoreOptions {
  /** The clock compaction thins by, and record's default time. */
  now?: () => Date;
  /** Edits closer together than this make one revision; default 5 minutes. */
  pauseMs?: number;
  /** A history file with more lines than this is thinned, at most once per release per process; default 500. */
  compactAfterLines?: number;
  /** Told about every problem; history problems never block saving or opening a release. */
  onProblem?: (message: string) => void;
}

/** `added`: a new revision; `replaced`: the last edit revision was brought up to date; `failed`: reported. */
export type RecordOutcome = 'added' | 'replaced' | 'failed';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const lineSchema = z.object({
  v: z.literal(HISTORY_FORMAT),
  rev: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  kind: z.enum(REVISION_KINDS),
  // Only the envelope is checked when listing; get() validates and migrates the whole snapshot.
  snapshot: z.custom<Release>(
    (value) => typeof value === 'object' && value !== null && typeof (value as Release).headline === 'string',
    'no release snapshot',
  ),
  note: z.string().optional(),
  replaces: z.literal(true).optional(),
});

/** What record() needs to know about a file without reading it again: its last line and length. */
interface Tail {
  exists: boolean;
  lines: number;
  last: { kind: RevisionKind; at: number } | undefined;
  /** A complete last line lacks its newline (a crash cut the write just before it). */
  needsNewline: boolean;
}

interface ParsedFile {
  lines: HistoryLine[];
  /** Lines that could not be read, as written, for setting aside before a compaction drops them. */
  bad: string[];
  torn: boolean;
}

/** Later `replaces` edit lines supersede the edit line before them; the rest stand. */
export function foldLines(lines: readonly HistoryLine[]): HistoryLine[] {
  const folded: HistoryLine[] = [];
  for (const line of lines) {
    const { replaces, ...entry } = line;
    if (replaces && entry.kind === 'edit' && folded.at(-1)?.kind === 'edit') folded[folded.length - 1] = entry;
    else folded.push(entry);
  }
  return folded;
}

/**
 * What compaction keeps of folded lines: every state and restore line, every edit of the last 24 hours,
 * the newest edit of each UTC hour for the last 7 days and of each UTC day before. The newest line always stays.
 */
export function thinLines(lines: readonly HistoryLine[], now: Date): HistoryLine[] {
  const keep = new Set<number>();
  const newestInBucket = new Map<string, number>();
  lines.forEach((line, i) => {
    const at = Date.parse(line.at);
    const age = now.getTime() - at;
    if (line.kind !== 'edit' || age < DAY) keep.add(i);
    else newestInBucket.set(age < 7 * DAY ? `h${Math.floor(at / HOUR)}` : `d${Math.floor(at / DAY)}`, i);
  });
  for (const i of newestInBucket.values()) keep.add(i);
  return lines.filter((_, i) => keep.has(i));
}

/**
 * Revisions of each release, one append-only JSON-lines file per release, so a save appends one line
 * and never rewrites the file. Nothing but a few numbers per recorded release stays in memory.
 */
export class HistoryStore {
  private readonly tails = new Map<string, Tail>();
  private readonly compacted = new Set<string>();
  /** Writes to one history file, one after another. */
  private readonly queue = new KeyedQueue();
  private readonly reported = new Set<string>();

  constructor(
    readonly dataDir: string,
    private readonly options: HistoryStoreOptions = {},
  ) {}

  /** Records a save; never rejects, so a history problem cannot fail the save itself. */
  record(release: Release, options: { kind: RevisionKind; now?: Date; note?: string }): Promise<RecordOutcome> {
    const { id } = release;
    if (!releaseIdSchema.safeParse(id).success) {
      this.problem(`History: a revision of a release with the invalid id “${String(id)}” was not recorded.`);
      return Promise.resolve('failed');
    }
    // Taken now: the caller may reuse the object, and the task may wait behind another write.
    const snapshot = structuredClone(release);
    const now = options.now ?? this.now();
    return this.queue.run(id, async () => {
      try {
        const tail = await this.tailOf(id);
        const since = tail.last ? now.getTime() - tail.last.at : -1;
        const replaces = options.kind === 'edit' && tail.last?.kind === 'edit' && since >= 0 && since < this.pauseMs;
        const line: HistoryLine = {
          v: HISTORY_FORMAT,
          rev: release.revision,
          at: now.toISOString(),
          kind: options.kind,
          ...(options.note !== undefined && { note: options.note }),
          ...(replaces && { replaces: true as const }),
          snapshot,
        };
        await this.append(id, `${tail.needsNewline ? '\n' : ''}${JSON.stringify(line)}\n`, !tail.exists);
        Object.assign(tail, { exists: true, lines: tail.lines + 1, needsNewline: false });
        tail.last = { kind: line.kind, at: now.getTime() };
        if (tail.lines > this.compactAfter && !this.compacted.has(id)) {
          this.compacted.add(id);
          // Queued behind this record, so the save that crossed the threshold does not wait for it.
          void this.queue
            .run(id, () => this.compactNow(id, this.now()))
            .catch((error: unknown) =>
              this.problem(`History of release ${id} could not be thinned: ${(error as Error).message}`),
            );
        }
        return replaces ? 'replaced' : 'added';
      } catch (error) {
        this.tails.delete(id);
        this.problem(
          `History: revision ${release.revision} of release ${id} was not recorded: ${(error as Error).message}`,
        );
        return 'failed';
      }
    });
  }

  /** The revisions of a release, newest first; an unknown release has none. */
  async list(id: string): Promise<RevisionSummary[]> {
    if (!releaseIdSchema.safeParse(id).success) return [];
    const lines = foldLines((await this.read(id)).lines);
    return lines.reverse().map(({ rev, at, kind, note, snapshot }) => {
      const state = (snapshot as { workflow?: { state?: unknown } }).workflow?.state;
      return {
        rev,
        at,
        kind,
        ...(note !== undefined && { note }),
        ...(typeof state === 'string' && { state }),
        headline: snapshot.headline,
      };
    });
  }

  /** The release as it was saved at `rev` (the newest such line), checked and migrated like a release file. */
  async get(id: string, rev: number): Promise<Release> {
    const notFound = new DatelineError('NOT_FOUND', 'That version of the release is no longer in its history.');
    if (!releaseIdSchema.safeParse(id).success) throw notFound;
    const line = foldLines((await this.read(id)).lines).findLast((l) => l.rev === rev);
    if (!line) throw notFound;
    try {
      const release = loadVersioned(
        JSON.stringify(line.snapshot),
        releaseSchema,
        RELEASE_SCHEMA_VERSION,
        RELEASE_MIGRATIONS,
      );
      if (release.id !== id) throw new Error(`it belongs to release ${release.id}`);
      return release;
    } catch (error) {
      this.problem(`History of release ${id}: revision ${rev} could not be read: ${(error as Error).message}`);
      throw new DatelineError(
        'READ_FAILED',
        `This version of the release could not be read (${(error as Error).message}). The other versions are unaffected.`,
      );
    }
  }

  /** Thins a history file now (see thinLines); lines that cannot be read are set aside in quarantine/ first. */
  compact(id: string): Promise<{ before: number; after: number }> {
    if (!releaseIdSchema.safeParse(id).success) return Promise.resolve({ before: 0, after: 0 });
    return this.queue.run(id, () => this.compactNow(id, this.now()));
  }

  /** Moves a deleted release's history beside it in the trash; false when it had none. */
  moveToTrash(id: string): Promise<boolean> {
    return this.move(id, this.pathOf(id), this.trashPathOf(id));
  }

  restoreFromTrash(id: string): Promise<boolean> {
    return this.move(id, this.trashPathOf(id), this.pathOf(id));
  }

  /** Resolves once every queued write (including automatic compactions) has finished. */
  async whenIdle(): Promise<void> {
    await this.queue.idle();
  }

  private get pauseMs(): number {
    return this.options.pauseMs ?? 5 * MINUTE;
  }

  private get compactAfter(): number {
    return this.options.compactAfterLines ?? 500;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private pathOf(id: string): string {
    return join(this.dataDir, HISTORY_DIR, `${id}.jsonl`);
  }

  private trashPathOf(id: string): string {
    return join(this.dataDir, HISTORY_TRASH_DIR, `${id}.jsonl`);
  }

  private problem(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.options.onProblem?.(message);
  }

  /** Reads a file's lines; a torn last line is a crash mid-append and is ignored, any other bad line reported. */
  private async read(id: string): Promise<ParsedFile> {
    let text: string;
    try {
      text = await readFile(this.pathOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], bad: [], torn: false };
      throw new DatelineError(
        'READ_FAILED',
        `The history of this release could not be read: ${(error as Error).message}`,
      );
    }
    const parsed: ParsedFile = { lines: [], bad: [], torn: false };
    const raw = text.split('\n');
    const lastIndex = raw.findLastIndex((l) => l.trim() !== '');
    raw.forEach((textLine, i) => {
      if (textLine.trim() === '') return;
      const isLast = i === lastIndex;
      const reason = this.parseLine(textLine, id);
      if (typeof reason !== 'string') return void parsed.lines.push(reason);
      if (isLast) return void (parsed.torn = true);
      parsed.bad.push(textLine);
      this.problem(`History of release ${id}: line ${i + 1} could not be read and was skipped (${reason}).`);
    });
    return parsed;
  }

  /** The line, or why it cannot be used. */
  private parseLine(text: string, id: string): HistoryLine | string {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return 'not valid JSON';
    }
    const v = (raw as { v?: unknown } | null)?.v;
    if (typeof v === 'number' && v > HISTORY_FORMAT) return `written by a newer Dateline (history format ${v})`;
    const result = lineSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      return `${issue?.path.join('.') || 'line'}: ${issue?.message}`;
    }
    if (result.data.snapshot.id !== id) return 'the snapshot belongs to another release';
    return result.data as HistoryLine;
  }

  /** The file's end, read once per release per process; a torn line left by a crash is cut off. */
  private async tailOf(id: string): Promise<Tail> {
    const known = this.tails.get(id);
    if (known) return known;
    const path = this.pathOf(id);
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const tail: Tail = { exists: false, lines: 0, last: undefined, needsNewline: false };
      this.tails.set(id, tail);
      return tail;
    }
    const end = data.lastIndexOf(0x0a) + 1;
    const rest = data.subarray(end).toString('utf8');
    let needsNewline = false;
    if (rest.trim() !== '') {
      if (typeof this.parseLine(rest, id) === 'string') await this.truncate(path, end);
      else needsNewline = true;
    }
    const lines = data.subarray(0, end).toString('utf8').split('\n');
    if (needsNewline) lines.push(rest);
    let last: Tail['last'];
    for (let i = lines.length - 1; i >= 0 && !last; i--) {
      const line = lines[i]?.trim() ? this.parseLine(lines[i] ?? '', id) : '';
      if (typeof line !== 'string') last = { kind: line.kind, at: Date.parse(line.at) };
    }
    const tail: Tail = { exists: true, lines: lines.filter((l) => l.trim() !== '').length, last, needsNewline };
    this.tails.set(id, tail);
    return tail;
  }

  private async truncate(path: string, length: number): Promise<void> {
    await withHandle(path, 'r+', async (handle) => {
      await handle.truncate(length);
      await handle.sync();
    });
  }

  /** One appendFile of complete lines, then fsync: a save's cost does not grow with the history. */
  private async append(id: string, data: string, creating: boolean): Promise<void> {
    const path = this.pathOf(id);
    if (creating) await mkdir(dirname(path), { recursive: true });
    await withHandle(path, 'a', async (handle) => {
      await handle.appendFile(data, 'utf8');
      await handle.sync();
    });
    if (creating) await syncFolder(dirname(path));
  }

  private async compactNow(id: string, now: Date): Promise<{ before: number; after: number }> {
    const parsed = await this.read(id);
    const before = parsed.lines.length + parsed.bad.length + (parsed.torn ? 1 : 0);
    if (before === 0) return { before, after: 0 };
    const kept = thinLines(foldLines(parsed.lines), now);
    if (kept.length === before) return { before, after: before };
    if (parsed.bad.length > 0) {
      // Never drop what could not be read: keep it for inspection, as the store does with damaged files.
      const stamp = now.toISOString().replace(/[:.]/g, '-');
      const aside = join(this.dataDir, QUARANTINE_DIR, `${stamp}-history-${id}.jsonl`);
      await mkdir(dirname(aside), { recursive: true });
      await writeFileAtomic(aside, parsed.bad.map((l) => `${l}\n`).join(''));
      this.problem(`History of release ${id}: ${parsed.bad.length} unreadable line(s) were moved to ${aside}.`);
    }
    await writeFileAtomic(this.pathOf(id), kept.map((l) => `${JSON.stringify(l)}\n`).join('')).catch(
      (error: unknown) => {
        // Thinned and in place, only not flushed: a power cut could bring back the longer file, which is harmless.
        if (error instanceof UnflushedError) return;
        throw historyWriteFailed('thinned', error);
      },
    );
    const newest = kept.at(-1);
    this.tails.set(id, {
      exists: true,
      lines: kept.length,
      last: newest && { kind: newest.kind, at: Date.parse(newest.at) },
      needsNewline: false,
    });
    return { before, after: kept.length };
  }

  private move(id: string, from: string, to: string): Promise<boolean> {
    if (!releaseIdSchema.safeParse(id).success) return Promise.resolve(false);
    return this.queue.run(id, async () => {
      this.tails.delete(id);
      await mkdir(dirname(to), { recursive: true });
      try {
        await rename(from, to);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw historyWriteFailed('moved', error);
      }
    });
  }
}

function historyWriteFailed(what: 'thinned' | 'moved', error: unknown): DatelineError {
  return new DatelineError(
    'WRITE_FAILED',
    `The release’s history could not be ${what} (${(error as Error).message}); the release itself is unaffected. Check the data folder.`,
    { cause: error },
  );
}
