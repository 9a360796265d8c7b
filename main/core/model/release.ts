import { z } from 'zod';
import { docSchema, emptyDoc } from './doc';

/** The schema version written into every release file today. */
export const RELEASE_SCHEMA_VERSION = 1;

export const HEADLINE_MAX = 1000;

const isoDateTime = z.iso.datetime({ offset: true });

export const releaseIdSchema = z.uuid();

export const releaseSchema = z.strictObject({
  schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
  id: releaseIdSchema,
  /** Increases by one on every save; a save based on an older revision is a conflict. */
  revision: z.number().int().min(1),
  headline: z.string().max(HEADLINE_MAX),
  body: docSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type Release = z.infer<typeof releaseSchema>;

/** What the library shows for one release without reading its body. */
export interface ReleaseSummary {
  id: string;
  revision: number;
  headline: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields a press officer edits; everything else the store owns. */
export const releaseContentSchema = z.strictObject({
  headline: z.string().max(HEADLINE_MAX),
  body: docSchema,
});

export type ReleaseContent = z.infer<typeof releaseContentSchema>;

export function summarize(release: Release): ReleaseSummary {
  const { id, revision, headline, createdAt, updatedAt } = release;
  return { id, revision, headline, createdAt, updatedAt };
}

export function newRelease(id: string, now: Date, content: Partial<ReleaseContent> = {}): Release {
  const stamp = now.toISOString();
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    id,
    revision: 1,
    headline: content.headline ?? '',
    body: content.body ?? emptyDoc(),
    createdAt: stamp,
    updatedAt: stamp,
  };
}
