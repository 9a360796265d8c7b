import type { Release } from '../../../common/model/release';
import { toDocument, type IndexedRelease } from './documents';
import { Postings, type Matches, type QueryWord } from './postings';
import { queryTerms } from '../../../common/search/terms';
import type { LibraryQuery, LibraryResult } from '../../../common/model/library';

export type { IndexedRelease } from './documents';
export type { LibraryHit, LibraryQuery, LibraryResult } from '../../../common/model/library';
export { matchRanges, normalizeTerm } from '../../../common/search/terms';

/**
 * The persisted index's format. Raise it whenever what is indexed, how terms are processed or how
 * the file is laid out changes: a persisted index of another version is ignored and rebuilt.
 */
export const SEARCH_INDEX_VERSION = 2;

/** Typo tolerance by word length: none under five letters (too many near neighbours), one up to eight, then two. */
const fuzzyFor = (term: string): number => (term.length < 5 ? 0 : term.length < 9 ? 1 : 2);

/** The query's words; only the last, still being typed, also matches as a prefix. */
export function queryWords(text: string | undefined): QueryWord[] {
  const terms = queryTerms(text);
  return terms.map((term, i) => ({ term, prefix: i === terms.length - 1, fuzzy: fuzzyFor(term) }));
}

/** One test per filter the query sets, so an unfiltered query tests nothing. */
function filterOf(q: LibraryQuery): (doc: IndexedRelease) => boolean {
  const checks: ((doc: IndexedRelease) => boolean)[] = [];
  const among = (wanted: string[] | undefined, value: (doc: IndexedRelease) => string | string[]) => {
    if (!wanted || wanted.length === 0) return;
    const set = new Set(wanted);
    checks.push((doc) => {
      const v = value(doc);
      return typeof v === 'string' ? set.has(v) : v.some((x) => set.has(x));
    });
  };
  if (q.dateFrom) checks.push((doc) => doc.date !== '' && doc.date >= q.dateFrom!);
  if (q.dateTo) checks.push((doc) => doc.date !== '' && doc.date <= q.dateTo!);
  among(q.states, (doc) => doc.state);
  among(q.types, (doc) => doc.type);
  among(q.languages, (doc) => doc.language);
  among(q.issuers, (doc) => doc.issuers);
  among(q.fieldsOfWork, (doc) => doc.fieldsOfWork);
  among(q.countries, (doc) => doc.countries);
  return (doc) => checks.every((check) => check(doc));
}

const collator = new Intl.Collator();

/** What a sort reads of each document, by number: arrays, where an object per match would make 9,000 for one query. */
interface SortKeys {
  docs: readonly (IndexedRelease | undefined)[];
  updated: readonly number[];
  scores: Float64Array;
}

/** Newest first; releases without a date (or headline, for A–Z) go last; ties by last edit, then id. */
function comparator(sort: NonNullable<LibraryQuery['sort']>, k: SortKeys): (a: number, b: number) => number {
  const { docs, updated, scores } = k;
  const byUpdated = (a: number, b: number) => updated[b]! - updated[a]! || (docs[a]!.id < docs[b]!.id ? -1 : 1);
  const emptyLast = (a: string, b: string) => Number(a === '') - Number(b === '');
  switch (sort) {
    case 'relevance':
      return (a, b) => scores[b]! - scores[a]! || byUpdated(a, b);
    case 'date':
      return (a, b) => {
        const x = docs[a]!.date;
        const y = docs[b]!.date;
        return emptyLast(x, y) || (x === y ? 0 : x > y ? -1 : 1) || byUpdated(a, b);
      };
    case 'headline':
      return (a, b) => {
        const x = docs[a]!.headline.trim();
        const y = docs[b]!.headline.trim();
        return emptyLast(x, y) || collator.compare(x, y) || byUpdated(a, b);
      };
    case 'updated':
      return byUpdated;
  }
}

/**
 * The library's full-text index and filters over every release, on plain Node.
 * Keep it in step with the store (`update` on every save, `remove` on delete); indexFile.ts persists it.
 */
export class SearchIndex {
  static readonly version = SEARCH_INDEX_VERSION;

  readonly postings = new Postings();
  private readonly numbers = new Map<string, number>();
  /** By document number; undefined once removed. */
  private readonly docs: (IndexedRelease | undefined)[] = [];
  private readonly updated: number[] = [];
  /** A query's rounded scores by document number, reused between queries. */
  private scores = new Float64Array(0);
  private changes = 0;

  constructor(releases: Iterable<Release> = []) {
    for (const release of releases) this.add(release);
  }

  get size(): number {
    return this.numbers.size;
  }

  /** Counts every change, so a writer can tell that the index moved under it. */
  get version(): number {
    return this.changes;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** What the index holds for a release: compare its `revision` with the store's to find stale entries. */
  get(id: string): IndexedRelease | undefined {
    const doc = this.numbers.get(id);
    return doc === undefined ? undefined : this.docs[doc];
  }

  /** Every indexed id, e.g. to drop releases deleted while a persisted index was on disk. */
  ids(): string[] {
    return [...this.numbers.keys()];
  }

  /** The live documents' numbers, ascending, each with what it holds. */
  *entries(): Generator<[number, IndexedRelease]> {
    for (const doc of [...this.numbers.values()].sort((a, b) => a - b)) {
      const meta = this.docs[doc];
      if (meta) yield [doc, meta];
    }
  }

  /** Adds a release that is not in the index yet (use `update` when it may be). */
  add(release: Release): void {
    if (this.numbers.has(release.id)) throw new Error(`the search index already holds ${release.id}`);
    const { meta, fields } = toDocument(release);
    this.track(this.postings.add(fields), meta);
  }

  /** A release as a persisted index lists it, before its terms; returns its document number. */
  restore(meta: IndexedRelease, lengths: readonly number[]): number {
    if (this.numbers.has(meta.id)) throw new Error(`the search index lists ${meta.id} twice`);
    const doc = this.postings.addDocument(lengths);
    this.track(doc, meta);
    return doc;
  }

  /** Replaces a release's entry, or adds it. */
  update(release: Release): void {
    this.remove(release.id);
    this.add(release);
  }

  remove(id: string): void {
    const doc = this.numbers.get(id);
    if (doc === undefined) return;
    this.numbers.delete(id);
    this.docs[doc] = undefined;
    this.postings.remove(doc);
    this.changes++;
  }

  search(query: LibraryQuery): LibraryResult {
    const words = queryWords(query.text);
    const keep = filterOf(query);
    const found: number[] = [];
    let matches: Matches | undefined;
    if (this.scores.length < this.postings.capacity) this.scores = new Float64Array(this.postings.capacity * 2);
    if (words.length > 0) {
      matches = this.postings.match(words);
      for (const at of matches.docs) {
        const doc = this.docs[at];
        if (!doc || !keep(doc)) continue;
        // A reloaded index sums the same scores in another order: round off the last bits, so equal ties stay ties.
        this.scores[at] = Math.round(matches.score(at) * 1e9) / 1e9;
        found.push(at);
      }
    } else {
      for (const at of this.numbers.values()) if (keep(this.docs[at]!)) found.push(at);
    }
    const sort =
      query.sort === 'relevance' && !matches ? 'updated' : (query.sort ?? (matches ? 'relevance' : 'updated'));
    found.sort(comparator(sort, { docs: this.docs, updated: this.updated, scores: this.scores }));
    const limited = query.limit === undefined ? found : found.slice(0, Math.max(0, query.limit));
    return {
      total: found.length,
      hits: limited.map((at) => ({
        id: this.docs[at]!.id,
        score: matches ? this.scores[at]! : 0,
        terms: matches ? matches.terms(at) : [],
      })),
    };
  }

  private track(doc: number, meta: IndexedRelease): void {
    this.numbers.set(meta.id, doc);
    this.docs[doc] = meta;
    this.updated[doc] = Date.parse(meta.updatedAt) || 0;
    this.changes++;
  }
}
