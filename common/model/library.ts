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
  /** The matched terms as indexed (lower case, no diacritics): compare with `normalizeTerm` or use `matchRanges` (main/core/search/terms.ts). */
  terms: string[];
  /** A short excerpt of the body or lead around the first match; only for the first hits of a query with text. */
  snippet?: string;
}

export interface LibraryResult {
  /** How many releases match before `limit`. */
  total: number;
  hits: LibraryHit[];
}
