import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RELEASE_SCHEMA_VERSION } from '../../../common/model/release';
import { writeFileAtomic } from '../store/atomic';
import { INDEX_DIR } from '../store/libraryIndex';
import { FIELDS } from './documents';
import { encodePostings } from './postingCodec';
import { SEARCH_INDEX_VERSION, type SearchIndex } from './searchIndex';
import { Slicer } from './slicer';

/**
 * The search index kept between runs, so the first search after opening need not read every release.
 * A cache, never the truth: whatever is wrong with it (missing, broken, another version, another
 * releases folder, told by the folder's identity as the library index tells it) makes it ignored,
 * and the index is built from the releases again.
 *
 * NDJSON, so it loads a line at a time between turns of the event loop:
 *   {"format":"dateline-search","version":…,"releaseSchema":…,"folder":…,"fields":[…]}
 *   ["labels", "en", "OSCE Secretariat", …]     types, languages, states, issuers, fields of work, countries
 *   ["d", [id, revision, updatedAt, date, headline, familyId or 0 (its own id), type#, language#, state#,
 *          [issuer#…], [fieldOfWork#…], [country#…], [field lengths…]], …]     # = a place in "labels"
 *   ["t", term, [field, postings, field, postings…], …]                       postings: see postingCodec.ts
 *   ["end", releases, terms]
 * Releases are numbered by their order in the file. indexLoad.ts reads it back.
 */
export const SEARCH_INDEX_FILE = 'search.ndjson';
export const FORMAT = 'dateline-search';
const DOCS_PER_LINE = 250;
const POSTINGS_PER_LINE = 8000;
const TERMS_PER_LINE = 1000;
/** Far above what 100,000 releases need: anything larger is not ours. */
export const MAX_BYTES = 512 * 1024 * 1024;

export const searchIndexPath = (dataDir: string): string => join(dataDir, INDEX_DIR, SEARCH_INDEX_FILE);

export interface Header {
  format: string;
  version: number;
  releaseSchema: number;
  folder: string;
  fields: string[];
}

const headerOf = (folder: string): Header => ({
  format: FORMAT,
  version: SEARCH_INDEX_VERSION,
  releaseSchema: RELEASE_SCHEMA_VERSION,
  folder,
  fields: [...FIELDS],
});

/**
 * The index as the file's text, in slices; undefined if the index changed or `stop()` said so
 * meanwhile (write it later). Drops the postings of removed releases as it goes.
 */
export async function serializeIndex(
  index: SearchIndex,
  folder: string,
  stop: () => boolean = () => false,
): Promise<string | undefined> {
  const slicer = new Slicer();
  const version = index.version;
  const moved = () => stop() || index.version !== version;
  const lines = [JSON.stringify(headerOf(folder))];
  const labels = new Map<string, number>();
  const label = (value: string): number => {
    let at = labels.get(value);
    if (at === undefined) labels.set(value, (at = labels.size));
    return at;
  };
  const renumbered = new Int32Array(index.postings.capacity).fill(-1);
  let docs = 0;
  let row: unknown[] = ['d'];
  for (const [doc, m] of index.entries()) {
    renumbered[doc] = docs++;
    row.push([
      m.id,
      m.revision,
      m.updatedAt,
      m.date,
      m.headline,
      m.familyId === m.id ? 0 : m.familyId,
      label(m.type),
      label(m.language),
      label(m.state),
      m.issuers.map(label),
      m.fieldsOfWork.map(label),
      m.countries.map(label),
      index.postings.lengthsOf(doc),
    ]);
    if (row.length > DOCS_PER_LINE) {
      lines.push(JSON.stringify(row));
      row = ['d'];
      await slicer.pause();
      if (moved()) return undefined;
    }
  }
  if (row.length > 1) lines.push(JSON.stringify(row));
  lines.splice(1, 0, JSON.stringify(['labels', ...labels.keys()]));
  // The terms first, then their postings: purging a term while walking the tree would upset the walk.
  const keys: string[] = [];
  for (const term of index.postings.terms.keys()) {
    keys.push(term);
    if (!slicer.due) continue;
    await slicer.pause();
    if (moved()) return undefined;
  }
  let terms = 0;
  let postingsInRow = 0;
  row = ['t'];
  for (const term of keys) {
    index.postings.purge(term);
    const postings = index.postings.terms.get(term);
    if (!postings) continue;
    const fields: unknown[] = [];
    postings.forEach((list, field) => {
      if (!list) return;
      fields.push(field, encodePostings(list, renumbered));
      postingsInRow += list.length;
    });
    row.push(term, fields);
    terms++;
    if (postingsInRow >= POSTINGS_PER_LINE || row.length > 2 * TERMS_PER_LINE) {
      lines.push(JSON.stringify(row));
      row = ['t'];
      postingsInRow = 0;
      await slicer.pause();
      if (moved()) return undefined;
    }
  }
  if (row.length > 1) lines.push(JSON.stringify(row));
  lines.push(JSON.stringify(['end', docs, terms]));
  // A release removed between two slices would leave numbers of -1 behind: write only an unmoved index.
  return moved() ? undefined : `${lines.join('\n')}\n`;
}

/** Writes the file atomically: a crash leaves the old one or the new one, never half of it. */
export async function writeIndexFile(dataDir: string, text: string): Promise<void> {
  const path = searchIndexPath(dataDir);
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
}
