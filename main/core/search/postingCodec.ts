import { FREQ_BITS, MAX_FREQ } from './postings';

/**
 * A posting list as a short string for the index file: per posting the gap to the previous
 * document and the frequency, as a varint in URL-safe base64 characters (5 bits and a "more" bit
 * each). A common word's postings take one character each where JSON numbers take four, and a
 * string parses far faster than an array of numbers.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
const MORE = 32;
/** Frequencies below 7 share the gap's varint; from 7 on, the gap says so and the rest follows in a varint. */
const FREQ_INLINE = 7;

function put(out: string[], value: number): void {
  while (value >= MORE) {
    out.push(ALPHABET[(value & (MORE - 1)) | MORE]!);
    value >>>= 5;
  }
  out.push(ALPHABET[value]!);
}

/** Encodes packed entries (`doc << FREQ_BITS | freq`, ascending), each document renumbered as the file numbers it. */
export function encodePostings(entries: ArrayLike<number>, renumber: ArrayLike<number>): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const doc = renumber[entry >>> FREQ_BITS]!;
    const freq = entry & MAX_FREQ;
    put(out, ((doc - previous - 1) << 3) | (freq < FREQ_INLINE ? freq - 1 : FREQ_INLINE - 1));
    if (freq >= FREQ_INLINE) put(out, freq - FREQ_INLINE);
    previous = doc;
  }
  return out.join('');
}

/** Where lists are decoded before they are copied out at their exact size. */
let scratch = new Int32Array(1024);

/** Decodes a list, checking every document number is below `docs`; throws on anything malformed. */
export function decodePostings(text: string, docs: number): Int32Array {
  // Each posting takes at least one character.
  if (scratch.length < text.length) scratch = new Int32Array(text.length * 2);
  let count = 0;
  let previous = -1;
  let value = 0;
  let shift = 0;
  /** The document whose frequency (7 or more) is the next varint; -1 when a gap comes next. */
  let waiting = -1;
  // One pass over the characters, no call per posting: a load decodes a million of them.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? VALUE[code]! : -1;
    if (digit < 0 || shift > 25) throw new Error('a posting list is malformed');
    value |= (digit & (MORE - 1)) << shift;
    if (digit & MORE) {
      shift += 5;
      continue;
    }
    let doc = waiting;
    let freq = FREQ_INLINE + value;
    if (waiting < 0) {
      doc = previous + 1 + (value >>> 3);
      freq = (value & 7) + 1;
    }
    value = 0;
    shift = 0;
    if (waiting < 0 && freq === FREQ_INLINE) {
      waiting = doc;
      continue;
    }
    waiting = -1;
    if (doc >= docs || freq > MAX_FREQ) throw new Error('a posting names no listed release');
    scratch[count++] = (doc << FREQ_BITS) | freq;
    previous = doc;
  }
  if (count === 0 || waiting >= 0 || shift > 0) throw new Error('a posting list is malformed');
  return scratch.slice(0, count);
}
