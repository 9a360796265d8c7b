import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { describeRemoved, sanitizeDoc } from '../../../common/doc/sanitize';
import { releaseFromMarkdown } from '../../../common/export/markdown';
import { bodyExcess, MAX_BODY_BLOCKS, MAX_BODY_NODES } from '../../../common/model/limits';
import { LoadError } from '../../../common/model/migrate';
import { releaseSchema, type Release } from '../../../common/model/release';
import { parseReleaseFile } from '../store/releaseStore';
import { importedAsDraft } from './claims';
import { decodeImport } from './decode';
import { parsePlainJson } from './plainJson';

/** The largest file an import reads: a long release is some 50 KB, so this is room for any. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** A release read from a file, and what was taken out of it on the way in. */
export interface Imported {
  release: Release;
  /** One line per kind of thing removed, e.g. “2 × the formatting “underline””; empty for a clean file. */
  removed: string[];
  /** The state or approval the file claimed, which an import never grants (it arrives as a draft). */
  claimed?: string;
}

export type ImportKind = 'json' | 'markdown';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(bytes: number): LoadError {
  return new LoadError(
    `it is ${megabytes(bytes)}, and Dateline imports files of up to ${megabytes(MAX_IMPORT_BYTES)} (a release is far smaller). Check that it is the right file.`,
  );
}

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'it may not be read (permissions)';
  return (error as Error).message;
}

/** The kind of file a path names by its extension, or a LoadError. */
export function importKindOf(path: string): ImportKind {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  throw new LoadError('only .md and .json files can be imported');
}

/**
 * Reads a release from the text of a .json or .md file, as `dateline import` does: checked
 * against the release schema, with a body reduced to the house schema (see sanitizeDoc) and no
 * prototype keys. Throws LoadError or MarkdownImportError with a message saying what to do.
 */
export function parseImport(text: string, kind: ImportKind, newId: () => string = randomUUID): Imported {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) throw tooLarge(bytes);
  const removed: string[] = [];
  let release: Release;
  if (kind === 'json') {
    const { value, dropped } = parsePlainJson(text);
    if (dropped > 0) removed.push(`${dropped} × a “__proto__”, “constructor” or “prototype” key`);
    release = parseReleaseFile(JSON.stringify(value));
  } else {
    release = releaseFromMarkdown(text, { newId, validate: (read) => releaseSchema.parse(read) });
  }
  const excess = bodyExcess(release.body);
  if (excess)
    throw new LoadError(
      `its body holds more than ${(excess === 'blocks' ? MAX_BODY_BLOCKS : MAX_BODY_NODES).toLocaleString('en')} ${excess === 'blocks' ? 'paragraphs, headings and list items' : 'pieces of text'}, far more than any release. Check that it is the right file.`,
    );
  const draft = importedAsDraft(release);
  release = draft.release;
  const claimed = draft.claimed ? { claimed: draft.claimed } : {};
  const clean = sanitizeDoc(release.body);
  if (clean.removed.size === 0) return { release, removed, ...claimed };
  const parsed = releaseSchema.safeParse({ ...release, body: clean.doc });
  if (!parsed.success)
    throw new LoadError(`its body cannot be made to fit a release (${parsed.error.issues[0]?.message})`);
  return { release: parsed.data, removed: [...removed, ...describeRemoved(clean.removed)], ...claimed };
}

/** Reads and parses one file to import; a file over MAX_IMPORT_BYTES is refused before it is read. */
export async function readImportFile(path: string, newId: () => string = randomUUID): Promise<Imported> {
  const kind = importKindOf(path);
  const info = await stat(path).catch((error: unknown) => {
    throw new LoadError(`cannot read it: ${readReason(error)}`);
  });
  if (info.isDirectory()) throw new LoadError('cannot read it: it is a folder, not a file');
  // A pipe or a device could block or never end.
  if (!info.isFile()) throw new LoadError('cannot read it: it is not an ordinary file');
  if (info.size > MAX_IMPORT_BYTES) throw tooLarge(info.size);
  const data = await readFile(path).catch((error: unknown) => {
    throw new LoadError(`cannot read it: ${readReason(error)}`);
  });
  // The file may have grown since it was measured.
  if (data.length > MAX_IMPORT_BYTES) throw tooLarge(data.length);
  return parseImport(decodeImport(data), kind, newId);
}
