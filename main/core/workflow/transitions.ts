import { TRANSITIONS, canTake, isApproved, refusal, type WorkflowAction } from '../../../common/model/stateMachine';
import { DatelineError } from '../../../preload/errors';
import type { Workflow } from '../../../common/model/workflow';

export interface Actor {
  by: string;
  comment: string;
  at: string;
}

/** The workflow after an action, or a NOT_ALLOWED error saying why not. */
export function applyAction(
  workflow: Workflow,
  action: WorkflowAction,
  actor: Actor,
  hash: string,
  files?: string[],
): Workflow {
  if (!canTake(action, workflow.state)) throw new DatelineError('NOT_ALLOWED', refusal(action, workflow.state));
  if (action === 'approve' && actor.by.trim() === '') {
    throw new DatelineError('NOT_ALLOWED', 'Add your name in Settings first: an approval records who gave it.');
  }
  if (action === 'publish' && workflow.approval?.hash !== hash) {
    throw new DatelineError('NOT_ALLOWED', 'This text is not the text that was approved. Have it approved again.');
  }
  const event = { action, at: actor.at, by: actor.by, comment: actor.comment, hash, ...(files ? { files } : {}) };
  const approval =
    action === 'approve'
      ? { by: actor.by, at: actor.at, comment: actor.comment, hash }
      : action === 'reopen'
        ? null
        : workflow.approval;
  return { state: TRANSITIONS[action].to, approval, events: [...workflow.events, event] };
}

/**
 * After a save: content other than the approved content takes the release back to draft, visibly,
 * and so does any save of an approved or published release with no approval to compare with.
 * `hash` is asked for only when there is something to compare, so a draft's save hashes nothing.
 */
export function afterEdit(workflow: Workflow, hash: () => string, at: string): Workflow {
  if (!workflow.approval && !isApproved(workflow.state)) return workflow;
  const now = hash();
  if (workflow.approval?.hash === now) return workflow;
  const event = {
    action: 'invalidate' as const,
    at,
    by: '',
    comment: 'Edited after approval: needs approval again.',
    hash: now,
  };
  return { state: 'draft', approval: null, events: [...workflow.events, event] };
}
