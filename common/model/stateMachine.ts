import { zonedInstant } from './time';

/** Where a release stands: approval binds to the exact content approved. */
export const STATES = ['draft', 'in-review', 'approved', 'published'] as const;
export type WorkflowState = (typeof STATES)[number];

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
};

/** What a press officer can do to a release's state; `invalidate` is done by an edit, not by a person. */
export const ACTIONS = ['submit', 'approve', 'reopen', 'publish'] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

/** The state machine: from which states each action may be taken, and where it leads. */
export const TRANSITIONS: Record<WorkflowAction, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ['draft'], to: 'in-review' },
  approve: { from: ['in-review'], to: 'approved' },
  reopen: { from: ['in-review', 'approved', 'published'], to: 'draft' },
  publish: { from: ['approved', 'published'], to: 'published' },
};

export function canTake(action: WorkflowAction, state: WorkflowState): boolean {
  return TRANSITIONS[action].from.includes(state);
}

/** Whether the text may go out as publication: approved, or published already. */
export function isApproved(state: WorkflowState): boolean {
  return state === 'approved' || state === 'published';
}

/** Why an action is refused, in words a press officer can act on. */
export function refusal(action: WorkflowAction, state: WorkflowState): string {
  const now = STATE_LABELS[state].toLowerCase();
  switch (action) {
    case 'submit':
      return `This release is ${now}; only a draft can be submitted for review.`;
    case 'approve':
      return state === 'draft'
        ? 'A draft cannot be approved directly: submit it for review first.'
        : `This release is ${now} already.`;
    case 'reopen':
      return 'This release is a draft already.';
    case 'publish':
      return 'Only an approved release can be published. Submit it for review and have it approved first.';
  }
}

/** The instant an embargo lifts, as epoch milliseconds; undefined when it cannot be read. */
export function embargoLifts(embargo: { date: string; time: string; timeZone: string } | null): number | undefined {
  return embargo ? zonedInstant(embargo.date, embargo.time, embargo.timeZone) : undefined;
}

/** An approved release whose embargo lies in the future: marked as embargoed everywhere. */
export function isEmbargoed(
  release: { embargo: { date: string; time: string; timeZone: string } | null; state: WorkflowState },
  now: Date,
): boolean {
  const lifts = embargoLifts(release.embargo);
  return isApproved(release.state) && lifts !== undefined && lifts > now.getTime();
}
