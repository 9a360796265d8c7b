import type { Release } from '../../model/release';
import { finishBody } from './decorations';
import { MarkdownImportError } from './errors';
import { FRONT_MATTER_KEYS, type MarkdownStatus } from './frontMatter';
import { keyLine, readFrontMatter } from './readFrontMatter';
import { readBody } from './readBody';
import { normaliseDoc } from './schema';

/** The schema version this importer writes; the type keeps it in step with the release model. */
const SCHEMA_VERSION: Release['schemaVersion'] = 3;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export interface MarkdownImportOptions {
  /** Makes the id of a release whose front matter has none (hand-written Markdown). Default: a random UUID. */
  newId?: () => string;
  /** The time stamped as created/updated when the front matter gives none. Default: now. */
  now?: Date;
  /**
   * A last check of the whole release, e.g. `(r) => releaseSchema.parse(r)` (common/ cannot import
   * the model's schema itself). What it throws becomes a MarkdownImportError naming the field.
   */
  validate?: (release: Release) => Release;
}

/** Front matter keys by the release field they hold, to point a failed check at its line. */
const KEY_OF_FIELD: Record<string, string> = {
  headline: 'title',
  fieldsOfWork: 'fields_of_work',
  meetingType: 'meeting_type',
  notesToEditors: 'notes_to_editors',
  mediaContacts: 'media_contacts',
  createdAt: 'created',
  updatedAt: 'updated',
  schemaVersion: 'schema_version',
};

/** Splits `---` front matter from the body; lines are counted from 1. */
function split(text: string): { yaml: string; body: string; bodyLine: number } {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw new MarkdownImportError(
      'The file does not start with front matter. Its first line must be “---”, followed by the release’s fields (title, type, language, …) and another “---” line.',
      1,
    );
  }
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0)
    throw new MarkdownImportError('The front matter is never closed: add a “---” line after its last field.', 1);
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** A release and the approval status its front matter gives (not part of the release itself). */
export function readMarkdown(
  text: string,
  options: MarkdownImportOptions = {},
): { release: Release; status: MarkdownStatus | undefined } {
  const { yaml, body, bodyLine } = split(text);
  const front = readFrontMatter(yaml, 2);
  if (front.schemaVersion !== undefined && front.schemaVersion !== SCHEMA_VERSION) {
    throw new MarkdownImportError(
      `This file was written for release format ${front.schemaVersion}; this Dateline reads format ${SCHEMA_VERSION}. Export it again from a matching Dateline.`,
      keyLine(yaml, 'schema_version', 2),
    );
  }
  if (front.id !== undefined && !UUID.test(front.id)) {
    throw new MarkdownImportError(
      `“id” is “${front.id}”, which is not a Dateline id. Remove the line to give the release a new one.`,
      keyLine(yaml, 'id', 2),
    );
  }
  const read = readBody(body, bodyLine);
  // A body with no blocks at all is one empty paragraph, as the editor starts it.
  if (read.content.length === 0) read.content.push({ type: 'paragraph' });
  let doc;
  try {
    doc = normaliseDoc(finishBody(read.content, read.textblocks, front));
  } catch (error) {
    if (error instanceof MarkdownImportError) throw error;
    throw new MarkdownImportError(`The body does not fit a release: ${(error as Error).message}.`, bodyLine);
  }
  const now = (options.now ?? new Date()).toISOString();
  const { status, id, revision, createdAt, updatedAt, familyId, schemaVersion: _version, ...content } = front;
  const releaseId = id ?? (options.newId ?? (() => globalThis.crypto.randomUUID()))();
  const release: Release = {
    schemaVersion: SCHEMA_VERSION,
    id: releaseId,
    familyId: familyId ?? releaseId,
    revision: revision ?? 1,
    ...content,
    body: doc,
    createdAt: createdAt ?? now,
    updatedAt: updatedAt ?? now,
  };
  if (!options.validate) return { release, status };
  try {
    return { release: options.validate(release), status };
  } catch (error) {
    const issue = (error as { issues?: { path?: PropertyKey[]; message?: string }[] }).issues?.[0];
    const field = String(issue?.path?.[0] ?? '');
    const key = KEY_OF_FIELD[field] ?? field;
    const known = (FRONT_MATTER_KEYS as readonly string[]).includes(key);
    const where = issue?.path?.length ? ` (${known ? key : issue.path.join('.')})` : '';
    throw new MarkdownImportError(
      `The release does not pass Dateline’s checks${where}: ${issue?.message ?? (error as Error).message}.`,
      known ? keyLine(yaml, key, 2) : field === 'body' ? bodyLine : undefined,
    );
  }
}

/**
 * Reads a Markdown file back into a release: the front matter gives the fields, the body the
 * document, and the hidden comments written by releaseToMarkdown make it exact. Markdown written
 * by hand (no comments, no id) imports too, with a new id and `now` as its time stamps; keys it
 * leaves out take a new release's values (press release, English, empty texts and lists).
 * Links must be http, https or mailto: any other link is refused, not dropped.
 * Throws MarkdownImportError with a message a press officer can act on, and its line.
 */
export function releaseFromMarkdown(text: string, options: MarkdownImportOptions = {}): Release {
  return readMarkdown(text, options).release;
}
