import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workflowProblem } from '../../../common/model/invariants';
import { emptyContent, releaseSchema } from '../../../common/model/release';
import type { Workflow } from '../../../common/model/workflow';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { afterEdit } from '../../../main/core/workflow/transitions';
import { fingerprintOf } from '../../../main/core/workflow/verify';
import { openChecked } from '../../helpers/openStore';
import { tempDir } from '../../helpers/tempDir';

/**
 * Issue 12's invariants hold on every save, not only on every load: an approved or published
 * release whose approval record is missing goes back to draft when edited, and no save writes
 * a workflow the next open would refuse, whatever the code that made it.
 */

// A transition that, as a bug might, claims an approval it does not record: stands for any code that gets the rules wrong.
const broken = vi.hoisted(() => ({ next: false }));
vi.mock('../../../main/core/workflow/transitions', async (original) => {
  const real = await original<typeof import('../../../main/core/workflow/transitions')>();
  return {
    ...real,
    applyAction: (...args: Parameters<typeof real.applyAction>) => {
      const workflow = real.applyAction(...args);
      if (!broken.next) return workflow;
      broken.next = false;
      return { ...workflow, state: 'approved' as const, approval: null };
    },
  };
});

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const AT = '2026-11-23T10:00:00.000Z';
const ANA = { by: 'Ana Press', comment: '' };
const onDisk = async (id: string) =>
  releaseSchema.parse(JSON.parse(await readFile(join(dir, RELEASES_DIR, `${id}.json`), 'utf8')));

describe('an edit of an approved or published release', () => {
  it.each(['approved', 'published'] as const)(
    'returns a %s release with no approval record to draft, visibly',
    (state) => {
      const workflow: Workflow = { state, approval: null, events: [] };
      expect(afterEdit(workflow, () => 'f'.repeat(64), AT)).toEqual({
        state: 'draft',
        approval: null,
        events: [expect.objectContaining({ action: 'invalidate', at: AT, hash: 'f'.repeat(64) })],
      });
    },
  );

  it('hashes nothing for a draft, which has no approval to compare with', () => {
    const workflow: Workflow = { state: 'draft', approval: null, events: [] };
    const hash = vi.fn(() => 'f'.repeat(64));
    expect(afterEdit(workflow, hash, AT)).toBe(workflow);
    expect(hash).not.toHaveBeenCalled();
  });
});

describe('every save', () => {
  it('writes no workflow that breaks the invariants, and an edit of it is a draft', async () => {
    const { store } = await openChecked(dir);
    const { id } = await store.create(emptyContent({ headline: 'Border talks' }));
    await store.transition(id, 'submit', ANA);
    broken.next = true;
    const claimed = await store.transition(id, 'approve', ANA);
    // What the transition claimed is kept as an event, but the state stored is one the model allows.
    expect(workflowProblem(claimed, fingerprintOf)).toBeUndefined();
    expect(workflowProblem(await onDisk(id), fingerprintOf)).toBeUndefined();
    expect(claimed.workflow).toMatchObject({ state: 'draft', approval: null });

    const edited = await store.save(id, claimed.revision, emptyContent({ headline: 'Border talks, edited' }));
    expect(edited.workflow.state).toBe('draft');
    expect(workflowProblem(await onDisk(id), fingerprintOf)).toBeUndefined();
  });

  it('keeps the history in time order when the clock went back between approval and edit', async () => {
    let now = new Date('2026-11-23T12:00:00.000Z');
    const { store } = await openChecked(dir, { now: () => now });
    const { id } = await store.create(emptyContent({ headline: 'Border talks' }));
    await store.transition(id, 'submit', ANA);
    const approved = await store.transition(id, 'approve', ANA);
    now = new Date('2026-11-23T11:00:00.000Z');
    const edited = await store.save(id, approved.revision, emptyContent({ headline: 'Border talks, edited' }));
    expect(edited.workflow.state).toBe('draft');
    expect(workflowProblem(await onDisk(id), fingerprintOf)).toBeUndefined();
  });
});
