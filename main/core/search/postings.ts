import SearchableMap from 'minisearch/SearchableMap';
import { BOOSTS, FIELD_COUNT } from './documents';
import { termsOf } from '../../../common/search/terms';

/**
 * The documents holding a term in one field, ascending: each entry packs the document number
 * with the term's frequency in that field (`doc << 8 | freq`), one small integer per posting.
 * Loaded lists are typed arrays, which the garbage collector never copies; a list that grows becomes an array.
 */
export type PostingList = number[] | Int32Array;

/** A term's posting lists by field. */
export type TermPostings = (PostingList | undefined)[];

export const FREQ_BITS = 8;
export const MAX_FREQ = 2 ** FREQ_BITS - 1;
/** Documents are numbered as added and never reused within a session; a file reload numbers them afresh. */
export const MAX_DOCS = 2 ** (31 - FREQ_BITS);

/** One typed word of a query and how loosely it may match. */
export interface QueryWord {
  term: string;
  prefix: boolean;
  /** The edit distance allowed, 0 for none. */
  fuzzy: number;
}

/** The documents matching every word; valid until the next `match` (its arrays are reused). */
export interface Matches {
  docs: number[];
  score(doc: number): number;
  /** The indexed terms that matched in the document, sorted. */
  terms(doc: number): string[];
}

// BM25+ with MiniSearch's parameters and weights, so results rank as they did before this index.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

const NO_MATCHES: Matches = { docs: [], score: () => 0, terms: () => [] };

function grown<T extends Uint32Array | Uint8Array | Uint16Array | Float64Array | Int32Array>(
  array: T,
  size: number,
  make: (n: number) => T,
): T {
  if (array.length >= size) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * An inverted index scored in tight loops over plain integer arrays: a query touching most of
 * 10,000 releases costs a few milliseconds, where a general-purpose engine allocates per match.
 * The vocabulary is a radix tree (MiniSearch's SearchableMap) for prefix and typo-tolerant lookups.
 */
export class Postings {
  readonly terms = new SearchableMap<TermPostings>();
  /** Each document's number of distinct terms, per field (doc * FIELD_COUNT + field). */
  private lengths = new Uint32Array(1024 * FIELD_COUNT);
  private live = new Uint8Array(1024);
  private readonly totals = new Float64Array(FIELD_COUNT);
  private liveCount = 0;
  private next = 0;
  // Scratch space of match(), kept between queries so a query allocates next to nothing.
  private words = new Uint16Array(0);
  private scores = new Float64Array(0);
  private heads = new Int32Array(0);
  private poolTerm = new Int32Array(1024);
  private poolNext = new Int32Array(1024);
  private matchedTerms: string[] = [];

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  /** One past the highest document number given so far. */
  get capacity(): number {
    return this.next;
  }

  isLive(doc: number): boolean {
    return this.live[doc] === 1;
  }

  lengthsOf(doc: number): number[] {
    return Array.from(this.lengths.subarray(doc * FIELD_COUNT, (doc + 1) * FIELD_COUNT));
  }

  /** Indexes a document's field texts and returns its number. */
  add(fields: readonly string[]): number {
    const counts = fields.map((text) => {
      const count = new Map<string, number>();
      for (const term of termsOf(text)) count.set(term, (count.get(term) ?? 0) + 1);
      return count;
    });
    const doc = this.addDocument(counts.map((c) => c.size));
    counts.forEach((count, field) => {
      for (const [term, freq] of count) {
        let postings = this.terms.get(term);
        if (!postings) this.terms.set(term, (postings = []));
        let list = postings[field];
        if (!Array.isArray(list)) postings[field] = list = list ? Array.from(list) : [];
        list.push((doc << FREQ_BITS) | Math.min(freq, MAX_FREQ));
      }
    });
    return doc;
  }

  /** A document known only by its field lengths, as a persisted index lists it before its terms. */
  addDocument(lengths: readonly number[]): number {
    if (this.next >= MAX_DOCS) throw new Error('the search index numbered too many documents: rebuild it');
    const doc = this.next++;
    this.live = grown(this.live, doc + 1, (n) => new Uint8Array(n));
    this.lengths = grown(this.lengths, (doc + 1) * FIELD_COUNT, (n) => new Uint32Array(n));
    for (let f = 0; f < FIELD_COUNT; f++) {
      const length = lengths[f] ?? 0;
      this.lengths[doc * FIELD_COUNT + f] = length;
      this.totals[f]! += length;
    }
    this.live[doc] = 1;
    this.liveCount++;
    return doc;
  }

  /** A term as a persisted index lists it, after its documents; its lists must be checked by the caller. */
  restoreTerm(term: string, postings: TermPostings): void {
    if (this.terms.has(term)) throw new Error(`the search index lists the term ${term} twice`);
    this.terms.set(term, postings);
  }

  /** Takes a document out of every result; its postings go at the next purge. */
  remove(doc: number): void {
    if (this.live[doc] !== 1) return;
    this.live[doc] = 0;
    this.liveCount--;
    for (let f = 0; f < FIELD_COUNT; f++) this.totals[f]! -= this.lengths[doc * FIELD_COUNT + f]!;
  }

  /** Drops the postings of removed documents from one term, and the term once none is left. */
  purge(term: string): void {
    const postings = this.terms.get(term);
    if (!postings) return;
    let left = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const list = postings[f];
      if (!list) continue;
      const kept = (list as number[]).filter((entry) => this.live[entry >>> FREQ_BITS] === 1);
      postings[f] = kept.length > 0 ? kept : undefined;
      left += kept.length;
    }
    if (left === 0) this.terms.delete(term);
  }

  /** Documents holding every word (AND), each scored and with the terms it matched. */
  match(words: readonly QueryWord[]): Matches {
    const n = this.next;
    this.words = grown(this.words, n, (size) => new Uint16Array(size));
    this.scores = grown(this.scores, n, (size) => new Float64Array(size));
    this.heads = grown(this.heads, n, (size) => new Int32Array(size));
    this.words.fill(0, 0, n);
    this.scores.fill(0, 0, n);
    this.heads.fill(-1, 0, n);
    this.matchedTerms = [];
    let pooled = 0;
    const candidates: number[] = [];
    // A document counts as matched so far only if it matched every earlier word.
    for (let w = 0; w < words.length; w++) {
      const expansions = this.expand(words[w]!);
      if (expansions.size === 0) return NO_MATCHES;
      for (const [term, [postings, weight]] of expansions) {
        const e = this.matchedTerms.push(term) - 1;
        for (let f = 0; f < FIELD_COUNT; f++) {
          const list = postings[f];
          if (!list) continue;
          const holding = this.liveIn(list);
          const idf = Math.log(1 + (this.liveCount - holding + 0.5) / (holding + 0.5));
          const average = this.totals[f]! / this.liveCount;
          const boost = BOOSTS[f]! * weight * idf;
          for (let i = 0; i < list.length; i++) {
            const entry = list[i]!;
            const doc = entry >>> FREQ_BITS;
            const seen = this.words[doc]!;
            if (seen < w || this.live[doc] !== 1) continue;
            if (seen === w) {
              this.words[doc] = w + 1;
              if (w === 0) candidates.push(doc);
            }
            const tf = entry & MAX_FREQ;
            const norm = 1 - B + (B * this.lengths[doc * FIELD_COUNT + f]!) / average;
            this.scores[doc]! += boost * (D + (tf * (K + 1)) / (tf + K * norm));
            const head = this.heads[doc]!;
            if (head < 0 || this.poolTerm[head] !== e) {
              if (pooled === this.poolTerm.length) this.growPool();
              this.poolTerm[pooled] = e;
              this.poolNext[pooled] = head;
              this.heads[doc] = pooled++;
            }
          }
        }
      }
    }
    const all = words.length;
    return {
      docs: candidates.filter((doc) => this.words[doc] === all),
      // MiniSearch multiplies by the number of query words matched: the same for every AND result.
      score: (doc) => this.scores[doc]! * all,
      terms: (doc) => {
        const found = new Set<string>();
        for (let k = this.heads[doc]!; k >= 0; k = this.poolNext[k]!) found.add(this.matchedTerms[this.poolTerm[k]!]!);
        return [...found].sort();
      },
    };
  }

  /** The indexed terms a word stands for, with the weight of each: exact 1, then prefix and typo matches. */
  private expand(word: QueryWord): Map<string, [TermPostings, number]> {
    const found = new Map<string, [TermPostings, number]>();
    const exact = this.terms.get(word.term);
    if (exact) found.set(word.term, [exact, 1]);
    if (word.prefix) {
      for (const [term, postings] of this.terms.atPrefix(word.term)) {
        const distance = term.length - word.term.length;
        if (distance > 0) found.set(term, [postings, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)]);
      }
    }
    if (word.fuzzy > 0) {
      for (const [term, [postings, distance]] of this.terms.fuzzyGet(word.term, word.fuzzy)) {
        if (distance > 0 && !found.has(term)) {
          found.set(term, [postings, (FUZZY_WEIGHT * term.length) / (term.length + distance)]);
        }
      }
    }
    return found;
  }

  /** How many live documents a posting list holds: BM25 weighs a term by how rare it is. */
  private liveIn(list: ArrayLike<number>): number {
    if (this.liveCount === this.next) return list.length;
    let count = 0;
    for (let i = 0; i < list.length; i++) count += this.live[list[i]! >>> FREQ_BITS]!;
    return count;
  }

  private growPool(): void {
    this.poolTerm = grown(this.poolTerm, this.poolTerm.length * 2, (n) => new Int32Array(n));
    this.poolNext = grown(this.poolNext, this.poolNext.length * 2, (n) => new Int32Array(n));
  }
}
