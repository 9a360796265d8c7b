import type { Release, ReleaseContent, ReleaseSummary, SaveReceipt } from './model/release';

/** The editable part of a stored release. */
export function contentOf(release: Release): ReleaseContent {
  const {
    schemaVersion: _v,
    id: _id,
    revision: _r,
    createdAt: _c,
    updatedAt: _u,
    workflow: _w,
    familyId: _f,
    ...content
  } = release;
  return content;
}

/** The library's line for a release. */
export function summaryOf(release: Release): ReleaseSummary {
  const { id, revision, type, language, headline, date, embargo, familyId, createdAt, updatedAt } = release;
  return {
    id,
    revision,
    type,
    language,
    headline,
    date,
    state: release.workflow.state,
    embargo,
    familyId,
    createdAt,
    updatedAt,
  };
}

/** Newest change first, as the library lists them. */
// ISO times sort as plain strings; localeCompare would cost a sort of 10,000 releases tens of milliseconds.
export const byUpdated = (a: ReleaseSummary, b: ReleaseSummary) =>
  a.updatedAt === b.updatedAt ? 0 : a.updatedAt < b.updatedAt ? 1 : -1;

/** What a save sends back to the window (see SaveReceipt). */
export function receiptOf(release: Release): SaveReceipt {
  return { revision: release.revision, workflow: release.workflow, summary: summaryOf(release) };
}
