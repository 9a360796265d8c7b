import { rawText } from '../../../common/doc/walk';
import { bodyPlainText } from '../../../common/render/plainText';
import type { DocNode } from '../../../common/model/doc';
import type { Release } from '../../../common/model/release';

/** What the index keeps of each release besides its terms: enough to filter, sort and reconcile, no text. */
export interface IndexedRelease {
  id: string;
  revision: number;
  type: string;
  language: string;
  issuers: string[];
  fieldsOfWork: string[];
  countries: string[];
  date: string;
  updatedAt: string;
  headline: string;
  state: string;
  familyId: string;
}

/** The searched fields, in the order of their ids in the index and its file. */
export const FIELDS = ['headline', 'subheading', 'lead', 'body', 'quotes', 'speakers'] as const;
export const FIELD_COUNT = FIELDS.length;
/** How much a match weighs by field: the headline most, then a speaker, then a quote. */
export const BOOSTS: readonly number[] = FIELDS.map((f) =>
  f === 'headline' ? 3 : f === 'speakers' ? 2 : f === 'quotes' ? 1.5 : 1,
);

/** One release as the index takes it: its metadata and the text of each field. */
export interface SearchDocument {
  meta: IndexedRelease;
  fields: string[];
}

function quotedWords(node: DocNode, out: string[] = []): string[] {
  if (node.type === 'quote') out.push(rawText(node));
  else node.content?.forEach((child) => quotedWords(child, out));
  return out;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

export function metaOf(release: Release): IndexedRelease {
  // workflow and familyId are being added to the model; read them without relying on their types yet.
  const loose = release as unknown as { workflow?: { state?: unknown }; familyId?: unknown };
  return {
    id: release.id,
    revision: release.revision,
    type: release.type,
    language: release.language,
    issuers: release.issuers,
    fieldsOfWork: release.fieldsOfWork,
    countries: release.countries,
    date: release.date,
    updatedAt: release.updatedAt,
    headline: release.headline,
    state: stringOr(loose.workflow?.state, 'draft'),
    familyId: stringOr(loose.familyId, release.id),
  };
}

/** The document the index takes for one release. */
export function toDocument(release: Release): SearchDocument {
  const speakers = release.speakers.flatMap((s) => [s.name, s.shortName, s.role]).join('\n');
  const texts: Record<(typeof FIELDS)[number], string> = {
    headline: release.headline,
    subheading: release.subheading,
    lead: release.lead,
    body: bodyPlainText(release),
    quotes: quotedWords(release.body).join('\n'),
    speakers,
  };
  return { meta: metaOf(release), fields: FIELDS.map((f) => texts[f]) };
}
