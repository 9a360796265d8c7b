import { QUOTE_STYLES } from '../quotes';
import { droppedRanges, isDropped, matchBody, NO_TEXT } from './text';
import { TEXT_FIELD_LABELS, type Finding, type Rule } from './types';

// A mark opens a quotation at the start of the text or after a space, dash or opening bracket.
const AFTER_OPENER = `^|[\\s${NO_TEXT}(\\[{“„«‘—–/]`;
const DOUBLE_OPENING = new RegExp(`(?<=${AFTER_OPENER})"`, 'gu');
const DOUBLE_CLOSING = new RegExp(`(?<!${AFTER_OPENER})"`, 'gu');
// A single mark at a word's start, or at its end before a space, punctuation or the end, is a quotation mark;
// inside a word (Slovakia's) it is an apostrophe.
const SINGLE_OPENING = new RegExp(`(?<=${AFTER_OPENER})'(?=\\p{L})`, 'gu');
const SINGLE_CLOSING = new RegExp(`(?<=[\\p{L}\\p{N}.,!?…])'(?=$|[\\s${NO_TEXT}.,;:!?…)\\]}”»—–])`, 'gu');

interface Mark {
  pattern: RegExp;
  double: boolean;
  /** The curly mark to type instead, in the release's language. */
  curly: (style: { open: string; close: string }) => string;
}

const MARKS: readonly Mark[] = [
  { pattern: DOUBLE_OPENING, double: true, curly: (style) => style.open.trim() },
  { pattern: DOUBLE_CLOSING, double: true, curly: (style) => style.close.trim() },
  { pattern: SINGLE_OPENING, double: false, curly: () => '‘' },
  { pattern: SINGLE_CLOSING, double: false, curly: () => '’' },
];

const FIELDS = ['headline', 'subheading', 'lead'] as const;

function warning(message: string, target: Finding['target']): Finding {
  return { rule: 'straight-quotes', severity: 'warning', message, target };
}

const count = (text: string, double: boolean) =>
  MARKS.filter((m) => m.double === double).reduce((n, m) => n + (text.match(m.pattern)?.length ?? 0), 0);

/** One finding per field and kind of mark, counting them: a field has no positions to point at. */
function fieldFindings(text: string, field: (typeof FIELDS)[number], style: { open: string; close: string }) {
  return [true, false].flatMap((double) => {
    const n = count(text, double);
    if (n === 0) return [];
    const marks = `${n === 1 ? '' : `${n} `}straight ${double ? '' : 'single '}quotation mark${n === 1 ? '' : 's'}`;
    const curly = double ? `${style.open.trim()} and ${style.close.trim()}` : '‘ and ’';
    const typed = double ? '"' : "'";
    return [warning(`Replace the ${marks} (${typed}) in the ${TEXT_FIELD_LABELS[field]} with ${curly}.`, { field })];
  });
}

/** Straight quotation marks typed where the house style wants curly ones. */
export const straightQuotes: Rule = (content) => {
  const style = QUOTE_STYLES[content.language];
  // The marks at a quote node's edges are replaced by the house style's own, so they never reach readers.
  const dropped = droppedRanges(content.body);
  const body = MARKS.flatMap(({ pattern, curly }) =>
    matchBody(content.body, pattern)
      .filter((m) => !isDropped(m, dropped))
      .map(({ from, to, text }) =>
        warning(`Replace the straight quotation mark (${text}) with ${curly(style)}.`, { field: 'body', from, to }),
      ),
  );
  return [...FIELDS.flatMap((field) => fieldFindings(content[field], field, style)), ...body];
};
