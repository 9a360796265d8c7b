import type { Release } from '../../../common/model/release';
import type { Workflow } from '../../../common/model/workflow';
import { CLAIM_PREFIX } from '../../../common/model/invariants';
import { fingerprintOf } from '../workflow/verify';

/** What a file's workflow claims beyond a plain draft, in words for the import report; undefined for a draft. */
export function claimOf(workflow: Workflow): string | undefined {
  const { state, approval } = workflow;
  if (state === 'draft' && !approval) return undefined;
  const by = approval ? ` with an approval by ${approval.by || 'nobody'} (${approval.at})` : ' with no approval';
  return `to be “${state}”${by}`;
}

/**
 * An imported release is a draft, whatever its file says: an approval anyone can write into a file
 * proves nothing. The claim survives only as one history event; the file's own events do not come along.
 */
export function importedAsDraft(release: Release, now = new Date()): { release: Release; claimed?: string } {
  const claimed = claimOf(release.workflow);
  const events: Workflow['events'] = claimed
    ? [
        {
          action: 'invalidate',
          at: now.toISOString(),
          by: '',
          comment: `${CLAIM_PREFIX} the imported file claimed ${claimed}; only an approval given in Dateline counts.`,
          hash: fingerprintOf(release),
        },
      ]
    : [];
  const workflow: Workflow = { state: 'draft', approval: null, events };
  return { release: { ...release, workflow }, ...(claimed ? { claimed } : {}) };
}
