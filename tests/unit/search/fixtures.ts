import type { DocNode } from '../../../common/model/doc';
import { newRelease, type Release, type ReleaseContent } from '../../../common/model/release';

/** A release numbered `n` (its id ends in n), last edited on day `n` of 2026 unless told otherwise. */
export function release(n: number, content: Partial<ReleaseContent> = {}, updatedAt?: string): Release {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const made = newRelease(id, new Date(Date.UTC(2026, 0, n)), content);
  return updatedAt ? { ...made, updatedAt } : made;
}

/** The release in a workflow state, set as the approval workflow stores it. */
export function inState(r: Release, state: string): Release {
  return { ...r, workflow: { state, approval: null, events: [] } } as unknown as Release;
}

export const paragraphs = (...texts: string[]): ReleaseContent['body'] => ({
  type: 'doc',
  content: texts.map((text): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export const ids = (hits: { id: string }[]): string[] => hits.map((h) => h.id);
