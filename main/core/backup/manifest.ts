import { z } from 'zod';
import { SNAPSHOT_KINDS, type SnapshotInfo } from '../../../common/model/snapshot';

/** The manifest format written today. */
export const SNAPSHOT_FORMAT = 1;

/** The files a snapshot may hold, relative to the data folder with `/` separators: what the stores read. */
export const DURABLE_PATH = /^(releases\/[^/\\]+\.json|history\/[^/\\]+\.jsonl|settings\.json)$/;

const count = z.number().int().min(0);

/** What listing needs; read for every snapshot, so the file list is left out. */
export const manifestHeaderSchema = z.object({
  format: z.number().int().min(1),
  kind: z.enum(SNAPSHOT_KINDS),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string(),
  /** The schema versions of the app that took it: a newer snapshot is refused, not guessed at. */
  schemas: z.object({ release: count, settings: count, history: count }),
  releaseCount: count,
  fileCount: count,
  size: count,
});

export const manifestSchema = manifestHeaderSchema
  .extend({
    files: z.array(
      z.strictObject({
        path: z.string().regex(DURABLE_PATH),
        size: count,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    ),
  })
  .refine((m) => m.files.length === m.fileCount, 'the file count does not match the files listed')
  .refine((m) => new Set(m.files.map((f) => f.path)).size === m.files.length, 'a file is listed twice');

export type ManifestHeader = z.infer<typeof manifestHeaderSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export function infoOf(name: string, manifest: ManifestHeader): SnapshotInfo {
  const { kind, createdAt, releaseCount, size } = manifest;
  return { name, kind, createdAt, releaseCount, size };
}
