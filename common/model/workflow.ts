import { z } from 'zod';
import { STATES } from './stateMachine';

const stamp = z.iso.datetime({ offset: true });
const who = z.string().max(200);

/** Who approved which content, and when. */
export const approvalSchema = z.strictObject({
  by: who,
  at: stamp,
  comment: z.string().max(5000),
  /** sha256 of the content approved: any other content is not approved. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** One change of state, kept for the history panel even after a later edit. */
export const workflowEventSchema = z.strictObject({
  action: z.enum(['submit', 'approve', 'reopen', 'publish', 'invalidate']),
  at: stamp,
  by: who,
  comment: z.string().max(5000),
  hash: z.string().max(64).optional(),
  /** Where a publication went. */
  files: z.array(z.string().max(4096)).max(20).optional(),
});

export const workflowSchema = z.strictObject({
  state: z.enum(STATES),
  approval: approvalSchema.nullable(),
  events: z.array(workflowEventSchema).max(10_000),
});

export type Workflow = z.infer<typeof workflowSchema>;
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;
export type Approval = z.infer<typeof approvalSchema>;

export function newWorkflow(): Workflow {
  return { state: 'draft', approval: null, events: [] };
}
