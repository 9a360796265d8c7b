import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { rawText } from '../../../common/doc/walk';
import { bodyPlainText } from '../../../common/render/plainText';
import type { DocNode } from '../model/doc';
import type { Release } from '../model/release';

/**
 * The persisted index's format. Raise it whenever what is indexed or how terms are processed
 * changes: a persisted index of another version is refused by `fromJSON` and must be rebuilt.
 */
export const SEARCH_INDEX_VERSION = 1;

/** What the library asks for. Filters are AND across kinds and OR within one; an empty list filters nothing. */
export interface LibraryQuery {
  text?: string;
  states?: string[];
  types?: string[];
  issuers?: string[];
  fieldsOfWork?: string[];
  countries?: string[];
  languages?: string[];
  /** YYYY-MM-DD, inclusive; a release without a date is left out once either bound is set. */
  dateFrom?: string;
  dateTo?: string;
  /** Default: 'relevance' with text, 'updated' without. */
  sort?: 'date' | 'updated' | 'headline' | 'relevance';
  limit?: number;
}

export interface LibraryHit {
  id: string;
  score: number;
  /** The matched terms as indexed (lower case, no diacritics): compare with `normalizeTerm` or use `matchRanges`. */
  terms: string[];
  /** A short excerpt of the body or lead around the first match; only when the query has text. */
  snippet?: string;
}

export interface LibraryResult {
  /** How many releases match before `limit`. */
  total: number;
  hits: LibraryHit[];
}

/** What the index keeps of each release, besides its terms. */
export interface IndexedRelease {
  id: string;
  revision: number;
  type: string;
  language: string;
  issuers: string[];
  fieldsOfWork: string[];
  countries: string[];
  date: string;
  updatedAt: string;
  headline: string;
  state: string;
  familyId: string;
  lead: string;
  body: string;
}

interface SearchDocument extends IndexedRelease {
  subheading: string;
  quotes: string;
  speakers: string;
}

const SEARCH_FIELDS = ['headline', 'subheading', 'lead', 'body', 'quotes', 'speakers'] as const;
// The id is kept by MiniSearch itself.
const STORE_FIELDS: readonly Exclude<keyof IndexedRelease, 'id'>[] = [
  'revision',
  'type',
  'language',
  'issuers',
  'fieldsOfWork',
  'countries',
  'date',
  'updatedAt',
  'headline',
  'state',
  'familyId',
  'lead',
  'body',
];

// Words end at spaces (tabs too, which MiniSearch's default misses), punctuation, symbols and controls.
const SEPARATORS = /[\s\p{Z}\p{P}\p{S}\p{Cc}]+/u;
const WORD = /[^\s\p{Z}\p{P}\p{S}\p{Cc}]+/gu;
/** Accents (after NFD) and invisible format characters such as soft hyphens. */
const IGNORED = /[\p{M}\p{Cf}]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/** Words with diacritics recur: decompose each once. */
const normalized = new Map<string, string>();

/** A word as the index stores it: lower case, without diacritics ("Mektić" → "mektic"). */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII: skip the costly decomposition for them.
  if (ASCII.test(term)) return term.toLowerCase();
  let normal = normalized.get(term);
  if (normal === undefined) {
    normal = term.normalize('NFD').replace(IGNORED, '').toLowerCase();
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(term, normal);
  }
  return normal;
}

// The same options must build and reload an index, or a reloaded one would read terms differently.
const OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORE_FIELDS],
  tokenize: (text) => text.split(SEPARATORS),
  processTerm: (term) => normalizeTerm(term) || null,
  searchOptions: {
    boost: { headline: 3, speakers: 2, quotes: 1.5 },
    prefix: true,
    fuzzy: 0.2,
    // Every word typed narrows the list, as in a mail client's search.
    combineWith: 'AND',
  },
};

function quotedWords(node: DocNode, out: string[] = []): string[] {
  if (node.type === 'quote') out.push(rawText(node));
  else node.content?.forEach((child) => quotedWords(child, out));
  return out;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** The document MiniSearch indexes for one release. */
function toDocument(release: Release): SearchDocument {
  // workflow and familyId are being added to the model; read them without relying on their types yet.
  const loose = release as unknown as { workflow?: { state?: unknown }; familyId?: unknown };
  return {
    id: release.id,
    revision: release.revision,
    type: release.type,
    language: release.language,
    issuers: release.issuers,
    fieldsOfWork: release.fieldsOfWork,
    countries: release.countries,
    date: release.date,
    updatedAt: release.updatedAt,
    headline: release.headline,
    state: stringOr(loose.workflow?.state, 'draft'),
    familyId: stringOr(loose.familyId, release.id),
    subheading: release.subheading,
    lead: release.lead,
    body: bodyPlainText(release),
    quotes: quotedWords(release.body).join('\n'),
    speakers: release.speakers.flatMap((s) => [s.name, s.shortName, s.role]).join('\n'),
  };
}

/** Where each word of `text` whose indexed form is one of `terms` stands, as [start, end) offsets. */
export function matchRanges(text: string, terms: readonly string[], max = Infinity): [number, number][] {
  const wanted = new Set(terms);
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (ranges.length >= max) break;
    if (wanted.has(normalizeTerm(match[0]))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

const SNIPPET_LENGTH = 160;
const SNIPPET_BEFORE = 50;

/** About SNIPPET_LENGTH characters of `text` on one line, cut at spaces, opening near `at`. */
function excerpt(text: string, at: number): string {
  // Close to the start, show the start rather than cut a word or two off it.
  let start = at - SNIPPET_BEFORE < SNIPPET_BEFORE / 2 ? 0 : at - SNIPPET_BEFORE;
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + line + (end < text.length ? '…' : '');
}

function snippetOf(doc: IndexedRelease, terms: readonly string[]): string | undefined {
  for (const text of [doc.body, doc.lead]) {
    const first = matchRanges(text, terms, 1)[0];
    if (first) return excerpt(text, first[0]);
  }
  // Matched only in the headline, quotes' speakers or roles: open the list entry with the text's start.
  const opening = doc.lead.trim() || doc.body.trim();
  return opening ? excerpt(opening, 0) : undefined;
}

function anyOf(wanted: string[] | undefined, values: string | string[]): boolean {
  if (!wanted || wanted.length === 0) return true;
  return typeof values === 'string' ? wanted.includes(values) : values.some((v) => wanted.includes(v));
}

function passes(doc: IndexedRelease, q: LibraryQuery): boolean {
  if (q.dateFrom && !(doc.date !== '' && doc.date >= q.dateFrom)) return false;
  if (q.dateTo && !(doc.date !== '' && doc.date <= q.dateTo)) return false;
  return (
    anyOf(q.states, doc.state) &&
    anyOf(q.types, doc.type) &&
    anyOf(q.languages, doc.language) &&
    anyOf(q.issuers, doc.issuers) &&
    anyOf(q.fieldsOfWork, doc.fieldsOfWork) &&
    anyOf(q.countries, doc.countries)
  );
}

const collator = new Intl.Collator();

type Ranked = { doc: IndexedRelease; score: number; terms: string[]; updated: number };

/** Newest first; releases without a date (or headline, for A–Z) go last; ties by last edit, then id. */
function comparator(sort: NonNullable<LibraryQuery['sort']>): (a: Ranked, b: Ranked) => number {
  const byUpdated = (a: Ranked, b: Ranked) => b.updated - a.updated || (a.doc.id < b.doc.id ? -1 : 1);
  const emptyLast = (a: string, b: string) => Number(a === '') - Number(b === '');
  switch (sort) {
    case 'relevance':
      return (a, b) => b.score - a.score || byUpdated(a, b);
    case 'date':
      return (a, b) =>
        emptyLast(a.doc.date, b.doc.date) ||
        (a.doc.date === b.doc.date ? 0 : a.doc.date > b.doc.date ? -1 : 1) ||
        byUpdated(a, b);
    case 'headline':
      return (a, b) =>
        emptyLast(a.doc.headline.trim(), b.doc.headline.trim()) ||
        collator.compare(a.doc.headline.trim(), b.doc.headline.trim()) ||
        byUpdated(a, b);
    case 'updated':
      return byUpdated;
  }
}

const HEADER = `{"version":${SEARCH_INDEX_VERSION},"index":`;

/**
 * The library's full-text index and filters over every release, on plain Node.
 * Keep it in step with the store (`update` on every save, `remove` on delete); persist it with `toJSON`.
 */
export class SearchIndex {
  static readonly version = SEARCH_INDEX_VERSION;

  private mini = new MiniSearch<SearchDocument>(OPTIONS);

  constructor(releases: Iterable<Release> = []) {
    for (const release of releases) this.add(release);
  }

  /** Reloads a persisted index; throws when it was written by another version (rebuild it then). */
  static fromJSON(text: string): SearchIndex {
    if (!text.startsWith(HEADER) || !text.endsWith('}')) {
      throw new Error(`not a search index of version ${SEARCH_INDEX_VERSION}: rebuild it from the releases`);
    }
    const index = new SearchIndex();
    index.mini = MiniSearch.loadJSON(text.slice(HEADER.length, -1), OPTIONS);
    return index;
  }

  /** The index as text, version first so a stale one is recognised without parsing it. */
  toJSON(): string {
    return `${HEADER}${JSON.stringify(this.mini)}}`;
  }

  get size(): number {
    return this.mini.documentCount;
  }

  has(id: string): boolean {
    return this.mini.has(id);
  }

  /** What the index holds for a release: compare its `revision` with the store's to find stale entries. */
  get(id: string): IndexedRelease | undefined {
    const stored = this.mini.getStoredFields(id);
    return stored && ({ id, ...stored } as IndexedRelease);
  }

  /** Every indexed id, e.g. to drop releases deleted while a persisted index was on disk. */
  ids(): string[] {
    return this.mini.search(MiniSearch.wildcard).map((r) => r.id as string);
  }

  /** Adds a release that is not in the index yet (use `update` when it may be). */
  add(release: Release): void {
    this.mini.add(toDocument(release));
  }

  /** Replaces a release's entry, or adds it. */
  update(release: Release): void {
    if (this.mini.has(release.id)) this.mini.discard(release.id);
    this.mini.add(toDocument(release));
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  search(query: LibraryQuery): LibraryResult {
    const text = query.text ?? '';
    const hasText = [...text.matchAll(WORD)].some((m) => normalizeTerm(m[0]) !== '');
    const filter = (result: SearchResult) => passes(result as unknown as IndexedRelease, query);
    const results = hasText ? this.mini.search(text, { filter }) : this.mini.search(MiniSearch.wildcard, { filter });
    const sort =
      query.sort === 'relevance' && !hasText ? 'updated' : (query.sort ?? (hasText ? 'relevance' : 'updated'));
    const ranked = results.map((result): Ranked => {
      const doc = result as unknown as IndexedRelease;
      // A reloaded index sums the same scores in another order: round off the last bits, so equal ties stay ties.
      const score = hasText ? Math.round(result.score * 1e9) / 1e9 : 0;
      return { doc, score, terms: [...result.terms].sort(), updated: Date.parse(doc.updatedAt) || 0 };
    });
    ranked.sort(comparator(sort));
    const limited = query.limit === undefined ? ranked : ranked.slice(0, Math.max(0, query.limit));
    return {
      total: ranked.length,
      hits: limited.map(({ doc, score, terms }) => {
        const hit: LibraryHit = { id: doc.id, score, terms };
        const snippet = hasText ? snippetOf(doc, terms) : undefined;
        if (snippet !== undefined) hit.snippet = snippet;
        return hit;
      }),
    };
  }
}
