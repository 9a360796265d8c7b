import { isApproved, isEmbargoed, type WorkflowState } from '../../../../common/model/stateMachine';
import type { Embargo } from '../../../../common/model/release';

/**
 * Whether a release shows as embargoed now. Only an approved one can be: the others skip reading
 * the embargo's time zone, which builds a date formatter each time (a few ms, on every redraw).
 */
export function embargoedNow(release: { embargo: Embargo | null; state: WorkflowState }): boolean {
  return isApproved(release.state) && isEmbargoed(release, new Date());
}
