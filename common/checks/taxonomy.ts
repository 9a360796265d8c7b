import type { Finding, Rule } from './types';

const LISTS = [
  { field: 'issuers', list: 'issuers' },
  { field: 'fieldsOfWork', list: 'fields of work' },
] as const;

/** Issuers and fields of work that are not in the organisation's lists or the user's additions. */
export const taxonomy: Rule = (content, { lists }) =>
  LISTS.flatMap(({ field, list }) => {
    const allowed = new Set(lists[field]);
    return content[field]
      .filter((label) => !allowed.has(label))
      .map((label): Finding => ({
        rule: 'taxonomy',
        severity: 'warning',
        message: `“${label}” is not in the list of ${list}; check the spelling or add it in Settings.`,
        target: { field },
      }));
  });
