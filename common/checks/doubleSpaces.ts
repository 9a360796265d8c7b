import { droppedRanges, isDropped, matchBody } from './text';
import { TEXT_FIELD_LABELS, type Finding, type Rule } from './types';

const SPACES = / {2,}/g;
const FIELDS = ['headline', 'subheading', 'lead', 'notesToEditors', 'boilerplate'] as const;

function warning(message: string, target: Finding['target']): Finding {
  return { rule: 'double-spaces', severity: 'warning', message, target };
}

/** Two or more spaces in a row, which print as a gap. */
export const doubleSpaces: Rule = (content) => {
  const fields = FIELDS.flatMap((field) => {
    const count = content[field].match(SPACES)?.length ?? 0;
    if (count === 0) return [];
    const label = TEXT_FIELD_LABELS[field];
    const message =
      count === 1
        ? `Replace the double space in the ${label} with a single space.`
        : `Replace the ${count} double spaces in the ${label} with single spaces.`;
    return [warning(message, { field })];
  });
  // Spaces at a quote node's edges are trimmed by the house style, so they never reach readers.
  const dropped = droppedRanges(content.body);
  const body = matchBody(content.body, SPACES)
    .filter((m) => !isDropped(m, dropped))
    .map(({ from, to }) =>
      warning(`There are ${to - from} spaces in a row here; replace them with one.`, { field: 'body', from, to }),
    );
  return [...fields, ...body];
};
