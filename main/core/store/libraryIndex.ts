import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, RELEASE_TYPES } from '../../../common/model/vocab';
import { STATES } from '../../../common/model/stateMachine';
import { RELEASE_SCHEMA_VERSION, type ReleaseSummary } from '../../../common/model/release';
import { writeFileAtomic, type AtomicFs } from './atomic';
import { MAX_FILE_BYTES } from './jsonFile';

/** Caches the library's summaries so opening never reads 10,000 release files; the release files stay the truth. */
export const INDEX_DIR = 'index';
export const LIBRARY_INDEX_FILE = 'library.json';
// 2: summaries only (the workflow is read from the release file when a change needs it).
export const LIBRARY_INDEX_VERSION = 2;

/** A file as last seen: a change outside Dateline changes its mtime or size. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/** One release in the index: its library line and the stamp of the file it was read from. */
export type IndexEntry = FileStamp & { summary: ReleaseSummary };

interface IndexFile {
  version: number;
  schemaVersion: number;
  /** The releases folder's identity: a restore swaps the folder, so an index of the old one is never used. */
  folder: string;
  entries: unknown[];
}

export const indexPath = (dataDir: string): string => join(dataDir, INDEX_DIR, LIBRARY_INDEX_FILE);

export async function stampOf(path: string): Promise<FileStamp | undefined> {
  const s = await stat(path).catch(() => undefined);
  return s && { mtimeMs: s.mtimeMs, size: s.size };
}

/** The folder's inode and birth time: an inode alone is reused at once when a folder is replaced. */
export async function folderIdentity(folder: string): Promise<string> {
  const s = await stat(folder);
  return `${s.ino}:${s.birthtimeMs}`;
}

const types = new Set<unknown>(RELEASE_TYPES);
const languages = new Set<unknown>(LANGUAGES);
const states = new Set<unknown>(STATES);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isEmbargo(v: unknown): boolean {
  if (v === null) return true;
  const e = v as Record<string, unknown> | undefined;
  return typeof e === 'object' && !!e && isString(e.date) && isString(e.time) && isString(e.timeZone);
}

/**
 * One entry as stored: a row, not an object, so 10,000 of them parse quickly. The family is left
 * empty when it is the release itself, as it mostly is.
 */
type Row = [
  id: string,
  revision: number,
  type: string,
  language: string,
  headline: string,
  date: string,
  state: string,
  embargo: unknown,
  familyId: string,
  createdAt: string,
  updatedAt: string,
  mtimeMs: number,
  size: number,
];

function rowOf({ mtimeMs, size, summary: s }: IndexEntry): Row {
  const family = s.familyId === s.id ? '' : s.familyId;
  return [
    s.id,
    s.revision,
    s.type,
    s.language,
    s.headline,
    s.date,
    s.state,
    s.embargo,
    family,
    s.createdAt,
    s.updatedAt,
    mtimeMs,
    size,
  ];
}

/**
 * Checks one row by hand: zod would cost more than the rest of opening at 10,000 entries, and a
 * cache only needs to be well-formed, since each entry is compared with its file right after opening.
 */
function entryOf(raw: unknown): IndexEntry | undefined {
  if (!Array.isArray(raw) || raw.length !== 13) return undefined;
  const [id, revision, type, language, headline, date, state, embargo, family, createdAt, updatedAt, mtimeMs, size] =
    raw as unknown[];
  const ok =
    isString(id) &&
    Number.isInteger(revision) &&
    types.has(type) &&
    languages.has(language) &&
    isString(headline) &&
    isString(date) &&
    states.has(state) &&
    isEmbargo(embargo) &&
    isString(family) &&
    isString(createdAt) &&
    isString(updatedAt) &&
    isNumber(mtimeMs) &&
    isNumber(size);
  if (!ok) return undefined;
  const summary = {
    id,
    revision,
    type,
    language,
    headline,
    date,
    state,
    embargo,
    familyId: family || id,
    createdAt,
    updatedAt,
  };
  return { mtimeMs, size, summary: summary as ReleaseSummary };
}

/** The index's entries by id, or undefined when it is missing, broken, of another version or of another folder. */
export async function readLibraryIndex(dataDir: string, folder: string): Promise<Map<string, IndexEntry> | undefined> {
  try {
    const text = await readFile(indexPath(dataDir), 'utf8');
    if (text.length > MAX_FILE_BYTES * 5) return undefined;
    const data = JSON.parse(text) as Partial<IndexFile> | null;
    if (!data || data.version !== LIBRARY_INDEX_VERSION || data.schemaVersion !== RELEASE_SCHEMA_VERSION) return;
    if (data.folder !== folder || !Array.isArray(data.entries)) return undefined;
    const entries = new Map<string, IndexEntry>();
    for (const raw of data.entries) {
      const entry = entryOf(raw);
      // One malformed entry means someone else wrote this file: trust none of it.
      if (!entry) return undefined;
      entries.set(entry.summary.id, entry);
    }
    return entries;
  } catch {
    // Missing or unreadable: the caller reads the release files, and writes a new index.
    return undefined;
  }
}

export async function writeLibraryIndex(
  dataDir: string,
  folder: string,
  entries: IndexEntry[],
  fs?: AtomicFs,
): Promise<void> {
  const data: IndexFile = {
    version: LIBRARY_INDEX_VERSION,
    schemaVersion: RELEASE_SCHEMA_VERSION,
    folder,
    entries: entries.map(rowOf),
  };
  await writeFileAtomic(indexPath(dataDir), JSON.stringify(data), fs);
}
