import { CLAIM_PREFIX } from '../../../../common/model/invariants';
import { STATE_LABELS } from '../../../../common/model/stateMachine';
import type { Embargo } from '../../../../common/model/release';
import type { Workflow } from '../../../../common/model/workflow';
import { embargoedNow } from './embargoedNow';

interface Props {
  workflow: Workflow;
  embargo: Embargo | null;
  onSubmit(): void;
  onApprove(): void;
  onReopen(): void;
  onPublish(): void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where the release stands, who approved it, and the next step. */
export function WorkflowBar({ workflow, embargo, onSubmit, onApprove, onReopen, onPublish }: Props) {
  const { state, approval } = workflow;
  const embargoed = embargoedNow({ embargo, state });
  const last = workflow.events.at(-1);
  return (
    <div className="workflow" role="group" aria-label="Approval">
      <span className={`state-badge state-badge--${state}`} data-testid="workflow-state">
        {STATE_LABELS[state]}
      </span>
      {embargoed && <span className="state-badge state-badge--embargoed">Embargoed</span>}
      <span className="workflow-note" role="status">
        {approval
          ? `Approved by ${approval.by} on ${when.format(new Date(approval.at))}`
          : last?.action === 'invalidate' && state === 'draft'
            ? last.comment.startsWith(CLAIM_PREFIX)
              ? 'Opened as a draft: its file claimed an approval that does not hold. It needs approval in Dateline.'
              : 'Edited after approval: it needs approval again.'
            : ''}
      </span>
      <span className="workflow-actions">
        {state === 'draft' && (
          <button type="button" className="button" onClick={onSubmit}>
            Submit for review
          </button>
        )}
        {state === 'in-review' && (
          <button type="button" className="button button--primary" onClick={onApprove}>
            Approve…
          </button>
        )}
        {(state === 'approved' || state === 'published') && (
          <button type="button" className="button button--primary" onClick={onPublish}>
            {state === 'published' ? 'Publish again…' : 'Publish…'}
          </button>
        )}
        {state !== 'draft' && (
          <button type="button" className="button button--quiet" onClick={onReopen}>
            {state === 'in-review' ? 'Return to draft' : 'Reopen'}
          </button>
        )}
      </span>
    </div>
  );
}
