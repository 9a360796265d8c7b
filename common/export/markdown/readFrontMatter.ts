import { isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { Embargo, MediaContact, Speaker } from '../../model/release';
import type { Approval, WorkflowEvent } from '../../model/workflow';
import { LANGUAGES, RELEASE_TYPES } from '../../model/vocab';
import { MarkdownImportError } from './errors';
import {
  APPROVAL_KEYS,
  CONTACT_KEYS,
  EMBARGO_KEYS,
  EVENT_KEYS,
  FRONT_MATTER_KEYS,
  SPEAKER_KEYS,
  STATUSES,
  type MarkdownStatus,
  type ReleaseFields,
} from './frontMatter';
import {
  day,
  fail,
  fields,
  integer,
  isBlank,
  oneOf,
  text,
  texts,
  timestamp,
  yamlReader,
  type Reader,
} from './yamlValues';

const EVENT_ACTIONS = ['submit', 'approve', 'reopen', 'publish', 'invalidate'] as const;

function speakers(node: unknown, reader: Reader): Speaker[] {
  if (isBlank(node)) return [];
  if (!isSeq(node))
    return fail('“speakers” must be a list, one “- id: …” entry per speaker.', node as YamlNode, reader);
  return node.items.map((item) => {
    const f = fields(item, 'a speaker', SPEAKER_KEYS, reader);
    const id = text(f.get('id'), 'id', reader);
    if (id === '')
      fail('Every speaker needs an “id”, which the quotes in the body refer to.', item as YamlNode, reader);
    return {
      id,
      name: text(f.get('name'), 'name', reader),
      shortName: text(f.get('short_name'), 'short_name', reader),
      role: text(f.get('role'), 'role', reader),
    };
  });
}

function approval(node: unknown, reader: Reader): Approval | null {
  if (isBlank(node)) return null;
  const f = fields(node, 'the approval', APPROVAL_KEYS, reader);
  return {
    by: text(f.get('by'), 'by', reader),
    at: timestamp(f.get('at'), 'at', reader) ?? '',
    comment: text(f.get('comment'), 'comment', reader),
    hash: text(f.get('hash'), 'hash', reader),
  };
}

function history(node: unknown, reader: Reader): WorkflowEvent[] {
  if (isBlank(node)) return [];
  if (!isSeq(node))
    return fail('“history” must be a list, one “- action: …” entry per change.', node as YamlNode, reader);
  return node.items.map((item) => {
    const f = fields(item, 'a history entry', EVENT_KEYS, reader);
    const hash = text(f.get('hash'), 'hash', reader);
    const files = texts(f.get('files'), 'files', reader);
    return {
      action: oneOf(f.get('action'), 'action', EVENT_ACTIONS, reader) ?? 'submit',
      at: timestamp(f.get('at'), 'at', reader) ?? '',
      by: text(f.get('by'), 'by', reader),
      comment: text(f.get('comment'), 'comment', reader),
      ...(f.has('hash') ? { hash } : {}),
      ...(f.has('files') ? { files } : {}),
    };
  });
}

function contacts(node: unknown, reader: Reader): MediaContact[] {
  if (isBlank(node)) return [];
  if (!isSeq(node))
    return fail('“media_contacts” must be a list, one “- name: …” entry per contact.', node as YamlNode, reader);
  return node.items.map((item) => {
    const f = fields(item, 'a media contact', CONTACT_KEYS, reader);
    return {
      name: text(f.get('name'), 'name', reader),
      role: text(f.get('role'), 'role', reader),
      email: text(f.get('email'), 'email', reader),
      phone: text(f.get('phone'), 'phone', reader),
    };
  });
}

function embargo(node: unknown, reader: Reader): Embargo | null {
  if (isBlank(node)) return null;
  const f = fields(node, 'the embargo', EMBARGO_KEYS, reader);
  const time = text(f.get('time'), 'time', reader);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    fail(
      `The embargo “time” is “${time}”, not a time. Write it as HH:MM, e.g. 09:30.`,
      (f.get('time') ?? node) as YamlNode,
      reader,
    );
  }
  return { date: day(f.get('date'), 'date', reader), time, timeZone: text(f.get('time_zone'), 'time_zone', reader) };
}

/** What the front matter says; whatever it leaves out is undefined, for the caller to fill in. */
export interface FrontMatter extends Omit<
  ReleaseFields,
  'id' | 'revision' | 'createdAt' | 'updatedAt' | 'schemaVersion' | 'familyId'
> {
  familyId: string | undefined;
  id: string | undefined;
  revision: number | undefined;
  createdAt: string | undefined;
  updatedAt: string | undefined;
  schemaVersion: number | undefined;
  status: MarkdownStatus | undefined;
}

/** Reads the YAML of the front matter; `firstLine` is its first line in the file, for messages. */
export function readFrontMatter(yaml: string, firstLine: number): FrontMatter {
  const reader = yamlReader(firstLine);
  const doc = parseDocument(yaml, { lineCounter: reader.lines, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0]?.line;
    const detail = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
    const hint = 'Check the quotation marks, brackets and indentation; text with a colon or # is safest in quotes';
    throw new MarkdownImportError(
      `The front matter is not valid YAML (${detail}). ${hint}.`,
      at === undefined ? undefined : at + firstLine - 1,
    );
  }
  let alias: YamlNode | undefined;
  visit(doc, { Alias: (_key, node) => void (alias ??= node) });
  if (alias) fail('The front matter uses a YAML alias (*name); write the value out instead.', alias, reader);
  const root = doc.contents;
  const f =
    root === null ? new Map<string, unknown>() : fields(root, 'the front matter', FRONT_MATTER_KEYS, reader, 'skip');
  const get = (key: (typeof FRONT_MATTER_KEYS)[number]) => f.get(key);
  const version = get('schema_version');
  return {
    id: text(get('id'), 'id', reader) || undefined,
    headline: text(get('title'), 'title', reader),
    subheading: text(get('subheading'), 'subheading', reader),
    type: oneOf(get('type'), 'type', RELEASE_TYPES, reader) ?? 'press-release',
    language: oneOf(get('language'), 'language', LANGUAGES, reader) ?? 'en',
    date: day(get('date'), 'date', reader),
    place: text(get('place'), 'place', reader),
    issuers: texts(get('issuers'), 'issuers', reader),
    fieldsOfWork: texts(get('fields_of_work'), 'fields_of_work', reader),
    countries: texts(get('countries'), 'countries', reader),
    meetingType: text(get('meeting_type'), 'meeting_type', reader),
    embargo: embargo(get('embargo'), reader),
    lead: text(get('lead'), 'lead', reader),
    status: oneOf(get('status'), 'status', STATUSES, reader),
    workflow: {
      state: oneOf(get('status'), 'status', STATUSES, reader) ?? 'draft',
      approval: approval(get('approval'), reader),
      events: history(get('history'), reader),
    },
    familyId: text(get('family_id'), 'family_id', reader) || undefined,
    speakers: speakers(get('speakers'), reader),
    notesToEditors: text(get('notes_to_editors'), 'notes_to_editors', reader),
    mediaContacts: contacts(get('media_contacts'), reader),
    boilerplate: text(get('boilerplate'), 'boilerplate', reader),
    createdAt: timestamp(get('created'), 'created', reader),
    updatedAt: timestamp(get('updated'), 'updated', reader),
    revision: integer(get('revision'), 'revision', reader),
    schemaVersion: integer(version, 'schema_version', reader),
  };
}

/** The line a front matter key stands on, for messages about its value found later. */
export function keyLine(yaml: string, key: string, firstLine: number): number | undefined {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : firstLine + index;
}
