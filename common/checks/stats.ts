import type { ReleaseContent } from '../model/release';
import { bodyPlainText } from '../render/plainText';
import { charCount } from './text';

const WORDS_PER_MINUTE = 200;
// A word has a letter or digit, so the dateline's dash is not counted as one.
const WORD = /[\p{L}\p{N}]/u;

/** Length figures shown beside the editor. */
export interface TextStats {
  words: number;
  /** Characters including spaces, not counting line breaks. */
  characters: number;
  /** At 200 words a minute, rounded up; 0 for an empty release. */
  readingMinutes: number;
}

/** Counts over the headline, subheading, lead and the body as readers see it (dateline and quote marks included). */
export function textStats(content: ReleaseContent): TextStats {
  const parts = [content.headline, content.subheading, content.lead, bodyPlainText(content)];
  const words = parts.reduce((sum, part) => sum + part.split(/\s+/).filter((token) => WORD.test(token)).length, 0);
  const characters = parts.reduce((sum, part) => sum + charCount(part.replace(/[\r\n]/g, '')), 0);
  return { words, characters, readingMinutes: Math.ceil(words / WORDS_PER_MINUTE) };
}
