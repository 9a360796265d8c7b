import { contentOf } from '../../../common/release';
import { workflowProblem } from '../../../common/model/invariants';
import type { Release } from '../../../common/model/release';
import { verifyRelease } from '../../../common/model/releaseFile';
import { contentHash } from './hash';

/** The fingerprint of a release's content as it is now. */
export function fingerprintOf(release: Release): string {
  return contentHash(contentOf(release));
}

/** What is wrong with a release's claimed state, recomputing the fingerprint now; undefined when it holds. */
export function approvalProblem(release: Release): string | undefined {
  return workflowProblem(release, fingerprintOf);
}

/** A loaded release as the model allows it: one that breaks the rules opens as a draft, the claim kept as an event. */
export function verifyLoaded(release: Release): { release: Release; problem?: string } {
  return verifyRelease(release, fingerprintOf);
}

/**
 * Why a release may not go out as a publication, checked at the moment of export; undefined when
 * it may: approved (or published) and its approval verifies against the content as it is now.
 */
export function publicationRefusal(release: Release): string | undefined {
  const { state } = release.workflow;
  if (state !== 'approved' && state !== 'published') return `it is not approved (it is ${state})`;
  const problem = approvalProblem(release);
  return problem ? `its approval does not verify: ${problem}` : undefined;
}
