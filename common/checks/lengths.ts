import { charCount } from './text';
import type { Rule } from './types';

/** A headline longer than the house limit. */
export const headlineLength: Rule = (content, { style }) => {
  const length = charCount(content.headline);
  if (length <= style.headlineMax) return [];
  const message = `The headline is ${length} characters; shorten it to ${style.headlineMax} or fewer.`;
  return [{ rule: 'headline-length', severity: 'warning', message, target: { field: 'headline' } }];
};

/** A lead longer than the house limit; a missing one is the `required` rule's concern. */
export const leadLength: Rule = (content, { style }) => {
  const length = charCount(content.lead);
  if (length <= style.leadMax) return [];
  const message = `The lead is ${length} characters; shorten it to ${style.leadMax} or fewer.`;
  return [{ rule: 'lead', severity: 'warning', message, target: { field: 'lead' } }];
};
