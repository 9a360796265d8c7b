import type { Api } from '../../../../preload/contract';
import type { Release } from '../../../../common/model/release';

/**
 * What the editor starts from when it opens a release: one just created (shown at once, the
 * headline focused), or one whose reading began at the click, while the release left was saving.
 */
export type Opening = { id: string; created: Release } | { id: string; reading: Promise<Release> };

/** Starts reading a release now, so the read overlaps the save and the redraw that come first. */
export function readAhead(api: Api, id: string): Opening {
  const reading = api.releases.get({ id });
  // A read overtaken by a faster click is never awaited: its failure must not go unhandled.
  reading.catch(() => undefined);
  return { id, reading };
}

/** The release created for `id`, if that is what opens. */
export const createdFor = (opening: Opening | null, id: string): Release | null =>
  opening?.id === id && 'created' in opening ? opening.created : null;

/** The release read for `id` since the click, or a fresh read. */
export const readingFor = (opening: Opening | null, id: string, api: Api): Promise<Release> =>
  opening?.id === id && 'reading' in opening ? opening.reading : api.releases.get({ id });
