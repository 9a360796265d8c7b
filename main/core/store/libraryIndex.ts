import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RELEASE_SCHEMA_VERSION, releaseSchema, type Release } from '../model/release';
import { writeFileAtomic, type AtomicFs } from './atomic';
import { MAX_FILE_BYTES } from './jsonFile';

/** Caches the library's summaries so opening never reads 10,000 release files; the release files stay the truth. */
export const INDEX_DIR = 'index';
export const LIBRARY_INDEX_FILE = 'library.json';
export const LIBRARY_INDEX_VERSION = 1;

/** Everything the store keeps in memory of a release: its summary and what a save needs (workflow, family). */
export const releaseHeadSchema = releaseSchema.pick({
  id: true,
  revision: true,
  type: true,
  language: true,
  headline: true,
  date: true,
  embargo: true,
  workflow: true,
  familyId: true,
  createdAt: true,
  updatedAt: true,
});
export type ReleaseHead = z.infer<typeof releaseHeadSchema>;

/** A file as last seen: a change outside Dateline changes its mtime or size. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

const entrySchema = z.strictObject({ mtimeMs: z.number(), size: z.number().int().min(0), head: releaseHeadSchema });
export type IndexEntry = z.infer<typeof entrySchema>;

const indexSchema = z.strictObject({
  version: z.literal(LIBRARY_INDEX_VERSION),
  // A release model change makes every cached head suspect.
  schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
  // The releases folder's inode: a restore swaps the folder, so an index of the old one is never used.
  folderIno: z.number(),
  entries: z.array(entrySchema),
});

export function headOf(release: Release): ReleaseHead {
  const { id, revision, type, language, headline, date, embargo, workflow, familyId, createdAt, updatedAt } = release;
  return { id, revision, type, language, headline, date, embargo, workflow, familyId, createdAt, updatedAt };
}

export const indexPath = (dataDir: string): string => join(dataDir, INDEX_DIR, LIBRARY_INDEX_FILE);

export async function stampOf(path: string): Promise<FileStamp | undefined> {
  const s = await stat(path).catch(() => undefined);
  return s && { mtimeMs: s.mtimeMs, size: s.size };
}

export async function folderIno(folder: string): Promise<number> {
  return (await stat(folder)).ino;
}

/** The index's entries by id, or undefined when it is missing, broken, of another version or of another folder. */
export async function readLibraryIndex(dataDir: string, ino: number): Promise<Map<string, IndexEntry> | undefined> {
  try {
    const text = await readFile(indexPath(dataDir), 'utf8');
    if (text.length > MAX_FILE_BYTES * 5) return undefined;
    const parsed = indexSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.folderIno !== ino) return undefined;
    return new Map(parsed.data.entries.map((e) => [e.head.id, e]));
  } catch {
    // Missing or unreadable: the caller reads the release files, and writes a new index.
    return undefined;
  }
}

export async function writeLibraryIndex(
  dataDir: string,
  ino: number,
  entries: IndexEntry[],
  fs?: AtomicFs,
): Promise<void> {
  const data = { version: LIBRARY_INDEX_VERSION, schemaVersion: RELEASE_SCHEMA_VERSION, folderIno: ino, entries };
  await writeFileAtomic(indexPath(dataDir), JSON.stringify(data), fs);
}
