import { diffWordsWithSpace } from 'diff';
import type { Release } from '../model/release';
import { formatReleaseDate } from '../model/dateline';
import { bodyPlainText } from '../render/plainText';
import { LANGUAGE_LABELS, RELEASE_TYPE_LABELS } from '../model/vocab';

/** One structured field that changed, as a press officer reads it. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A run of the body text: unchanged, only in the newer release, or only in the older one. */
export interface BodyPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface ReleaseDiff {
  fields: FieldChange[];
  body: BodyPart[];
}

const list = (items: readonly string[]) => items.join(', ');
/** In the app's language, English: "20 September 2017". */
const day = (date: string) => formatReleaseDate(date, 'en') || date;
const named = (name: string, extra: readonly string[]) => {
  const rest = extra.filter((part) => part.trim() !== '');
  return rest.length > 0 ? `${name} (${rest.join(', ')})` : name;
};

/** The compared fields, each with the label the form shows and how its value reads. */
const FIELDS: readonly { field: keyof Release; label: string; show: (r: Release) => string }[] = [
  { field: 'headline', label: 'Headline', show: (r) => r.headline },
  { field: 'subheading', label: 'Subheading', show: (r) => r.subheading },
  { field: 'lead', label: 'Lead', show: (r) => r.lead },
  { field: 'date', label: 'Date', show: (r) => day(r.date) },
  { field: 'place', label: 'Place', show: (r) => r.place },
  { field: 'type', label: 'Type', show: (r) => RELEASE_TYPE_LABELS[r.type] },
  { field: 'language', label: 'Language', show: (r) => LANGUAGE_LABELS[r.language] },
  { field: 'issuers', label: 'Issued by', show: (r) => list(r.issuers) },
  { field: 'fieldsOfWork', label: 'Fields of work', show: (r) => list(r.fieldsOfWork) },
  { field: 'countries', label: 'Countries', show: (r) => list(r.countries) },
  { field: 'meetingType', label: 'Meeting or conference', show: (r) => r.meetingType },
  {
    field: 'embargo',
    label: 'Embargo',
    show: ({ embargo: e }) => (e ? `${day(e.date)}, ${e.time} (${e.timeZone})` : ''),
  },
  { field: 'speakers', label: 'Speakers', show: (r) => list(r.speakers.map((s) => named(s.name, [s.role]))) },
  { field: 'notesToEditors', label: 'Notes to editors', show: (r) => r.notesToEditors },
  {
    field: 'mediaContacts',
    label: 'Media contacts',
    show: (r) => list(r.mediaContacts.map((c) => named(c.name, [c.role, c.email, c.phone]))),
  },
  { field: 'boilerplate', label: 'About (boilerplate)', show: (r) => r.boilerplate },
];

/**
 * What changed from `older` to `newer`: each changed field, and the body as readers see it, word by word.
 * Ids, revisions, timestamps and fields not listed here (such as the workflow) are not compared.
 * The body is compared without its dateline, which is made from date and place and is shown with them.
 */
export function diffReleases(older: Release, newer: Release): ReleaseDiff {
  const fields: FieldChange[] = [];
  for (const { field, label, show } of FIELDS) {
    const before = show(older);
    const after = show(newer);
    if (before !== after) fields.push({ field, label, before, after });
  }
  const body: BodyPart[] = [];
  for (const change of diffWordsWithSpace(bodyText(older), bodyText(newer))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = body.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else if (change.value !== '') body.push({ kind, text: change.value });
  }
  return { fields, body };
}

function bodyText(release: Release): string {
  return bodyPlainText({ ...release, place: '', date: '' });
}
