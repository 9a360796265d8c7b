import type { Release } from './release';
import type { Workflow, WorkflowEvent } from './workflow';

/** The content fingerprint approvals bind to (sha256 of the canonical content; main/core/workflow/hash.ts). */
export type Fingerprint = (release: Release) => string;

/** How every refused claim's history event begins (the window words its note from it). */
export const CLAIM_PREFIX = 'Claimed approval not valid:';

const time = (stamp: string): number => Date.parse(stamp);

function outOfOrder(events: readonly WorkflowEvent[]): string | undefined {
  for (let i = 1; i < events.length; i++) {
    if (time(events[i]!.at) < time(events[i - 1]!.at)) {
      return `its history is not in time order (event ${i + 1}, ${events[i]!.at}, comes after ${events[i - 1]!.at})`;
    }
  }
  return undefined;
}

/**
 * What is wrong with a release's workflow, or undefined when it holds: `approved` only with an
 * approval of exactly this content (and its approve event), `published` only with that and a
 * publication of it, no approval on a draft, events in time order.
 */
export function workflowProblem(release: Release, fingerprint: Fingerprint): string | undefined {
  const { state, approval, events } = release.workflow;
  const order = outOfOrder(events);
  if (order) return order;
  if (state === 'draft' || state === 'in-review') {
    return approval ? `it is ${state === 'draft' ? 'a draft' : 'in review'} yet carries an approval` : undefined;
  }
  if (!approval) return `it says “${state}” but holds no approval`;
  if (approval.hash !== fingerprint(release)) {
    return `its approval (by ${approval.by || 'nobody'}, ${approval.at}) was given to other content than the file now holds`;
  }
  const approved = events.some((e) => e.action === 'approve' && e.hash === approval.hash && e.at === approval.at);
  if (!approved) return 'its approval is not recorded in its history';
  if (state === 'published') {
    const published = events.some(
      (e) => e.action === 'publish' && e.hash === approval.hash && time(e.at) >= time(approval.at),
    );
    if (!published) return 'it says “published” but has no publication of the approved content';
  }
  return undefined;
}

/** The event that keeps a claim the model refused, so the history shows what the file said. */
export function claimEvent(release: Release, problem: string, hash: string): WorkflowEvent {
  const last = release.workflow.events.reduce((latest, e) => Math.max(latest, time(e.at)), 0);
  // The file's own times keep the event stable across reads (nothing is rewritten on reading).
  const at = new Date(Math.max(time(release.updatedAt), last)).toISOString();
  return { action: 'invalidate', at, by: '', comment: `${CLAIM_PREFIX} ${problem}.`, hash };
}

/** A release whose workflow breaks the model, opened as a draft that keeps the claim in its history. */
export function asDraft(release: Release, problem: string, hash: string): Release {
  const events = [...release.workflow.events].sort((a, b) => time(a.at) - time(b.at));
  const sorted = { ...release, workflow: { ...release.workflow, events } };
  const workflow: Workflow = { state: 'draft', approval: null, events: [...events, claimEvent(sorted, problem, hash)] };
  return { ...release, workflow };
}
