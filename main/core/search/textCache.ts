import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { RELEASE_SCHEMA_VERSION, type Release } from '../../../common/model/release';
import { MAX_FILE_BYTES } from '../store/jsonFile';
import { RELEASES_DIR, type ReleaseStore } from '../store/releaseStore';
import { snippetTextOf, type SnippetText } from './snippets';

/** A release's snippet text as of one revision. */
interface Entry {
  revision: number;
  updatedAt: string;
  text: SnippetText;
}

/**
 * Reads the text a snippet is cut from. A file of the current schema is parsed as it is: a snippet
 * only displays text, and the store's strict decoding and full validation cost four times as much,
 * thirty times a query. Anything else (an older schema, a broken or huge file) goes through
 * `store.get`, which migrates it or sets it aside.
 */
export async function readSnippetText(store: ReleaseStore, id: string): Promise<Entry> {
  try {
    const handle = await open(join(store.dataDir, RELEASES_DIR, `${id}.json`), 'r');
    try {
      if ((await handle.stat()).size <= MAX_FILE_BYTES) {
        const raw = JSON.parse(await handle.readFile('utf8')) as Release | null;
        if (raw?.schemaVersion === RELEASE_SCHEMA_VERSION && raw.id === id) {
          return { revision: raw.revision, updatedAt: raw.updatedAt, text: snippetTextOf(raw) };
        }
      }
    } finally {
      await handle.close();
    }
  } catch {
    // Missing, unreadable or malformed: the store says what it is.
  }
  const release = await store.get(id);
  return { revision: release.revision, updatedAt: release.updatedAt, text: snippetTextOf(release) };
}

/** The snippet text of the releases last shown, least recently used first out. */
export class TextCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly read: (id: string) => Promise<Entry>,
    private readonly size = 200,
  ) {}

  /** The text of the release as of `revision`; undefined if it cannot be read now (no snippet then). */
  async get(id: string, revision: number, updatedAt: string): Promise<SnippetText | undefined> {
    let entry = this.entries.get(id);
    if (!entry || entry.revision !== revision || entry.updatedAt !== updatedAt) {
      entry = await this.read(id).catch(() => undefined);
      if (!entry) return undefined;
    }
    // Re-inserted, so the Map's order is the order of use.
    this.entries.delete(id);
    this.entries.set(id, entry);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return entry.text;
  }
}
