import { charCount } from '../../checks/text';
import { zonedInstant } from '../../model/time';
import type { Release } from '../../model/release';
import { bodyContext } from '../../render/context';
import { bodyPlainText } from '../../render/plainText';
import { bodyHtml } from '../html/body';
import type { ExportStatus } from '../html/document';
import { draftMark } from '../text';

/** The NINJS version Dateline writes; `tests/fixtures/ninjs/` holds IPTC's schema for it. */
export const NINJS_VERSION = '2.2';
/** Fields of work as NINJS subjects: a URN of Dateline's own, documented in the README. */
export const FIELD_OF_WORK_SCHEME = 'urn:dateline:field-of-work:';

/** "Reform and co-operation in the security sector" → "reform-and-co-operation-in-the-security-sector". */
export function slugOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

const WORD = /[\p{L}\p{N}]/u;
const wordCount = (text: string) => text.split(/\s+/).filter((token) => WORD.test(token)).length;

/** An embargo's lifting as an ISO instant in UTC; undefined without one (or with an unknown zone). */
export function embargoInstant(release: Release): string | undefined {
  const { embargo } = release;
  if (!embargo) return undefined;
  const at = zonedInstant(embargo.date, embargo.time, embargo.timeZone);
  return at === undefined ? undefined : new Date(at).toISOString().replace('.000Z', 'Z');
}

export interface NinjsOptions {
  status?: ExportStatus;
  /** Short content fingerprint, given as the version so a receiver can tell two texts apart. */
  fingerprint?: string;
}

/**
 * The release as an IPTC NINJS 2.2 news item: what agencies and content systems take. A release not
 * approved goes out as `withheld`, with the DRAFT line as the editorial note.
 */
export function releaseToNinjs(release: Release, options: NinjsOptions = {}): Record<string, unknown> {
  const context = bodyContext(release);
  const text = bodyPlainText(release);
  const html = bodyHtml(release.body, context);
  const approved = options.status === 'approved' || options.status === 'published';
  const draft = draftMark(release, options.status);
  const embargoed = embargoInstant(release);
  const optional = <T>(key: string, value: T | undefined | '') => (value ? { [key]: value } : {});
  const nonEmpty = <T>(key: string, items: T[]) => (items.length > 0 ? { [key]: items } : {});
  return {
    uri: `urn:uuid:${release.id}`,
    standard: {
      name: 'ninjs',
      version: NINJS_VERSION,
      schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${NINJS_VERSION}.json#`,
    },
    type: 'text',
    profile: `dateline-${release.type}`,
    ...optional('version', options.fingerprint),
    firstcreated: release.createdAt,
    versioncreated: release.updatedAt,
    ...optional('embargoed', embargoed),
    pubstatus: approved ? 'usable' : 'withheld',
    ...optional('ednote', draft),
    language: release.language,
    headlines: [
      { role: 'main', value: release.headline || 'Untitled release' },
      ...(release.subheading ? [{ role: 'sub', value: release.subheading }] : []),
    ],
    ...nonEmpty(
      'descriptions',
      release.lead ? [{ role: 'summary', contenttype: 'text/plain', value: release.lead }] : [],
    ),
    bodies: [
      { role: 'main', contenttype: 'text/html', charcount: charCount(text), wordcount: wordCount(text), value: html },
      { role: 'main', contenttype: 'text/plain', charcount: charCount(text), wordcount: wordCount(text), value: text },
    ],
    ...optional('by', release.issuers.join(', ')),
    ...optional('located', release.place),
    ...nonEmpty(
      'people',
      release.speakers
        .filter((speaker) => speaker.name)
        // NINJS has no "role" for a person: the role as the release prints it is the literal.
        .map((speaker) => ({ name: speaker.name, rel: 'quoted', ...optional('literal', speaker.role) })),
    ),
    ...nonEmpty(
      'organisations',
      release.issuers.map((name) => ({ name, rel: 'issuer' })),
    ),
    ...nonEmpty('places', [
      ...(release.place ? [{ name: release.place, rel: 'dateline' }] : []),
      ...release.countries.map((name) => ({ name, rel: 'about' })),
    ]),
    ...nonEmpty(
      'subjects',
      release.fieldsOfWork.map((name) => ({ name, rel: 'about', uri: `${FIELD_OF_WORK_SCHEME}${slugOf(name)}` })),
    ),
  };
}
