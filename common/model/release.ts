import { z } from 'zod';
import { parseReleaseDate } from './dateline';
import { LANGUAGES, RELEASE_TYPES, type Language, type ReleaseType } from './vocab';
import type { WorkflowState } from './stateMachine';
import { definedOnly } from './defined';
import { docSchema, emptyDoc } from './doc';
import { newWorkflow, workflowSchema, type Workflow } from './workflow';

/** The schema version written into every release file today. */
export const RELEASE_SCHEMA_VERSION = 3;

export const HEADLINE_MAX = 1000;
const TEXT_MAX = 20_000;

const isoDateTime = z.iso.datetime({ offset: true });
const line = (max = 500) => z.string().max(max);
/** A calendar day, `YYYY-MM-DD`, or empty while a draft has none. */
const day = z
  .string()
  .refine((value) => value === '' || parseReleaseDate(value) !== undefined, 'not a valid date (YYYY-MM-DD)');
const labels = z.array(line(300)).max(200);

export const releaseIdSchema = z.uuid();

export const speakerSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: line(),
  shortName: line(),
  role: line(),
});

export const mediaContactSchema = z.strictObject({
  name: line(),
  role: line(),
  email: line(320),
  phone: line(100),
});

export const embargoSchema = z.strictObject({
  date: day,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time (HH:MM)'),
  /** An IANA time zone such as Europe/Vienna. */
  timeZone: line(100),
});

/** What a press officer fills in; the store adds the rest. */
export const releaseContentSchema = z.strictObject({
  type: z.enum(RELEASE_TYPES),
  language: z.enum(LANGUAGES),
  headline: z.string().max(HEADLINE_MAX),
  subheading: line(2000),
  /** The summary printed above the body. */
  lead: line(TEXT_MAX),
  date: day,
  /** Printed in capitals in the dateline. */
  place: line(200),
  /** Structures and institutions issuing the release, as labelled when saved. */
  issuers: labels,
  fieldsOfWork: labels,
  countries: labels,
  meetingType: line(300),
  embargo: embargoSchema.nullable(),
  body: docSchema,
  speakers: z.array(speakerSchema).max(500),
  notesToEditors: line(TEXT_MAX),
  mediaContacts: z.array(mediaContactSchema).max(50),
  boilerplate: line(TEXT_MAX),
});

export type ReleaseContent = z.infer<typeof releaseContentSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type MediaContact = z.infer<typeof mediaContactSchema>;
export type Embargo = z.infer<typeof embargoSchema>;

export const releaseSchema = z.strictObject({
  schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
  id: releaseIdSchema,
  /** Increases by one on every save; a save based on an older revision is a conflict. */
  revision: z.number().int().min(1),
  ...releaseContentSchema.shape,
  /** Draft, in review, approved or published, with who approved which content. */
  workflow: workflowSchema,
  /** The language versions of one release share this id (the first version's id). */
  familyId: releaseIdSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type Release = z.infer<typeof releaseSchema>;

/** What the library shows for one release without reading its body. */
export interface ReleaseSummary {
  id: string;
  revision: number;
  type: ReleaseType;
  language: Language;
  headline: string;
  date: string;
  state: WorkflowState;
  embargo: Embargo | null;
  familyId: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * What a save answers: all the window keeps of it. The content it sent stays in the window,
 * so the release is not sent back whole on every autosave.
 */
export interface SaveReceipt {
  revision: number;
  workflow: Workflow;
  summary: ReleaseSummary;
}

/** A blank release of the given kind. A field given as undefined takes its default, never undefined. */
export function emptyContent(overrides: Partial<ReleaseContent> = {}): ReleaseContent {
  // An optional field sent across IPC keeps its key even when its value is undefined.
  const given = definedOnly(overrides);
  return {
    type: 'press-release',
    language: 'en',
    headline: '',
    subheading: '',
    lead: '',
    date: '',
    place: '',
    issuers: [],
    fieldsOfWork: [],
    countries: [],
    meetingType: '',
    embargo: null,
    body: emptyDoc(),
    speakers: [],
    notesToEditors: '',
    mediaContacts: [],
    boilerplate: '',
    ...given,
  };
}

export function newRelease(id: string, now: Date, content: Partial<ReleaseContent> = {}): Release {
  const stamp = now.toISOString();
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    id,
    revision: 1,
    ...emptyContent(content),
    workflow: newWorkflow(),
    familyId: id,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
