import { Document, visit } from 'yaml';
import type { Release } from '../../model/release';

/** Where a release stands in its approval: the workflow's own states. */
import type { WorkflowState } from '../../model/stateMachine';

export { STATES as STATUSES } from '../../model/stateMachine';
export type MarkdownStatus = WorkflowState;

/**
 * The front matter keys, in the order they are written. Stable: renaming one breaks every site
 * template and every file exported before.
 */
export const FRONT_MATTER_KEYS = [
  'id', // the release's id (a UUID); left out, the import makes a new one
  'title', // the headline
  'subheading', // the optional line under the headline
  'type', // press-release, news-item, statement or media-advisory
  'language', // en, fr, de, it, ru or es
  'date', // the release date, YYYY-MM-DD (quoted, so YAML keeps it text); absent when there is none
  'place', // where it is issued, as typed; the dateline prints it in capitals
  'issuers', // the structures and institutions issuing it (list)
  'fields_of_work', // list
  'countries', // list
  'meeting_type', // meeting or conference type
  'embargo', // null, or { date: YYYY-MM-DD, time: HH:MM, time_zone: IANA name such as Europe/Vienna }
  'lead', // the summary printed above the body
  'status', // draft, in-review, approved or published
  'approval', // null, or { by, at, comment, hash }: who approved which content (hash: sha256 of it)
  'history', // the state changes: list of { action, at, by, comment, hash?, files? }
  'family_id', // the id shared by the language versions of one release
  'speakers', // list of { id, name, short_name, role }; the body's quotes name their speaker by id
  'notes_to_editors', // text, multi-line as a YAML block
  'media_contacts', // list of { name, role, email, phone }
  'boilerplate', // the "About" text
  'created', // when the release was created, ISO 8601 date and time
  'updated', // when it was last saved, ISO 8601 date and time
  'revision', // the save count, from 1
  'schema_version', // the release format, 3 today
] as const;

export const SPEAKER_KEYS = ['id', 'name', 'short_name', 'role'] as const;
export const CONTACT_KEYS = ['name', 'role', 'email', 'phone'] as const;
export const EMBARGO_KEYS = ['date', 'time', 'time_zone'] as const;
export const APPROVAL_KEYS = ['by', 'at', 'comment', 'hash'] as const;
export const EVENT_KEYS = ['action', 'at', 'by', 'comment', 'hash', 'files'] as const;

/** The release without its body, as the front matter gives it. */
export type ReleaseFields = Omit<Release, 'body'>;

/** Strings YAML 1.1 readers (and Hugo, Eleventy) would take for a date, number or yes/no: always quoted. */
const LOOKS_TYPED = /^(?:[-+.]?\d|(?:y|n|yes|no|on|off|true|false|null|~|<<|=)$)/i;
/** What single quotes can hold as it is; anything else goes in double quotes, escaped. */
const PRINTABLE = /^[\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd]*$/;

/** The YAML between the `---` lines, every field of the release under a stable snake_case key. */
export function writeFrontMatter(release: Release, status: MarkdownStatus): string {
  const values: Record<(typeof FRONT_MATTER_KEYS)[number], unknown> = {
    id: release.id,
    title: release.headline,
    subheading: release.subheading,
    type: release.type,
    language: release.language,
    date: release.date,
    place: release.place,
    issuers: release.issuers,
    fields_of_work: release.fieldsOfWork,
    countries: release.countries,
    meeting_type: release.meetingType,
    embargo: release.embargo && {
      date: release.embargo.date,
      time: release.embargo.time,
      time_zone: release.embargo.timeZone,
    },
    lead: release.lead,
    status,
    approval: release.workflow.approval,
    history: release.workflow.events,
    family_id: release.familyId,
    speakers: release.speakers.map((s) => ({ id: s.id, name: s.name, short_name: s.shortName, role: s.role })),
    notes_to_editors: release.notesToEditors,
    media_contacts: release.mediaContacts.map((c) => ({ name: c.name, role: c.role, email: c.email, phone: c.phone })),
    boilerplate: release.boilerplate,
    created: release.createdAt,
    updated: release.updatedAt,
    revision: release.revision,
    schema_version: release.schemaVersion,
  };
  // Static site generators read an empty date as an error: a release without one has no date key.
  const entries = Object.entries(values).filter(([key, value]) => !(key === 'date' && value === ''));
  const doc = new Document(Object.fromEntries(entries));
  visit(doc, {
    Scalar(_key, node) {
      const value = node.value;
      if (typeof value === 'string' && !value.includes('\n') && LOOKS_TYPED.test(value)) {
        node.type = PRINTABLE.test(value) && !value.includes("'") ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
      }
    },
  });
  // Single quotes, as Prettier writes YAML in this repository, so exported files pass its check.
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', singleQuote: true });
}
