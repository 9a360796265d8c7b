import type { ReleaseContent } from '../model/release';
import type { ReleaseType } from '../model/vocab';
import { nodeSize, rawText } from '../doc/walk';
import type { Finding, Rule } from './types';

type RequiredField = 'headline' | 'date' | 'place' | 'issuers' | 'fieldsOfWork' | 'lead' | 'body';

/** What each kind of release cannot be published without, in field order. */
export const REQUIRED_FIELDS: Record<ReleaseType, readonly RequiredField[]> = {
  'press-release': ['headline', 'lead', 'date', 'place', 'issuers', 'fieldsOfWork', 'body'],
  statement: ['headline', 'date', 'place', 'issuers', 'body'],
  'news-item': ['headline', 'date', 'issuers', 'fieldsOfWork', 'body'],
  'media-advisory': ['headline', 'date', 'place', 'issuers', 'body'],
};

const MESSAGES: Record<RequiredField, string> = {
  headline: 'Add a headline.',
  lead: 'Add a lead: one or two sentences that sum up the release.',
  date: 'Add the release date.',
  place: 'Add the place the release is issued from.',
  issuers: 'Choose at least one issuer.',
  fieldsOfWork: 'Choose at least one field of work.',
  body: 'Write the body text.',
};

function isMissing(content: ReleaseContent, field: RequiredField): boolean {
  if (field === 'body') return rawText(content.body).trim() === '';
  const value = content[field];
  return Array.isArray(value) ? value.every((item) => item.trim() === '') : value.trim() === '';
}

export const required: Rule = (content) =>
  REQUIRED_FIELDS[content.type]
    .filter((field) => isMissing(content, field))
    .map((field): Finding => {
      // A missing body has no text to point at, so the finding covers the whole (blank) body.
      const target = field === 'body' ? { field, from: 0, to: nodeSize(content.body) - 2 } : { field };
      return { rule: 'required', severity: 'error', message: MESSAGES[field], target };
    });
