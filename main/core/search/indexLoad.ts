import { readFile } from 'node:fs/promises';
import { RELEASE_SCHEMA_VERSION } from '../../../common/model/release';
import { FIELDS, FIELD_COUNT, type IndexedRelease } from './documents';
import { FORMAT, MAX_BYTES, searchIndexPath, type Header } from './indexFile';
import { decodePostings } from './postingCodec';
import type { TermPostings } from './postings';
import { SEARCH_INDEX_VERSION, SearchIndex } from './searchIndex';
import { Slicer } from './slicer';

// Reads the search index file back (its format: indexFile.ts), checking every part of it as it goes.

/** The index, or why there is none: no file yet, or one that cannot be used. */
export type ReadOutcome = { index: SearchIndex } | { missing: true } | { problem: string };

/** The persisted index, loaded in slices; `problem` says why a file that exists cannot be used. */
export async function readIndexFile(dataDir: string, folder: string): Promise<ReadOutcome> {
  let buffer: Buffer;
  try {
    buffer = await readFile(searchIndexPath(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { problem: `it could not be read (${(error as Error).message})` };
  }
  if (buffer.length > MAX_BYTES) return { problem: 'it is too large to be a search index' };
  try {
    return { index: await parseIndex(buffer, folder) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** The index in a file's bytes; throws saying what is wrong with them. */
export async function parseIndex(buffer: Buffer, folder: string): Promise<SearchIndex> {
  const slicer = new Slicer();
  let at = 0;
  const nextLine = (): string | undefined => {
    if (at >= buffer.length) return undefined;
    const end = buffer.indexOf(10, at);
    const line = buffer.toString('utf8', at, end < 0 ? buffer.length : end);
    at = end < 0 ? buffer.length : end + 1;
    return line;
  };
  checkHeader(parseLine(nextLine()), folder);
  const labels = parseLine(nextLine());
  if (!Array.isArray(labels) || labels[0] !== 'labels' || !labels.every(isString)) throw new Error('no labels line');
  const index = new SearchIndex();
  let docs = 0;
  let terms = 0;
  for (;;) {
    const row = parseLine(nextLine());
    if (!Array.isArray(row)) throw new Error('a line is not a list');
    if (row[0] === 'd' && terms === 0) {
      for (let i = 1; i < row.length; i++) restoreDoc(index, row[i], labels as string[]);
      docs += row.length - 1;
    } else if (row[0] === 't') {
      for (let i = 1; i < row.length; i += 2)
        index.postings.restoreTerm(checkTerm(row[i]), postingsOf(row[i + 1], docs));
      terms += (row.length - 1) / 2;
    } else if (row[0] === 'end') {
      if (row[1] !== docs || row[2] !== terms || nextLine()) throw new Error('the file does not end as it says');
      return index;
    } else {
      throw new Error(`an unexpected line (${String(row[0])})`);
    }
    await slicer.pause();
  }
}

function parseLine(line: string | undefined): unknown {
  if (line === undefined) throw new Error('the file ends early');
  return JSON.parse(line);
}

function checkHeader(value: unknown, folder: string): void {
  const header = value as Partial<Header> | null;
  if (header?.format !== FORMAT) throw new Error('it is not a Dateline search index');
  if (header.version !== SEARCH_INDEX_VERSION || header.releaseSchema !== RELEASE_SCHEMA_VERSION) {
    throw new Error(`it was written by another version (${header.version}/${header.releaseSchema})`);
  }
  if (header.folder !== folder) throw new Error('it indexes another releases folder (one since restored)');
  if (JSON.stringify(header.fields) !== JSON.stringify(FIELDS)) throw new Error('it indexes other fields');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function labelAt(labels: string[], at: unknown): string {
  // labels[0] is the line's tag.
  const value = isCount(at) ? labels[at + 1] : undefined;
  if (value === undefined) throw new Error('a release entry names no label');
  return value;
}

function labelsAt(labels: string[], list: unknown): string[] {
  if (!Array.isArray(list)) throw new Error('a release entry is malformed');
  return list.map((at) => labelAt(labels, at));
}

function restoreDoc(index: SearchIndex, row: unknown, labels: string[]): void {
  if (!Array.isArray(row) || row.length !== 13) throw new Error('a release entry is malformed');
  const [id, revision, updatedAt, date, headline, family, type, language, state, issuers, fields, countries, lengths] =
    row as unknown[];
  if (!isString(id) || !isString(updatedAt) || !isString(date) || !isString(headline) || !isCount(revision)) {
    throw new Error('a release entry is malformed');
  }
  if (family !== 0 && !isString(family)) throw new Error('a release entry is malformed');
  if (!Array.isArray(lengths) || lengths.length !== FIELD_COUNT || !lengths.every(isCount)) {
    throw new Error('a release entry has malformed field lengths');
  }
  const meta: IndexedRelease = {
    id,
    revision,
    type: labelAt(labels, type),
    language: labelAt(labels, language),
    issuers: labelsAt(labels, issuers),
    fieldsOfWork: labelsAt(labels, fields),
    countries: labelsAt(labels, countries),
    date,
    updatedAt,
    headline,
    state: labelAt(labels, state),
    familyId: family === 0 ? id : family,
  };
  index.restore(meta, lengths as number[]);
}

function checkTerm(term: unknown): string {
  if (!isString(term) || term === '') throw new Error('a term is malformed');
  return term;
}

function postingsOf(value: unknown, docs: number): TermPostings {
  if (!Array.isArray(value) || value.length % 2 !== 0) throw new Error('a term entry is malformed');
  const postings: TermPostings = [];
  for (let i = 0; i < value.length; i += 2) {
    const field = value[i] as unknown;
    const list = value[i + 1] as unknown;
    if (!isCount(field) || field >= FIELD_COUNT || postings[field] || !isString(list)) {
      throw new Error('a term entry is malformed');
    }
    postings[field] = decodePostings(list, docs);
  }
  return postings;
}
