import type { Release, ReleaseSummary } from '../../../../main/core/model/release';

/** The library's line for a release, from the release main returned. */
export function summaryOf({ id, revision, headline, createdAt, updatedAt }: Release): ReleaseSummary {
  return { id, revision, headline, createdAt, updatedAt };
}

/** Newest change first, as the library lists them. */
export const byUpdated = (a: ReleaseSummary, b: ReleaseSummary) => b.updatedAt.localeCompare(a.updatedAt);
