import type { ReleaseContent } from '../model/release';
import type { Preferences } from '../model/settings';
import type { PickerLists } from '../taxonomy';

/** The release's fields, in the order the editor shows them and findings are sorted by. */
export const FIELD_ORDER = [
  'type',
  'language',
  'headline',
  'subheading',
  'lead',
  'date',
  'place',
  'issuers',
  'fieldsOfWork',
  'countries',
  'meetingType',
  'embargo',
  'body',
  'speakers',
  'notesToEditors',
  'mediaContacts',
  'boilerplate',
] as const satisfies readonly (keyof ReleaseContent)[];

export type FieldName = (typeof FIELD_ORDER)[number];

/** Where a finding points: a field, or a range of ProseMirror positions in the body editor. */
export type Target = { field: Exclude<FieldName, 'body'> } | { field: 'body'; from: number; to: number };

export type RuleId =
  | 'required'
  | 'headline-length'
  | 'lead'
  | 'quote-attribution'
  | 'straight-quotes'
  | 'dateline-dash'
  | 'taxonomy'
  | 'double-spaces'
  | 'embargo-past';

/** One house-style problem, with a message telling the press officer what to do. */
export interface Finding {
  rule: RuleId;
  severity: 'error' | 'warning';
  message: string;
  target: Target;
}

/** What the checks need besides the release: the allowed lists, the style limits and the time. */
export interface CheckContext {
  lists: PickerLists;
  style: Preferences['style'];
  now: Date;
}

/** One rule: a pure function from a release to its findings. */
export type Rule = (content: ReleaseContent, ctx: CheckContext) => Finding[];

/** The text fields some rules read, with the words a message uses for each. */
export const TEXT_FIELD_LABELS = {
  headline: 'headline',
  subheading: 'subheading',
  lead: 'lead',
  notesToEditors: 'notes to editors',
  boilerplate: 'boilerplate',
} as const;

export type TextField = keyof typeof TEXT_FIELD_LABELS;
